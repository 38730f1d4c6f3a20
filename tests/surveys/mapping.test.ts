import { describe, expect, it } from 'vitest';
import { roleOfHeader } from '../../src/pipeline/ingest/surveys/header-aliases.ts';
import { closestHeader } from '../../src/pipeline/ingest/surveys/closest.ts';
import { FILE, SIDECAR, codes, only, parse } from './helpers.ts';

const CSV = [
  'Horodateur;Votre région;Vous êtes;Ce qui fonctionne bien;Ce qui vous gêne;Vos attentes;Commentaire libre;Satisfaction globale (1 à 5)',
  '2026-01-05;Bretagne;Conseiller(ère);La recherche est rapide;Trop de clics;Un tableau de bord;;4',
  '2026-01-06;Normandie;Directrice;;Lenteurs le lundi;;RAS;5',
].join('\r\n');

const SIDECAR_YML = `titre: Questionnaire conseillers 2026
encodage: auto
separateur: auto
colonnes:
  region: "Votre région"
  profil: "Vous êtes"
  textes:
    - { colonne: "Ce qui fonctionne bien", tag: working }
    - { colonne: "Ce qui vous gêne", tag: broken }
    - { colonne: "Vos attentes", tag: needs }
    - { colonne: "Commentaire libre", tag: auto }
  echelles:
    - { colonne: "Satisfaction globale (1 à 5)" }
`;

describe('sidecar mapping', () => {
  it('reads the columns, tags, regions, profiles and scales the sidecar names', () => {
    const result = parse(CSV, SIDECAR_YML);
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => [i.text, i.declaredTag, i.region, i.profile, i.question])).toEqual([
      ['La recherche est rapide', 'working', '53', 'conseiller', 'Ce qui fonctionne bien'],
      ['Trop de clics', 'broken', '53', 'conseiller', 'Ce qui vous gêne'],
      ['Un tableau de bord', 'needs', '53', 'conseiller', 'Vos attentes'],
      ['Lenteurs le lundi', 'broken', '28', 'direction', 'Ce qui vous gêne'],
      ['RAS', 'auto', '28', 'direction', 'Commentaire libre'],
    ]);
    const [session] = result.sessions;
    expect(session).toMatchObject({ kind: 'survey', title: 'Questionnaire conseillers 2026', format: 'enquete', participants: 2, profiles: { conseiller: 1, direction: 1 }, file: FILE });
    expect(result.items.every((i) => i.sessionId === session?.id && i.format === 'enquete' && i.weight === 1)).toBe(true);
    expect(result.scales).toEqual([{ sessionId: session?.id, question: 'Satisfaction globale (1 à 5)', counts: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 }, blank: 0 }]);
    expect(result.reconciliation).toEqual([{ file: FILE, read: 5, kept: 5, rejected: 0, reasons: [] }]);
  });

  it('forgives case and accents in column names and accepts French tag synonyms', () => {
    const yml = 'colonnes:\n  region: votre region\n  textes:\n    - { colonne: "CE QUI VOUS GENE", tag: dysfonctionne }\n    - vos attentes\n';
    const result = parse(CSV, yml);
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => i.declaredTag)).toEqual(['broken', 'auto', 'broken']);
  });

  it('blocks on a missing column, at its line in the YAML, with the closest header as hint', () => {
    const yml = 'colonnes:\n  textes:\n    - { colonne: "Ce qui fonctionne bien", tag: working }\n    - { colonne: "Vos atentes", tag: needs }\n';
    const result = parse(CSV, yml);
    const d = only(result.diagnostics, 'colonne-introuvable');
    expect([d.file, d.line, d.severity]).toEqual([SIDECAR, 4, 'blocking']);
    expect(d.hint).toContain('« Vos attentes »');
    // The other named column is still read.
    expect(result.items.map((i) => i.text)).toEqual(['La recherche est rapide']);
  });

  it('blocks when neither the sidecar nor the headers give a text column, at the colonnes line, naming the file\'s columns', () => {
    const csv = 'Votre région;Ressenti\nBretagne;Je trouve que le logiciel est lent et peu pratique au quotidien\n';
    const result = parse(csv, 'titre: x\ncolonnes:\n  region: Votre région\n');
    expect(codes(result.diagnostics)).toEqual(['aucune-colonne-texte@2', 'colonne-non-reconnue@1']);
    const d = only(result.diagnostics, 'aucune-colonne-texte');
    expect(d.file).toBe(SIDECAR);
    // The example is the file's own text column, not a made-up « Ce qui fonctionne ».
    expect(d.hint).toContain('textes: [{ colonne: "Ressenti", tag: auto }]');
    expect(d.hint).toContain('« Votre région », « Ressenti »');
    expect(d.hint).not.toContain('Ce qui fonctionne');
    // The unread column's answer is not lost without a trace: read and set aside in the bilan.
    expect(result.reconciliation[0]).toMatchObject({ read: 1, kept: 0, rejected: 1, reasons: [{ reason: 'colonne-non-reconnue', count: 1 }] });
  });

  it('keeps the text columns found from the headers when the sidecar only names the region', () => {
    const result = parse(CSV, 'titre: x\ncolonnes:\n  region: Votre région\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => [i.text, i.declaredTag, i.region])).toEqual([
      ['La recherche est rapide', 'working', '53'],
      ['Trop de clics', 'broken', '53'],
      ['Un tableau de bord', 'needs', '53'],
      ['Lenteurs le lundi', 'broken', '28'],
      ['RAS', 'auto', '28'],
    ]);
    // The profile column and the scale, which the sidecar does not name, are still recognised.
    expect(result.items[0]?.profile).toBe('conseiller');
    expect(result.scales.map((s) => s.question)).toEqual(['Satisfaction globale (1 à 5)']);
  });

  it('blocks on a duplicated header the mapping names, warns when it does not', () => {
    const csv = 'Région;Commentaire;Commentaire;Note;Note\nBretagne;a;b;1;2\n';
    const named = parse(csv, 'colonnes:\n  textes: [Commentaire]\n');
    const d = only(named.diagnostics.filter((x) => x.message.includes('« Commentaire »')), 'colonne-en-double');
    expect([d.line, d.column, d.severity]).toEqual([1, 3, 'blocking']);
    expect(only(named.diagnostics.filter((x) => x.message.includes('« Note »')), 'colonne-en-double').severity).toBe('warning');
    // Without sidecar both columns are read, each as itself.
    const aliases = parse(csv);
    expect(aliases.items.map((i) => [i.text, i.source.column])).toEqual([['a', 2], ['b', 3]]);
    expect(aliases.diagnostics.filter((x) => x.code === 'colonne-en-double').map((x) => x.severity)).toEqual(['warning', 'warning']);
  });

  it('reports invalid YAML at its line, and nothing else', () => {
    const result = parse(CSV, 'titre: "Questionnaire\ncolonnes:\n  textes: [a\n');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-invalide', file: SIDECAR, severity: 'blocking' });
    expect(result.items).toEqual([]);
  });

  it('reports an unknown tag, an unknown key and a bad value at their lines', () => {
    const tag = parse(CSV, 'colonnes:\n  textes:\n    - colonne: Vos attentes\n      tag: envies\n');
    expect(codes(tag.diagnostics)).toEqual(['etiquette-inconnue@4']);
    const key = parse(CSV, 'titre: x\ncolonnes:\n  textes: [Vos attentes]\n  echelle: [Note]\n');
    expect(codes(key.diagnostics)).toEqual(['cle-inconnue@4']);
    expect(key.diagnostics[0]?.message).toContain('« echelle »');
    const value = parse(CSV, 'encodage: ebcdic\n');
    expect(codes(value.diagnostics)).toEqual(['parametre-enquete-invalide@1']);
  });

  it('applies region_fixe and profil_fixe, and blocks on an unknown fixed region', () => {
    const csv = 'Commentaire\nBien\n';
    const fixed = parse(csv, 'colonnes:\n  region_fixe: hauts de france\n  profil_fixe: Jeunes\n  textes: [Commentaire]\n');
    expect(fixed.items[0]).toMatchObject({ region: '32', profile: 'jeune' });
    expect(fixed.sessions[0]?.region).toBe('32');
    const unknown = parse(csv, 'colonnes:\n  region_fixe: Atlantide\n  textes: [Commentaire]\n');
    expect(codes(unknown.diagnostics)).toEqual(['region-inconnue@2']);
    expect(unknown.diagnostics[0]?.severity).toBe('blocking');
  });

  it('uses the file name as title without titre', () => {
    expect(parse('Commentaire\nx\n').sessions[0]?.title).toBe('test');
  });
});

