/**
 * Text pasted from a cahier, a PDF or a word processor, whose shape Markdown does not see: a topic
 * alone on a line, several feedbacks enumerated in one item, lines numbered without a dot, bullets
 * Markdown does not know, Word's Symbol glyphs inside a line. Each is read as the ambassador meant,
 * and said at its line; what would be a guess stays as Markdown reads it. (The whole shape, on one
 * note: fixtures/pasted-cahier.)
 */
import { describe, expect, it } from 'vitest';
import { codes, FRONT_MATTER, parse } from './helpers.ts';

const note = (...lines: string[]) => parse(`${FRONT_MATTER}\n${lines.join('\n')}\n`);
// FRONT_MATTER is 7 lines and a blank one follows it: the body starts on line 9.
const FIRST = 9;
const texts = (result: ReturnType<typeof parse>) => result.items.map((item) => item.text);

describe('a topic alone on a line', () => {
  it('is taken off the item above it and read as the subheading of the items below, said at its line', () => {
    const result = note('## Besoins et attentes', '', '− Non au septennat.', '− Renationaliser les autoroutes, etc.', 'Justice', '− Des peines appliquées.');
    expect(result.items.map((i) => [i.text, i.question])).toEqual([
      ['Non au septennat.', 'Besoins et attentes'],
      ['Renationaliser les autoroutes, etc.', 'Besoins et attentes'],
      ['Des peines appliquées.', 'Justice'],
    ]);
    expect(codes(result)).toEqual([`sous-titre-lu@${FIRST + 4}`]);
    expect(result.diagnostics[0]?.message).toMatch(/^« Justice », seul sur sa ligne sans « - » sous un élément, est lu comme un sous-titre/);
    expect(result.diagnostics[0]?.hint).toContain('« ### Justice »');
  });

  it('after a short line that ends on a full word, with a colon, in bold; before a list as a paragraph', () => {
    const result = note('## Ce qui dysfonctionne', '', 'Services', '- Fermeture de la poste', 'Santé :', '- Plus de médecin.', '- Les urgences.', '**Transports**', '- Le car.');
    expect(result.items.map((i) => [i.text, i.question])).toEqual([
      ['Fermeture de la poste', 'Services'],
      ['Plus de médecin.', 'Santé'],
      ['Les urgences.', 'Santé'],
      ['Le car.', 'Transports'],
    ]);
    expect(codes(result)).toEqual([`sous-titre-lu@${FIRST + 2}`, `sous-titre-lu@${FIRST + 4}`, `sous-titre-lu@${FIRST + 7}`]);
    expect(result.diagnostics.find((d) => d.line === FIRST + 7)?.column).toBe(1);
    // Nothing set aside: a subheading is no entry.
    expect(result.reconciliation[0]).toMatchObject({ read: 4, kept: 4, rejected: 0 });
  });

  it('leaves a wrapped line glued, and what follows nothing', () => {
    const wrapped = note(
      '## Ce qui dysfonctionne',
      '',
      // The line above ends on « la »: the sentence goes on.
      '- Les permanences sont assurées par la',
      'Caisse',
      // The line above is long, as wrapped at a page's margin, and ends no sentence.
      '- Les permanences de la caisse d’allocations familiales ont été supprimées par la Caisse Nationale',
      'Familiales',
      // A sentence, not a topic.
      '- Un guichet fermé.',
      'Sans rendez-vous, rien.',
      // Below a question, its answer.
      '- Le portail est-il utile ?',
      'Oui',
      '- Une attente trop longue.',
      // Below the last item, nothing to be the topic of.
      'Pour finir',
    );
    expect(texts(wrapped)).toEqual([
      'Les permanences sont assurées par la Caisse',
      'Les permanences de la caisse d’allocations familiales ont été supprimées par la Caisse Nationale Familiales',
      'Un guichet fermé. Sans rendez-vous, rien.',
      'Le portail est-il utile ? Oui',
      'Une attente trop longue. Pour finir',
    ]);
    expect(codes(wrapped)).toEqual([]);
    // Outside the three sections, the items' own reading is not touched.
    const context = note('## Déroulé', '', '- Accueil des participants.', 'Travail', '- Restitution.');
    expect(texts(context)).toEqual(['Accueil des participants. Travail', 'Restitution.']);
  });

  it('opens the section it names instead', () => {
    const result = note('## Ce qui dysfonctionne', '', '- Le car passe trop tôt.', 'Propositions', '- Un car plus tard.');
    expect(result.items.map((i) => [i.text, i.declaredTag])).toEqual([
      ['Le car passe trop tôt.', 'broken'],
      ['Un car plus tard.', 'needs'],
    ]);
    expect(codes(result)).toEqual([`section-en-paragraphe@${FIRST + 3}`]);
  });
});

