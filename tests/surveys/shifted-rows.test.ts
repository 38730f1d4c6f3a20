/**
 * A row cut by a separator inside an unquoted answer has its columns shifted from the cut on: it is
 * set aside whole (« ligne décalée »), never read under the wrong columns, and the cell cut is named.
 */
import { describe, expect, it } from 'vitest';
import { codes, FILE, only, parse } from './helpers.ts';

const HEADER = 'Horodateur;Région;Fonction;Ce qui fonctionne bien;Ce qui vous gêne;Vos attentes;Note sur 5';
const ROWS = [
  '01/10/2026 10:00;Bretagne;Conseiller;La recherche d’un jeune est rapide.;Les exports bloquent l’outil.;Un agenda partagé.;3',
  '01/10/2026 10:05;Bretagne;Conseiller;L’historique est fiable.;Trop d’onglets.;Un tableau de bord.;2',
  '01/10/2026 10:07;Bretagne;Direction;Les requêtes nationales.;La double saisie.;La reprise des données.;4',
  '01/10/2026 10:09;Bretagne;Conseiller;Tout va bien;Les lenteurs; le soir surtout.;Plus de rapidité.;4',
  '01/10/2026 10:11;Bretagne;Conseiller;L’appli;Les bugs à répétition;Une appli qui marche;2',
];

describe('a row shifted by a separator inside an answer', () => {
  const result = parse(`${[HEADER, ...ROWS].join('\n')}\n`);

  it('publishes none of its answers: the next column’s answer is not read under the cut one’s column', () => {
    const texts = result.items.map((i) => i.text);
    expect(texts).not.toContain('le soir surtout.');
    expect(texts).not.toContain('Plus de rapidité.');
    expect(texts).not.toContain('Tout va bien');
    expect(result.items.filter((i) => i.source.row === 4)).toEqual([]);
    expect(result.items).toHaveLength(12);
  });

  it('does not count its shifted value as an answer to the scale', () => {
    expect(codes(result.diagnostics)).toEqual(['nombre-de-champs-incorrect@5']);
    const scale = result.scales.find((s) => s.question === 'Note sur 5');
    expect(Object.values(scale?.counts ?? {}).reduce((n, c) => n + c, 0)).toBe(4);
  });

  it('names the cell probably cut, the value shifted into the next column, and what becomes of the row', () => {
    const d = only(result.diagnostics, 'nombre-de-champs-incorrect');
    expect([d.line, d.column, d.severity]).toEqual([5, 5, 'warning']);
    expect(d.message).toBe(
      'La ligne 5 a 8 champs pour les 7 colonnes de l’en-tête : un « ; » dans la réponse « Les lenteurs; le soir surtout. » (colonne « Ce qui vous gêne ») ' +
        'l’a sans doute coupée, et décale d’un cran les colonnes qui la suivent : « le soir surtout. » serait lu comme la réponse à « Vos attentes ». ' +
        'Pour ne rien publier sous la mauvaise colonne, la ligne entière est écartée : aucune de ses réponses n’est publiée ni comptée, ' +
        'et elle est comptée parmi les écartés du bilan (« ligne décalée »).',
    );
    expect(d.hint).toBe('Mettez cette réponse entre guillemets (« "Les lenteurs; le soir surtout." ») ou retirez-en un « ; », puis relancez la vérification.');
  });

  it('lists the whole row, as written, among the entries set aside, and counts it in the bilan', () => {
    expect(result.setAside).toEqual([
      { source: { file: FILE, line: 5, column: 5, row: 4 }, reason: 'ligne-decalee', text: ROWS[3] },
    ]);
    expect(result.reconciliation).toEqual([{ file: FILE, read: 13, kept: 12, rejected: 1, reasons: [{ reason: 'ligne-decalee', count: 1 }] }]);
  });
});

describe('where the cut is', () => {
  it('is told by the columns after it: a number shifted out of the scale column shows which cells moved', () => {
    const header = 'Ce qui fonctionne;Note sur 5;Ce qui vous gêne;Vos attentes';
    const rows = ['Bien;3;Lent;Un agenda', 'Top;4;Trop de clics;Des SMS', 'Rien;2;Tout;Autre chose', 'Rapide;Fiable;4;Les bugs;Une appli'];
    const d = only(parse(`${[header, ...rows].join('\n')}\n`).diagnostics, 'nombre-de-champs-incorrect');
    // Cut in « Ce qui fonctionne »: « 4 » then fits the scale; a cut further on would leave « Fiable » there.
    expect(d.message).toContain('« Rapide;Fiable » (colonne « Ce qui fonctionne »)');
    expect(d.message).toContain('« Fiable » serait lu comme la réponse à « Note sur 5 »');
    expect(d.column).toBe(1);
  });

  it('says between which columns it may be when nothing tells, and still sets the row aside', () => {
    const header = 'Région;Ce qui fonctionne;Ce qui vous gêne;Vos attentes';
    const rows = ['Bretagne;Rapide;Lent;Un agenda', 'Normandie;Fiable;Trop de clics;Des SMS', 'Occitanie;Simple;Les bugs;Une appli;Des rappels'];
    const result = parse(`${[header, ...rows].join('\n')}\n`);
    const d = only(result.diagnostics, 'nombre-de-champs-incorrect');
    expect(d.message).toContain('un « ; » dans une réponse, entre les colonnes « Région » et « Vos attentes », l’a sans doute coupée');
    expect(result.items.some((i) => i.source.row === 3)).toBe(false);
    expect(result.setAside.map((e) => [e.reason, e.text])).toEqual([['ligne-decalee', 'Occitanie;Simple;Les bugs;Une appli;Des rappels']]);
  });

  it('groups several shifted rows in one warning with their lines, the first told in full', () => {
    const header = 'Région;Ce qui fonctionne;Ce qui vous gêne;Vos attentes';
    const rows = [
      'Bretagne;Rapide;Lent;Un agenda',
      'Normandie;Fiable;Trop de clics;Des SMS',
      'Bretagne;Simple;Lent; surtout le soir;Un agenda',
      'Corse;Simple;Tout;Rien',
      'Bretagne;Simple;Les bugs; souvent;Une appli',
    ];
    const result = parse(`${[header, ...rows].join('\n')}\n`);
    const d = only(result.diagnostics, 'nombre-de-champs-incorrect');
    expect(d.message.startsWith('2 lignes ont plus de champs que les 4 colonnes de l’en-tête (lignes 4, 6) ; à la ligne 4 : un « ; » dans la réponse « Lent; surtout le soir »')).toBe(true);
    expect(result.reconciliation[0]).toMatchObject({ rejected: 2, reasons: [{ reason: 'ligne-decalee', count: 2 }] });
  });

  it('keeps the rows of a workbook-like file whose every row has one more field: a column without header, not a shift', () => {
    const result = parse('Région;Commentaire\nBretagne;Bien;x\nNormandie;Lent;y\nCorse;Top;z\n');
    expect(result.items.map((i) => i.text)).toEqual(['Bien', 'Lent', 'Top']);
    expect(result.reconciliation[0]?.reasons).toEqual([{ reason: 'nombre-de-champs-incorrect', count: 3 }]);
  });
});
