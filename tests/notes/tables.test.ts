/**
 * Tables in workshop notes: the shapes that say whose feedback each cell is are published, each
 * published cell behaving as a list item does (text reading, id, line, votes, anonymisation, tags);
 * every other shape is set aside whole, as before; either way, read = kept + rejected.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stableId } from '../../src/pipeline/ids.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { codes, FIXTURES, FRONT_MATTER, NOTE_FILE, parse } from './helpers.ts';

const note = (...lines: string[]) => parse(`${FRONT_MATTER}\n${lines.join('\n')}\n`);
// FRONT_MATTER is 7 lines and a blank one follows it: the body starts on line 9.
const FIRST = 9;

const balanced = (result: ReturnType<typeof parse>) => {
  const [bilan] = result.reconciliation;
  expect(bilan?.read).toBe((bilan?.kept ?? 0) + (bilan?.rejected ?? 0));
  expect(bilan?.kept).toBe(result.items.length);
};

describe('a table whose headers name sections', () => {
  it('publishes each non-empty cell in its column’s section, says how the table was read, and counts every cell', () => {
    const result = note(
      '| Points forts | Irritants | Attentes |',
      '|---|---|---|',
      '| Le portail. | Les lenteurs. | Un agenda. |',
      '| La recherche. | — | Des SMS. |',
    );
    expect(result.items.map((i) => [i.text, i.declaredTag, i.source.line])).toEqual([
      ['Le portail.', 'working', FIRST + 2],
      ['La recherche.', 'working', FIRST + 3],
      ['Les lenteurs.', 'broken', FIRST + 2],
      ['Un agenda.', 'needs', FIRST + 2],
      ['Des SMS.', 'needs', FIRST + 3],
    ]);
    // Before any heading, yet no item is « hors section »: its column names its section. A lone dash is an empty cell.
    expect(codes(result)).toEqual([`tableau-lu@${FIRST}`]);
    const [read] = result.diagnostics;
    expect(read?.message).toBe('Le tableau placé avant tout titre est lu colonne par colonne : 3 colonnes, 5 éléments.');
    expect(read?.hint).toContain('« Points forts » dans « Ce qui fonctionne », « Irritants » dans « Ce qui dysfonctionne », « Attentes » dans « Besoins et attentes »');
    expect(result.reconciliation[0]).toMatchObject({ read: 5, kept: 5, rejected: 0 });
  });

  it('recognises headers by the rules of headings: synonyms, numbering, a typo, a combined header deciding nothing', () => {
    const result = note(
      '## Notes',
      '',
      '| 1. Ce qui marche | Ce qui dysfonctione | Nos propositions | Ce qui fonctionne / ce qui dysfonctionne |',
      '|---|---|---|---|',
      '| Le portail. | Les lenteurs. | Un agenda. | Tout et rien. |',
    );
    expect(result.items.map((i) => [i.text, i.declaredTag, i.question])).toEqual([
      ['Le portail.', 'working', '1. Ce qui marche'],
      ['Les lenteurs.', 'broken', 'Ce qui dysfonctione'],
      ['Un agenda.', 'needs', 'Nos propositions'],
    ]);
    // The combined header names no section: its text is set aside, and said so at its header.
    const aside = result.diagnostics.find((d) => d.code === 'texte-hors-liste');
    expect(aside).toMatchObject({ line: FIRST + 2, column: 63 });
    expect(aside?.message).toBe('La colonne « Ce qui fonctionne / ce qui dysfonctionne » du tableau ne nomme aucune partie : sa cellule n’est pas publiée (écartée dans le bilan).');
    expect(result.reconciliation[0]).toMatchObject({ read: 4, kept: 3, rejected: 1 });
  });

  it('reads the table in a tagged section too, each cell going to its own column’s section', () => {
    const result = note('## Ce qui fonctionne', '', '- Le dossier unique.', '', '| Ce qui marche | Ce qui coince |', '|---|---|', '| Le portail. | Les lenteurs. |');
    expect(result.items.map((i) => [i.text, i.declaredTag])).toEqual([
      ['Le dossier unique.', 'working'],
      ['Le portail.', 'working'],
      ['Les lenteurs.', 'broken'],
    ]);
    expect(codes(result)).toEqual([`tableau-lu@${FIRST + 4}`]);
    expect(result.diagnostics[0]?.message).toContain('Le tableau sous le titre « Ce qui fonctionne » est lu colonne par colonne : 2 colonnes, 2 éléments.');
  });

  it('says nothing of an empty column, and of a table in a context section whose headers name none', () => {
    const result = note(
      '## Participants',
      '',
      '| Profil | Nombre |',
      '|---|---|',
      '| Conseillers | 9 |',
      '',
      '## Bilan',
      '',
      '| Points forts | Irritants | Remarques |',
      '|---|---|---|',
      '| Le portail. | Les lenteurs. | |',
    );
    expect(codes(result)).toEqual([`tableau-lu@${FIRST + 8}`]);
    expect(result.reconciliation[0]).toMatchObject({ read: 2, kept: 2, rejected: 0 });
  });

  it('reads a table quoted with « > » as any other', () => {
    const result = note('> | Points forts | Irritants |', '> |---|---|', '> | Le portail. | Les lenteurs. |');
    expect(result.items.map((i) => [i.text, i.declaredTag, i.source.line, i.source.column])).toEqual([
      ['Le portail.', 'working', FIRST + 2, 5],
      ['Les lenteurs.', 'broken', FIRST + 2, 19],
    ]);
  });
});

describe('a table of one text column in a tagged section', () => {
  it('publishes each row under the section, with the votes of its count column, as « (12 votes) » would give them', () => {
    const result = note(
      '## Ce qui dysfonctionne',
      '',
      '| Retour | Voix |',
      '|---|---|',
      '| Les exports plantent. | 3 |',
      '| L’agenda (2 votes) | 4 |',
      '| Le portail. | 1 500 |',
      '| Les pièces jointes. | - |',
      '| | 2 |',
    );
    expect(result.items.map((i) => [i.text, i.declaredTag, i.weight, i.question])).toEqual([
      ['Les exports plantent.', 'broken', 3, 'Ce qui dysfonctionne'],
      ['L’agenda', 'broken', 1, 'Ce qui dysfonctionne'],
      ['Le portail.', 'broken', 1, 'Ce qui dysfonctionne'],
      ['Les pièces jointes.', 'broken', 1, 'Ce qui dysfonctionne'],
    ]);
    expect(codes(result)).toEqual([
      `tableau-lu@${FIRST + 2}`,
      `vote-invalide@${FIRST + 5}`,
      `vote-invalide@${FIRST + 6}`,
      `element-vide@${FIRST + 8}`,
    ]);
    const message = (code: string) => result.diagnostics.filter((d) => d.code === code).map((d) => d.message);
    expect(message('tableau-lu')).toEqual([
      'Le tableau sous le titre « Ce qui dysfonctionne » est lu ligne par ligne : 5 éléments de « Ce qui dysfonctionne », avec les votes de la colonne « Voix ».',
    ]);
    expect(message('vote-invalide')).toEqual([
      'Cet élément porte 2 décomptes de votes : aucun n’est retenu.',
      'Le nombre de votes « 1 500 » n’est pas un entier positif : il est ignoré.',
    ]);
    expect(message('element-vide')).toEqual(['Cellule de tableau sans texte : elle n’est pas retenue.']);
    expect(result.reconciliation[0]).toMatchObject({ read: 5, kept: 4, rejected: 1 });
  });

  it('reads a column of integers as votes, but 1, 2, 3… down the rows as their numbering', () => {
    const result = note('## Besoins et attentes', '', '| | Idée | |', '|---|---|---|', '| 1 | Un agenda. | 5 |', '| 2 | Des SMS. | 2 |', '| 3 | Un export. | 9 |');
    expect(result.items.map((i) => [i.text, i.weight])).toEqual([
      ['Un agenda.', 5],
      ['Des SMS.', 2],
      ['Un export.', 9],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      'Le tableau sous le titre « Besoins et attentes » est lu ligne par ligne : 3 éléments de « Besoins et attentes », avec les votes de la 3e colonne. La 1re colonne est lue comme une numérotation des lignes : elle n’est pas publiée.',
    );
  });

  it('reads « 1. », « 2. »… and a « Rang » of integers as a numbering, not as votes', () => {
    const numbered = note('## Besoins et attentes', '', '| | Idée |', '|---|---|', '| 1. | Un agenda. |', '| 2. | Des SMS. |');
    const ranked = note('## Besoins et attentes', '', '| Rang | Idée |', '|---|---|', '| 2 | Un agenda. |', '| 1 | Des SMS. |');
    for (const result of [numbered, ranked]) {
      expect(result.items.map((i) => [i.text, i.weight])).toEqual([
        ['Un agenda.', 1],
        ['Des SMS.', 1],
      ]);
      expect(result.diagnostics[0]?.message).toMatch(/\. La (?:1re colonne|colonne « Rang ») est lue comme une numérotation des lignes : elle n’est pas publiée\.$/);
    }
  });

  it('does not publish a theme column, and says so once at its header; the themes written in the cells are read', () => {
    const result = note('## Ce qui fonctionne', '', '| Thème | Retour |', '|---|---|', '| Recherche | La recherche est rapide. #recherche |', '| Saisie | Les écrans sont clairs. |');
    expect(result.items.map((i) => [i.text, i.explicitThemes])).toEqual([
      ['La recherche est rapide.', ['recherche']],
      ['Les écrans sont clairs.', []],
    ]);
    expect(codes(result)).toEqual([`colonne-non-publiee@${FIRST + 2}`, `tableau-lu@${FIRST + 2}`]);
    expect(result.diagnostics.find((d) => d.code === 'colonne-non-publiee')?.column).toBe(3);
    // A theme's label is not an entry: nothing is set aside.
    expect(result.reconciliation[0]).toMatchObject({ read: 2, kept: 2, rejected: 0 });
  });

  it('does not publish a total row (« Total », « TOTAL : », « Total général »), and says so in how the table was read', () => {
    const votes = note('## Ce qui dysfonctionne', '', '| Irritant | Votes |', '|---|---|', '| Les lenteurs. | 6 |', '| Les pannes. | 3 |', '| **Total** | 9 |');
    expect(votes.items.map((i) => [i.text, i.weight])).toEqual([
      ['Les lenteurs.', 6],
      ['Les pannes.', 3],
    ]);
    expect(votes.diagnostics[0]?.message).toMatch(/ La ligne « Total » n’est pas publiée : elle additionne les autres\.$/);
    expect(votes.reconciliation[0]).toMatchObject({ read: 2, kept: 2, rejected: 0 });

    // Numbered rows, then two total rows whose first written cell says so: the numbering still reads as one.
    const numbered = note('## Besoins et attentes', '', '| N° | Idée | Votes |', '|---|---|---|', '| 1 | Un agenda. | 5 |', '| 2 | Des SMS. | 2 |', '| | TOTAL : | 7 |', '| | Total général | 7 |');
    expect(numbered.items.map((i) => i.text)).toEqual(['Un agenda.', 'Des SMS.']);
    expect(numbered.diagnostics[0]?.message).toContain('Les 2 lignes de total (« TOTAL : »…) ne sont pas publiées');

    const columns = note('| Points forts | Irritants |', '|---|---|', '| Le portail. | Les lenteurs. |', '| Total | 2 |');
    expect(columns.items.map((i) => i.text)).toEqual(['Le portail.', 'Les lenteurs.']);
    // A word that only starts like it is feedback.
    const totally = note('## Ce qui fonctionne', '', '| Retour |', '|---|', '| Totalement satisfaits du portail. |');
    expect(totally.items.map((i) => i.text)).toEqual(['Totalement satisfaits du portail.']);
  });

  it('reads « Irritants | Votes » anywhere, under its own header’s section', () => {
    const result = note('## Synthèse', '', '| Irritants | Nb de votes |', '|---|---|', '| Les lenteurs. | 6 |');
    expect(result.items.map((i) => [i.text, i.declaredTag, i.weight, i.question])).toEqual([['Les lenteurs.', 'broken', 6, 'Irritants']]);
    // Tagged by its header: no section-inconnue for « Synthèse », no tag to infer.
    expect(codes(result)).toEqual([`tableau-lu@${FIRST + 2}`]);
  });
});

describe('a table whose shape does not say whose feedback each cell is', () => {
  const asideOf = (result: ReturnType<typeof parse>) => result.diagnostics.filter((d) => d.code === 'texte-hors-liste');

  it('sets aside « Constat | Proposition » in a tagged section, each row counted, with the hint to write it as a list', () => {
    const result = note('## Ce qui dysfonctionne', '', '- Les lenteurs.', '', '| Constat | Proposition |', '|---|---|', '| Les exports plantent. | Un export CSV. |', '| L’agenda. | Une synchro. |');
    expect(result.items.map((i) => i.text)).toEqual(['Les lenteurs.']);
    const [aside] = asideOf(result);
    expect(aside?.line).toBe(FIRST + 4);
    expect(aside?.message).toBe(
      'Le tableau sous le titre « Ce qui dysfonctionne » n’est pas publié (2 lignes écartées dans le bilan) : plusieurs de ses colonnes tiennent du texte, et rien ne dit laquelle porte les retours de la partie.',
    );
    expect(aside?.hint).toBe('Écrivez chaque ligne du tableau comme un élément, par exemple « - Les exports plantent. », suivi de « (12 votes) » s’il y a un décompte.');
    expect(result.reconciliation[0]).toMatchObject({ read: 3, kept: 1, rejected: 2 });
  });

  it('sets aside a table with a ragged row, even outside the sections when its headers name some', () => {
    const result = note('| Points forts | Irritants |', '|---|---|', '| Le portail. | Les lenteurs. | Les pannes. |');
    expect(result.items).toEqual([]);
    expect(codes(result)).toEqual([`note-entierement-ecartee@${FIRST}`, `texte-hors-liste@${FIRST}`]);
    expect(asideOf(result)[0]?.message).toBe(
      'Le tableau placé avant tout titre n’est pas publié (1 ligne écartée dans le bilan) : ses lignes n’ont pas toutes autant de cellules que son en-tête.',
    );
    balanced(result);
  });

  it('sets aside a paragraph glued under a table, which Markdown reads as one more (ragged) row', () => {
    const result = note('## Ce qui fonctionne', '', '| Retour | Votes |', '|---|---|', '| Le portail. | 3 |', 'Une remarque collée.');
    expect(result.items).toEqual([]);
    expect(asideOf(result)[0]?.message).toContain('(2 lignes écartées dans le bilan) : ses lignes n’ont pas toutes autant de cellules');
  });

  it('sets aside votes beside two sections, two count columns, a table without text, a header alone', () => {
    const cases = [
      ['| Points forts | Irritants | Votes |', '|---|---|---|', '| Le portail. | Les lenteurs. | 3 |'],
      ['| Irritants | Votes | Gommettes |', '|---|---|---|', '| Les lenteurs. | 3 | 2 |'],
      ['| Thème | Votes |', '|---|---|', '| Agenda | 3 |'],
      ['| Les exports plantent |', '|---|'],
    ];
    const reasons = cases.map((table) => {
      const result = note('## Ce qui dysfonctionne', '', ...table);
      expect(result.items).toEqual([]);
      balanced(result);
      return asideOf(result)[0]?.message.split(' : ')[1];
    });
    expect(reasons).toEqual([
      'ses votes ne se rattachent pas à une seule colonne de retours.',
      'ses votes ne se rattachent pas à une seule colonne de retours.',
      'aucune de ses colonnes ne tient de retours.',
      'il n’a que sa ligne d’en-tête.',
    ]);
  });
});

describe('a published cell behaves as a list item', () => {
  it('has an id made the way a list item’s is, from its line and column: two cells on one line differ, a second reading agrees', () => {
    const body = ['## Notes', '', '| Points forts | Irritants |', '|---|---|', '| Le portail. | Le portail. |'];
    const first = note(...body);
    const again = note(...body);
    const [working, broken] = first.items;
    expect(working?.id).toBe(stableId(NOTE_FILE, FIRST + 4, 3, 'Le portail.'));
    expect(broken?.id).toBe(stableId(NOTE_FILE, FIRST + 4, 17, 'Le portail.'));
    expect(again.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
  });

  it('is anonymised, tagged, and set aside as a non-answer as a list item would be, and the bilan still holds', () => {
    const { synthesis, diagnostics } = synthesize({
      notes: [
        {
          file: NOTE_FILE,
          content: `${FRONT_MATTER.replace('---\n', '---\nambassadeurs: ["Camille Durand"]\n')}
## Atelier

| Ce qui fonctionne | Ce qui dysfonctionne |
|---|---|
| Camille Durand a montré le portail. | RAS |
| Le suivi est clair. | Écrire à jean.dupont@example.org ne sert à rien. |
`,
        },
      ],
      surveys: [],
      themes: { file: 'data/themes.yml', content: readFileSync(path.join(FIXTURES, 'themes.yml'), 'utf8') },
      pseudonyms: null,
      settings: null,
    });
    const published = synthesis.items.map((i) => [i.text, i.tag, i.tagSource, i.source.line]);
    expect(published).toEqual(
      expect.arrayContaining([
        ['[personne] a montré le portail.', 'working', 'explicit', 14],
        ['Le suivi est clair.', 'working', 'explicit', 15],
      ]),
    );
    const email = synthesis.items.find((i) => i.source.line === 15 && i.tag === 'broken');
    expect(email?.text).not.toContain('jean.dupont@example.org');
    expect(synthesis.items).toHaveLength(3);
    const at = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.line);
    expect(at('donnee-personnelle')).toContain(15);
    expect(at('non-reponses-ecartees')).toEqual([14]);
    expect(at('etiquette-deduite')).toEqual([]);
    expect(at('section-inconnue')).toEqual([]);
    const [file] = synthesis.reconciliation.files;
    expect(file).toMatchObject({ read: 4, kept: 3, rejected: 1 });
    expect(synthesis.reconciliation.read).toBe(synthesis.reconciliation.kept + synthesis.reconciliation.rejected);
  });
});