describe('several feedbacks enumerated in one item', () => {
  it('are split, a finished sentence as an item, the lead-in at the head of each part, each at its marker', () => {
    const result = note('## Ce qui dysfonctionne', '', '- Les impôts : trop de formulaires. Fiscalité : a) Trop de niches. #saisie b) La taxe foncière.');
    expect(result.items.map((i) => [i.text, i.source.column, i.explicitThemes])).toEqual([
      ['Les impôts : trop de formulaires.', 1, []],
      // The theme after a part is that part's.
      ['Fiscalité : Trop de niches.', 49, ['saisie']],
      ['Fiscalité : La taxe foncière.', 76, []],
    ]);
    expect(codes(result)).toEqual([`enumeration-en-ligne@${FIRST + 2}`]);
    expect(result.diagnostics[0]?.message).toBe(
      'Cet élément énumère plusieurs retours (« a) », « b) »…) : il est publié comme 3 éléments, un par retour, chacun précédé de ce qui introduit l’énumération.',
    );
    expect(result.reconciliation[0]).toMatchObject({ read: 3, kept: 3 });
  });

  it('read their hashtags each, the lead-in’s for all; numbered « 1) » too; on lines of their own', () => {
    const inline = note('## Besoins et attentes', '', '- Transports #saisie : 1) un car le samedi, 2) un train le soir.');
    expect(inline.items.map((i) => [i.text, i.explicitThemes])).toEqual([
      ['Transports saisie : un car le samedi', ['saisie']],
      ['Transports saisie : un train le soir.', ['saisie']],
    ]);
    const lines = note('## Besoins et attentes', '', '- Nous demandons', 'a) un car le samedi', 'b) un train le soir');
    expect(lines.items.map((i) => [i.text, i.source.line])).toEqual([
      ['Nous demandons un car le samedi', FIRST + 3],
      ['Nous demandons un train le soir', FIRST + 4],
    ]);
  });

  it('stay one item when the votes were given to the whole, or when the letters are no enumeration', () => {
    const voted = note('## Ce qui dysfonctionne', '', '- Les démarches : a) tout en ligne, b) personne ne répond. (4 votes)');
    expect(voted.items.map((i) => [i.text, i.weight])).toEqual([['Les démarches : a) tout en ligne, b) personne ne répond.', 4]]);
    expect(codes(voted)).toEqual([`enumeration-en-ligne@${FIRST + 2}`]);
    expect(voted.diagnostics[0]?.message).toContain('il n’est pas découpé');
    const prose = note('## Ce qui dysfonctionne', '', '- Voir le plan (cf. a) et b)) du schéma.', '- Le plan b) ne vaut pas mieux.', '- Seulement a) dans ce texte.');
    expect(texts(prose)).toEqual(['Voir le plan (cf. a) et b)) du schéma.', 'Le plan b) ne vaut pas mieux.', 'Seulement a) dans ce texte.']);
    expect(codes(prose)).toEqual([]);
  });
});

describe('lines numbered without a dot', () => {
  it('are read as a list in a tagged section, a line without the next number going on with the item above', () => {
    const result = note('## Propositions', '', '1 Un référendum local.', 'Sur les grands projets.', '2- Baisser la TVA.', '3/ 80 km/h sur les petites routes.', '80 euros de plus.');
    expect(result.items.map((i) => [i.text, i.source.line, i.declaredTag])).toEqual([
      ['Un référendum local. Sur les grands projets.', FIRST + 2, 'needs'],
      ['Baisser la TVA.', FIRST + 4, 'needs'],
      ['80 km/h sur les petites routes. 80 euros de plus.', FIRST + 5, 'needs'],
    ]);
    expect(codes(result)).toEqual([`lignes-numerotees@${FIRST + 2}`]);
    expect(result.diagnostics[0]?.message).toMatch(/^3 lignes commencent par un numéro sans point .* lues comme 3 éléments de « Besoins et attentes »/);
  });

  it('across paragraphs whose numbers follow each other, said once', () => {
    const result = note('## Ce qui dysfonctionne', '', '1 Le car.', '', '2 La poste.', '', '3 Le médecin.');
    expect(texts(result)).toEqual(['Le car.', 'La poste.', 'Le médecin.']);
    expect(codes(result)).toEqual([`lignes-numerotees@${FIRST + 2}`]);
  });

  it('are no list when a number only starts a sentence, nor in a context section', () => {
    const sentence = note('## Ce qui dysfonctionne', '', '3 conseillers sur 10 trouvent l’outil lent.', '', '- Les pannes.');
    expect(texts(sentence)).toEqual(['Les pannes.']);
    expect(codes(sentence)).toEqual([`texte-hors-liste@${FIRST + 2}`]);
    const context = note('## Déroulé', '', '1 Accueil.', '2 Ateliers.', '', '## Ce qui fonctionne', '', '- Le portail.');
    expect(texts(context)).toEqual(['Le portail.']);
    expect(codes(context)).toEqual([]);
  });
});