describe('header aliases', () => {
  it('recognises location, profile and text headers with accents and case forgiven', () => {
    const roles = [
      'Région', 'REGION', 'Votre région', 'Département', 'Code postal', 'CP', 'Vous êtes', 'Profil', 'Fonction',
      'Ce qui fonctionne', 'Points positifs', 'Qu’est-ce qui ne fonctionne pas ?', 'Ce qui vous gêne', 'Difficultés',
      'Vos attentes', 'Propositions', 'Commentaire', 'Dans votre région, quels services vous manquent ?', 'Date',
    ].map((h) => {
      const role = roleOfHeader(h);
      return role === null ? null : role.kind === 'text' ? role.tag : role.kind;
    });
    expect(roles).toEqual([
      'region', 'region', 'region', 'department', 'postalCode', 'postalCode', 'profile', 'profile', 'profile',
      'working', 'working', 'broken', 'broken', 'broken', 'needs', 'needs', 'auto', 'needs', null,
    ]);
  });

  it('maps a file without sidecar from its headers, scales from their values', () => {
    const result = parse(CSV);
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => i.declaredTag)).toEqual(['working', 'broken', 'needs', 'broken', 'auto']);
    expect(result.items[0]).toMatchObject({ region: '53', profile: 'conseiller' });
    expect(result.scales.map((s) => s.question)).toEqual(['Satisfaction globale (1 à 5)']);
  });

  it('reports a free-text column nobody recognises, and blocks when no text column is left', () => {
    const result = parse('Région;Ressenti général\nBretagne;Je trouve que le logiciel est lent et peu pratique au quotidien\n');
    expect(codes(result.diagnostics)).toEqual(['aucune-colonne-texte@1', 'colonne-non-reconnue@1']);
  });

  it('suggests the closest header', () => {
    expect(closestHeader('Vos atentes', ['Région', 'Vos attentes'])).toBe('Vos attentes');
    expect(closestHeader('Zzzzzz', ['Région', 'Vos attentes'])).toBeNull();
  });
});
