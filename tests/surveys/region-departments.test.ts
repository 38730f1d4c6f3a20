/**
 * Departments in the region column (« Gironde », « 33 », « 2A », « 33000 »): each answer is counted
 * in its department's region, and the file says once how many, with examples.
 */
import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../src/pipeline/model.ts';
import { codes, only, parse, windows1252 } from './helpers.ts';

function perRegion(items: readonly RawItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.region ?? 'aucune'] = (counts[item.region ?? 'aucune'] ?? 0) + 1;
  return counts;
}

/** A survey whose region column holds `places`, one answer each. */
function survey(places: readonly string[]): string {
  return ['Région;Vous êtes;Ce qui vous gêne', ...places.map((place, i) => `${place};Conseiller;Remarque ${i + 1}`)].join('\r\n');
}

describe('departments in the region column', () => {
  it('counts each answer in its department’s region: names in any spelling, codes, overseas and postal codes', () => {
    const places = [
      'Gironde', 'gironde', 'GIRONDE', '33', // Nouvelle-Aquitaine
      'Bouches-du-Rhône', 'bouches du rhone', 'Bouches du Rhône', '13', // Provence-Alpes-Côte d'Azur
      '2A', '2b', 'Corse-du-Sud', // Corse
      '971', '972', '973', '974', '976', // the five overseas regions
      'Ille-et-Vilaine', '35000', '29 200', // Bretagne (a postal code with its space)
      '1', 'Haute-Savoie', // Auvergne-Rhône-Alpes: « 1 » is the Ain, its 0 dropped by Excel
    ];
    // Saved by Excel as Windows-1252, as ambassadors send them.
    const result = parse(windows1252(survey(places)));
    expect(perRegion(result.items)).toEqual({ '75': 4, '93': 4, '94': 3, '01': 1, '02': 1, '03': 1, '04': 1, '06': 1, '53': 3, '84': 2 });
    expect(result.items.slice(0, 4).map((i) => i.department)).toEqual(['33', '33', '33', '33']);
    expect(result.sessions[0]?.departments).toContain('2B');
    expect(codes(result.diagnostics)).toEqual(['region-deduite-du-departement@2']);
    const info = only(result.diagnostics, 'region-deduite-du-departement');
    expect(info.severity).toBe('info');
    expect(info.column).toBe(1);
    // The two values met most often first: « Gironde » and « gironde » (…) are distinct values, once each.
    expect(info.message).toMatch(/^21 réponses de la colonne « Région » donnent un département, et non une région : chacune est comptée dans la région de son département \(« Gironde → Nouvelle-Aquitaine », « gironde → Nouvelle-Aquitaine » et 19 autres\)\. /);
    // « 1 » may be Guadeloupe's code, but « 33 » is no region's: the column's numbers are departments.
    expect(info.message).toMatch(/Les nombres de la colonne sont lus comme des numéros de département, comme « 33 » qui n’est le code d’aucune région : « 1 » est le département Ain, et non la région Guadeloupe\.$/);
  });

  it('gives the most frequent departments as examples, and reads a mixed column of regions and departments', () => {
    const places = ['Bretagne', 'Gironde', 'Occitanie', 'Gironde', '35', 'Bouches-du-Rhône', 'Gironde', 'Bretagne', 'Hauts-de-France', '35'];
    const result = parse(survey(places));
    expect(perRegion(result.items)).toEqual({ '53': 4, '75': 3, '76': 1, '93': 1, '32': 1 });
    expect(result.items.map((i) => i.department)).toEqual([null, '33', null, '33', '35', '13', '33', null, null, '35']);
    expect(codes(result.diagnostics)).toEqual(['region-deduite-du-departement@3']);
    expect(result.diagnostics[0]?.message).toBe(
      '6 réponses de la colonne « Région » donnent un département, et non une région : chacune est comptée dans la région de son département ' +
        '(« Gironde → Nouvelle-Aquitaine », « 35 → Bretagne » et 1 autre).',
    );
    expect(result.diagnostics[0]?.hint).toBe('Rien à faire : la région se déduit du département.');
  });

  it('leaves what is neither region nor department unplaced, with the usual warning', () => {
    const result = parse(survey(['Gironde', 'Atlantide', 'Bretagne', 'Atlantide', '99', '20', '975', '99999', '']));
    expect(result.items.map((i) => i.region)).toEqual(['75', null, '53', null, null, null, null, null, null]);
    expect(codes(result.diagnostics)).toEqual([
      'region-deduite-du-departement@2',
      'region-inconnue@3',
      'region-inconnue@6',
      'region-inconnue@7',
      'region-inconnue@8',
      'region-inconnue@9',
    ]);
    expect(result.diagnostics.find((d) => d.line === 3)?.message).toBe('Région inconnue « Atlantide » aux lignes 3, 5 : ces réponses sont gardées sans région.');
    expect(result.diagnostics[0]?.message).toMatch(/^1 réponse de la colonne « Région » donne un département, et non une région : elle est comptée/);
  });

  it('reads the column’s numbers as departments when one is only a department’s code, and says so of those that are also regions’', () => {
    // « 92 » is no region: « 75 », « 93 », « 94 » are Paris and its neighbours, not three regions of the south.
    const result = parse(survey(['75', '92', '93', '94', '75']));
    expect(perRegion(result.items)).toEqual({ '11': 5 });
    expect(codes(result.diagnostics)).toEqual(['region-deduite-du-departement@2']);
    const info = result.diagnostics[0];
    expect(info?.message).toContain(
      'Les nombres de la colonne sont lus comme des numéros de département, comme « 92 » qui n’est le code d’aucune région : ' +
        '« 75 » est le département Paris, et non la région Nouvelle-Aquitaine ; « 93 » est le département Seine-Saint-Denis, ' +
        'et non la région Provence-Alpes-Côte d\'Azur ; « 94 » est le département Val-de-Marne, et non la région Corse.',
    );
    expect(info?.hint).toContain('si ce sont des codes de région, écrivez plutôt le nom de chaque région');
    // « 2A » is a department's code too: « 94 » beside it is the Val-de-Marne.
    expect(parse(survey(['2A', '94'])).items.map((i) => i.department)).toEqual(['2A', '94']);
  });

  it('takes a rare department-only number among region codes for a slip: the codes stay regions', () => {
    // 150 « 84 » (Auvergne-Rhône-Alpes) and one « 56 » (the Morbihan, in Bretagne): under 1 % of the numbers.
    const slipped = parse(survey([...Array.from({ length: 150 }, () => '84'), '56']));
    expect(perRegion(slipped.items)).toEqual({ '84': 150, '53': 1 });
    // Two « 56 » among 150: over 1 %, the column is one of departments, « 84 » the Vaucluse.
    expect(perRegion(parse(survey([...Array.from({ length: 150 }, () => '84'), '56', '56'])).items)).toEqual({ '93': 150, '53': 2 });
  });

  it('still reads a column of region codes alone as regions, and warns of region numbers among names as before', () => {
    const codesOnly = parse(survey(['11', '75', '93', '4']));
    expect(codesOnly.items.map((i) => [i.region, i.department])).toEqual([['11', null], ['75', null], ['93', null], ['04', null]]);
    expect(codesOnly.diagnostics).toEqual([]);
    const amongNames = parse(survey(['Gironde', '75', 'Bretagne']));
    expect(amongNames.items.map((i) => i.region)).toEqual(['75', '75', '53']);
    expect(codes(amongNames.diagnostics)).toEqual(['region-deduite-du-departement@2', 'region-en-chiffres@3']);
  });

  it('reads « 75 - Paris » by its name: the department, not the region whose code is 75', () => {
    const result = parse(survey(['75 - Paris', 'Vaucluse (84)', '84 - Auvergne-Rhône-Alpes', 'Côtes-d’Armor (22)', '53 - Bretagne']));
    expect(result.items.map((i) => [i.region, i.department])).toEqual([['11', '75'], ['93', '84'], ['84', null], ['53', '22'], ['53', null]]);
  });

  it('does the same for a region column declared in the sidecar, and keeps a declared department column first', () => {
    const csv = 'Département ML;Dept;Commentaire\nGironde;;a\n2B;;b\nBretagne;;c\nGironde;29;d\nNowhere;;e\n';
    const result = parse(csv, 'colonnes:\n  region: "Département ML"\n  textes: [Commentaire]\n');
    expect(result.items.map((i) => [i.region, i.department])).toEqual([['75', '33'], ['94', '2B'], ['53', null], ['75', '33'], [null, null]]);
    expect(codes(result.diagnostics)).toEqual(['region-deduite-du-departement@2', 'region-inconnue@6']);
    expect(result.diagnostics[0]?.message).toContain('de la colonne « Département ML »');
    // With a department column as well, the row's department is that column's; the region stays the region column's.
    const both = parse(csv, 'colonnes:\n  region: "Département ML"\n  departement: Dept\n  textes: [Commentaire]\n');
    expect(both.items[3]).toMatchObject({ region: '75', department: '29' });
  });
});