describe('a note whose sections hold text and publish nothing', () => {
  it('is blocked, the message naming how many texts were set aside, the bilan naming why', () => {
    const result = note('## Ce qui dysfonctionne', '', 'Le car passe trop tôt,', 'et la poste ferme.', '', '## Besoins et attentes', '', 'Un car plus tard.');
    expect(result.items).toEqual([]);
    const blocking = result.diagnostics.find((d) => d.code === 'note-entierement-ecartee');
    expect(blocking).toMatchObject({ severity: 'blocking', line: FIRST + 2 });
    expect(blocking?.message).toContain('2 textes écartés');
    expect(result.reconciliation[0]).toMatchObject({ read: 2, kept: 0, rejected: 2, reasons: [{ reason: 'texte-hors-liste', count: 2 }] });
    // Empty bullets are no text: such a note stays a warning.
    expect(codes(note('## Ce qui fonctionne', '', '-', '- #saisie'))).toEqual([`element-vide@${FIRST + 2}`, `element-vide@${FIRST + 3}`]);
  });

  it('counts empty bullets and text set aside under their own reasons', () => {
    const result = note('## Ce qui fonctionne', '', 'Une introduction.', '', '- Le portail.', '-');
    expect(result.reconciliation[0]?.reasons).toEqual([
      { reason: 'element-vide', count: 1 },
      { reason: 'texte-hors-liste', count: 1 },
    ]);
  });
});

describe('bullets pasted from a word processor, a mail, a PDF', () => {
  it('start an item: ►, ▸, ▪, ◦, ✓, ✔, ➢, ➤, →, ⇒, ∗ and Symbol glyphs; inside a sentence, an arrow stays', () => {
    const bullets = ['►', '▸', '▪', '◦', '✓', '✔', '➢', '➤', '→', '⇒', '∗', '\uF0D8', '\uF076'];
    const result = note('## Ce qui fonctionne', '', ...bullets.map((bullet, i) => `${bullet} Point ${i + 1} → suite.`));
    expect(texts(result)).toEqual(bullets.map((_, i) => `Point ${i + 1} → suite.`));
    expect(result.items.every((item) => item.source.column === 1)).toBe(true);
    expect(codes(result)).toEqual([]);
  });
});

describe('Word’s glyphs inside a line', () => {
  it('separate two feedbacks before a new statement, are removed elsewhere, said once for the note with the counts', () => {
    const result = note('## Ce qui dysfonctionne', '', '- Un point \uF0B7 puis un autre \uF0A7 fin.', '- Le car \uF0B7 La poste.', '- \uF0B7');
    expect(result.items.map((i) => [i.text, i.source.line, i.source.column])).toEqual([
      ['Un point puis un autre fin.', FIRST + 2, 1],
      ['Le car', FIRST + 3, 1],
      ['La poste.', FIRST + 3, 12],
    ]);
    expect(codes(result)).toEqual([`caracteres-de-puce@${FIRST + 2}`, `element-vide@${FIRST + 4}`]);
    expect(result.diagnostics.find((d) => d.code === 'caracteres-de-puce')?.message).toBe(
      'La note contient 4 caractères de puce copiés depuis Word ou un PDF (polices Symbol, Wingdings : des carrés vides à l’écran) au milieu d’une ligne : 1 sert de séparateur entre deux retours, publiés comme éléments distincts ; 3 sont retirés du texte.',
    );
    expect(result.items.every((item) => !/[\uE000-\uF8FF]/u.test(item.text))).toBe(true);
  });

  it('are only removed from an item with votes, and from a table’s cell', () => {
    const voted = note('## Ce qui dysfonctionne', '', '- Le car \uF0B7 La poste. (3 votes)');
    expect(voted.items.map((i) => [i.text, i.weight])).toEqual([['Le car La poste.', 3]]);
    const table = note('## Ce qui fonctionne', '', '| Retour |', '|---|', '| \uF0B7 Le portail. |');
    expect(texts(table)).toEqual(['Le portail.']);
  });

  it('leave code as written: its « # » and « ( » are no markers', () => {
    const result = note('## Ce qui dysfonctionne', '', '- L’erreur `#404 (3 votes)` revient.');
    expect(result.items.map((i) => [i.text, i.weight])).toEqual([['L’erreur #404 (3 votes) revient.', 1]]);
  });
});
