/**
 * Vote counts as weights: Decidim's supports (`votes`, `supports`, endorsements) and a sidecar's
 * `votes` column weigh a row's items as « (12 votes) » weighs a workshop's; Decidim comments take the
 * debate their thread belongs to as question.
 */
import { describe, expect, it } from 'vitest';
import { codes, only, parse } from './helpers.ts';

const proposals = (countHeader: string, counts: string[]) =>
  [
    `id;category/id;category/name/fr;title;body;${countHeader};author/name`,
    ...counts.map((count, i) => `${i + 1};35;Impôts;Titre ${i + 1};Un texte de proposition numéro ${i + 1};${count};Auteur ${i + 1}`),
  ].join('\n');

describe('Decidim weights', () => {
  it('weighs each proposal by its votes (0 included, as « (0 votes) »)', () => {
    const result = parse(proposals('votes', ['12', '0', '3']));
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => i.weight)).toEqual([12, 0, 3]);
  });

  it('reads the supports of newer exports, else the endorsements', () => {
    expect(parse(proposals('supports', ['4', '1'])).items.map((i) => i.weight)).toEqual([4, 1]);
    expect(parse(proposals('endorsements/total_count', ['2', '7'])).items.map((i) => i.weight)).toEqual([2, 7]);
  });

  it('counts a cell that is not a whole number as 1, said once per value', () => {
    const result = parse(proposals('votes', ['beaucoup', '2', 'beaucoup', '1,5']));
    expect(result.items.map((i) => i.weight)).toEqual([1, 2, 1, 1]);
    expect(codes(result.diagnostics)).toEqual(['vote-invalide@2', 'vote-invalide@5']);
    expect(result.diagnostics[0]?.message).toContain('aux lignes 2, 4');
  });
});

describe('sidecar votes column', () => {
  it('weighs the rows of any survey by the column it names, an empty cell as 1', () => {
    const csv = 'Idée;Nombre de gommettes\nUn agenda partagé;12\nDes SMS aux jeunes;\nLe 1 204 e vote;1 204\n';
    const result = parse(csv, 'colonnes:\n  votes: Nombre de gommettes\n  textes: [{ colonne: Idée, tag: needs }]\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => i.weight)).toEqual([12, 1, 1204]);
    // Without the sidecar the count is not guessed: every weight is 1.
    expect(parse(csv).items.every((i) => i.weight === 1)).toBe(true);
  });
});

describe('Decidim comments', () => {
  const COMMENTS = [
    'id;created_at;body;author/id;author/name;alignment;depth;commentable_id;commentable_type;root_commentable_url',
    '515;2019-01-17;l’état devrait mieux écouter les maires;1153;Anne;0;0;23;Decidim::Debates::Debate;http://x/processes/gd/f/112/debates/23',
    '516;2019-01-17;tout à fait d’accord;1154;Paul;1;1;515;Decidim::Comments::Comment;http://x/processes/gd/f/112/debates/23',
    '517;2019-01-18;Oui, le vote blanc doit compter;1155;Rita;1;0;30;Decidim::Debates::Debate;http://x/processes/gd/f/112/debates/30',
  ].join('\n');

  it('gives every comment, replies included, the title of its debate from questions:', () => {
    const yml = 'questions:\n  "23": Faut-il revoir le fonctionnement de l’administration ?\n  30: Faut-il reconnaître le vote blanc ?\n';
    const result = parse(COMMENTS, yml);
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => i.question)).toEqual([
      'Faut-il revoir le fonctionnement de l’administration ?',
      'Faut-il revoir le fonctionnement de l’administration ?',
      'Faut-il reconnaître le vote blanc ?',
    ]);
  });

  it('says once that the debates are only numbers, and how to name them', () => {
    const result = parse(COMMENTS);
    expect(result.items.map((i) => i.question)).toEqual([null, null, null]);
    const d = only(result.diagnostics, 'question-sans-libelle');
    expect(d.message).toContain('« 23 », « 30 »');
    expect(d.hint).toContain('title/fr');
    expect(d.hint).toContain('questions: { "23":');
  });
});
