/**
 * Columns a survey without sidecar leaves unread: each one holding answers is reported, whatever the
 * length of its answers; metadata and personal data stay quiet; nothing unnamed is published.
 */
import { describe, expect, it } from 'vitest';
import { codes, only, parse } from './helpers.ts';

const ROWS = [
  ['Bretagne', 'Conseiller', 'Les lenteurs', 'Un agenda', 'Merci'],
  ['Normandie', 'Directrice', 'Trop de clics', 'Des SMS', 'Très bon outil'],
  ['Occitanie', 'Conseiller', 'La double saisie', 'Une appli mobile', 'Bon outil'],
  ['Bretagne', 'Accueil', 'Les bugs', 'Plus de stats', 'Continuez'],
  ['Grand Est', 'Conseiller', 'Le chargement', 'Un export Excel', 'Top'],
  ['Corse', 'Conseiller', 'Rien', 'Un tableau de bord', 'Bien'],
];

function csv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.join(';')).join('\n') + '\n';
}

describe('unrecognised columns of a survey without sidecar', () => {
  it('reports each column of short answers, with its answers counted and how to publish them', () => {
    const header = ['Région', 'Vous êtes', 'Ce qui vous surprend', 'Un mot pour l’équipe', 'Commentaire libre'];
    const result = parse(csv(header, ROWS));
    const unread = result.diagnostics.filter((d) => d.code === 'colonne-non-reconnue');
    expect(unread.map((d) => [d.line, d.column, d.severity])).toEqual([
      [1, 3, 'warning'],
      [1, 4, 'warning'],
    ]);
    expect(unread[0]?.message).toBe(
      'La colonne « Ce qui vous surprend » n’a pas un en-tête reconnu : ses 6 réponses ne sont pas publiées ; elles sont comptées parmi les écartés du bilan (« colonnes non reconnues »).',
    );
    expect(unread[1]?.message).toContain('« Un mot pour l’équipe »');
    expect(unread[0]?.hint).toContain('data/enquetes/test.yml');
    expect(unread[0]?.hint).toContain('textes: [{ colonne: "Ce qui vous surprend", tag: auto }]');
    // Not read in their place: only the recognised column gives items.
    expect(new Set(result.items.map((i) => i.source.field))).toEqual(new Set(['Commentaire libre']));
    // Nor lost without a trace: read and set aside in the bilan, each answer listed at its cell.
    expect(result.reconciliation).toEqual([
      { file: 'data/enquetes/test.csv', read: 18, kept: 6, rejected: 12, reasons: [{ reason: 'colonne-non-reconnue', count: 12 }] },
    ]);
    expect(result.setAside[0]).toEqual({
      source: { file: 'data/enquetes/test.csv', line: 2, column: 3, row: 1, field: 'Ce qui vous surprend' },
      question: 'Ce qui vous surprend',
      reason: 'colonne-non-reconnue',
      text: 'Les lenteurs',
    });
  });

  it('does not count the columns of repeated choices nor the quiet ones as answers set aside', () => {
    const result = parse(csv(['Structure', 'Commentaire'], [['ML Rennes', 'Bien'], ['ML Rennes', 'Lent'], ['ML Brest', 'Top'], ['ML Brest', 'Rapide']]));
    expect(codes(result.diagnostics)).toEqual(['colonnes-fermees-non-lues@1']);
    expect(result.reconciliation[0]).toMatchObject({ read: 4, kept: 4, rejected: 0 });
  });

  it('tells a column of a few repeated labels (an export’s category) in an information, without counting it as answers set aside', () => {
    const theme = 'Organisation de l’Etat et des collectivités publiques';
    // As the MEL's reworked comments: body, question (read as the row's question), categorie.
    const rows = ROWS.map(([, , text], index) => [`${text} le lundi matin`, 'Faut-il revoir l’administration ?', index < 4 ? theme : 'Transition écologique et solidaire des territoires']);
    const result = parse(csv(['body', 'question', 'categorie'], rows));
    expect(codes(result.diagnostics)).toEqual(['colonne-de-libelles-non-lue@1']);
    const d = only(result.diagnostics, 'colonne-de-libelles-non-lue');
    expect([d.severity, d.column]).toEqual(['info', 3]);
    expect(d.message).toBe(
      'La colonne « categorie » ne contient que 2 libellés, répétés sur ses 6 lignes (« Organisation de l’Etat et des collectivités publiques » 4 fois, ' +
        '« Transition écologique et solidaire des territoires » 2 fois) : une catégorie ou un thème de l’export plutôt que des réponses ; elle n’est ni publiée ni comptée au bilan.',
    );
    expect(result.reconciliation[0]).toMatchObject({ read: 6, kept: 6, rejected: 0 });
    // Answers of the same length, repeated only twice each, or running over lines, stay free answers, counted.
    const twice = ROWS.map((_, index) => ['Bien', `${theme} ${index % 3}`]);
    expect(codes(parse(csv(['Commentaire', 'Ce qui vous surprend'], twice)).diagnostics)).toEqual(['colonne-non-reconnue@1']);
    const lines = ROWS.map(() => ['Bien', `"${theme}\nsur deux lignes"`]);
    expect(parse(csv(['Commentaire', 'Ce qui vous surprend'], lines)).reconciliation[0]).toMatchObject({ read: 12, rejected: 6 });
  });

  it('reports a long question header that happens to hold « ligne » or « date »', () => {
    const result = parse(csv(['Commentaire', 'Votre usage de la saisie en ligne des dates de rendez-vous'], [['Bien', 'Un agenda'], ['Lent', 'Des rappels']]));
    expect(codes(result.diagnostics)).toEqual(['colonne-non-reconnue@1']);
  });

  it('reports a short label that only looks personal: « Votre usage du mobile » holds answers', () => {
    const result = parse(csv(['Commentaire', 'Votre usage du mobile'], [['Bien', 'Je saisis en visite'], ['Lent', 'Jamais, pas de réseau']]));
    expect(codes(result.diagnostics)).toEqual(['colonne-non-reconnue@1']);
  });

  it('reports a column without header that holds answers, and skips an empty one', () => {
    const result = parse('Commentaire;;\nBien;Trop lent le lundi;\nLent;Pas de SMS;\n');
    const d = only(result.diagnostics, 'colonne-non-reconnue');
    expect(d.message).toContain('La colonne 2 (sans en-tête)');
    expect(d.hint).toContain('donnez-lui un en-tête');
  });

  it('keeps ids, dates, numbers, links, names, e-mails and phone numbers quiet', () => {
    const header = ['Horodateur', 'ID', 'Nom', 'Âge', 'Courriel', 'Si vous acceptez d’être recontacté pour un entretien, votre contact', 'Lien', 'Commentaire'];
    const rows = [
      ['07/09/2026 14:27:44', 'r1', 'Jeanne Martin', '23', 'jeanne@example.org', 'jeanne@example.org', 'https://example.org/1', 'Bien'],
      ['2026-09-08T10:00:00+02:00', 'r2', 'Paul Durand', '31', 'paul@example.org', '06 12 34 56 78', 'https://example.org/2', 'Lent'],
      ['2019-01-16 10:58:44 +0100', 'r3', 'Ali Ben', '45', 'ali@example.org', 'non', 'https://example.org/3', 'Trop de clics'],
    ];
    const result = parse(csv(header, rows));
    expect(result.diagnostics).toEqual([]);
    const published = JSON.stringify(result.items);
    expect(['Jeanne', 'example.org', '06 12'].filter((s) => published.includes(s))).toEqual([]);
  });

  it('names the columns of repeated choices in one warning, with their answers counted', () => {
    const header = ['Structure', 'Tranche d’âge', 'Commentaire'];
    const rows = ROWS.map((row, i) => [i % 2 ? 'ML Nanterre' : 'ML Rennes', i < 3 ? '18-25 ans' : '26 ans et plus', row[2] ?? '']);
    const result = parse(csv(header, rows));
    const d = only(result.diagnostics, 'colonnes-fermees-non-lues');
    expect([d.line, d.column, d.severity]).toEqual([1, 1, 'warning']);
    expect(d.message).toContain('2 colonnes');
    expect(d.message).toContain('« Structure » (6 réponses), « Tranche d’âge » (6 réponses)');
    expect(codes(result.diagnostics)).toEqual(['colonnes-fermees-non-lues@1']);
  });

  it('counts a column of codes (« A », « B2 », « oui ») among the choices, however few its rows, not as free answers', () => {
    const rows = [['A', 'Les lenteurs'], ['B', 'Trop de clics'], ['C2', 'La double saisie']];
    const result = parse(csv(['Groupe', 'Commentaire'], rows));
    expect(codes(result.diagnostics)).toEqual(['colonnes-fermees-non-lues@1']);
    expect(only(result.diagnostics, 'colonnes-fermees-non-lues').message).toContain('« Groupe » (3 réponses)');
    // Four characters may be a word of an answer (« Lent »): such a column stays free text.
    expect(codes(parse(csv(['Ressenti', 'Commentaire'], [['Lent', 'a'], ['Bien', 'b'], ['Top', 'c']])).diagnostics)).toEqual(['colonne-non-reconnue@1']);
  });

  it('says nothing of the columns a sidecar leaves out: it names the columns to read', () => {
    const header = ['Région', 'Vous êtes', 'Ce qui vous surprend', 'Un mot pour l’équipe', 'Commentaire libre'];
    const result = parse(csv(header, ROWS), 'colonnes:\n  region: Région\n  textes:\n    - { colonne: "Ce qui vous surprend", tag: broken }\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.items).toHaveLength(6);
  });
});
