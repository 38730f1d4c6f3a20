import { describe, expect, it } from 'vitest';
import type { Department, Region } from '../../src/pipeline/model.ts';
import type { Referentiels } from '../../src/pipeline/referentiels/index.ts';
import { matchProfile } from '../../src/pipeline/ingest/surveys/profiles.ts';
import { normalizePostalCode } from '../../src/pipeline/ingest/surveys/location.ts';
import { codes, only, parse } from './helpers.ts';

/** A two-region world, so that these tests do not depend on the real reference data. */
function fakeReferentiels(): Referentiels & { calls: number } {
  const regions: Region[] = [{ code: '53', name: 'Bretagne' }, { code: '75', name: 'Nouvelle-Aquitaine' }];
  const departments: Department[] = [{ code: '29', name: 'Finistère', region: '53' }, { code: '17', name: 'Charente-Maritime', region: '75' }];
  const fake = {
    calls: 0,
    regions,
    departments,
    themes: [],
    resolveRegion: (input: string | number) => regions.find((r) => r.code === String(input) || r.name === String(input)) ?? null,
    resolveDepartment: (input: string | number) => departments.find((d) => d.code === String(input)) ?? null,
    departmentOfPostalCode(input: string | number) {
      fake.calls++;
      return departments.find((d) => String(input).startsWith(d.code)) ?? null;
    },
    suggestRegion: () => null,
    suggestDepartment: () => null,
    themeOfHashtag: () => null,
    suggestTheme: () => null,
  };
  return fake;
}

describe('rows to items', () => {
  it('places rows by postal code (→ department → region), each distinct code resolved once', () => {
    const refs = fakeReferentiels();
    const csv = 'Code postal;Commentaire\n17100;a\n29200;b\n17100;c\n 17 100 ;d\n';
    const result = parse(csv, undefined, refs);
    expect(result.items.map((i) => [i.region, i.department])).toEqual([['75', '17'], ['53', '29'], ['75', '17'], ['75', '17']]);
    expect(refs.calls).toBe(3); // « 17100 », « 29200 », « 17 100 »: the repeated value is cached
    expect(result.sessions[0]?.departments).toEqual(['17', '29']);
  });

  it('reports one warning per distinct unknown value, with its first line and count, and keeps the rows', () => {
    const refs = fakeReferentiels();
    const csv = 'Région;Commentaire\nBretagne;a\nAtlantide;b\nBretagne;c\nAtlantide;d\nMu;e\nAtlantide;f\n';
    const result = parse(csv, undefined, refs);
    expect(codes(result.diagnostics)).toEqual(['region-inconnue@3', 'region-inconnue@6']);
    const atlantide = result.diagnostics[0];
    expect(atlantide?.message).toContain('« Atlantide » aux lignes 3, 5, 7');
    expect(atlantide?.severity).toBe('warning');
    expect(result.items).toHaveLength(6);
    expect(result.items.map((i) => i.region)).toEqual(['53', null, '53', null, null, null]);
  });

  it('resolves names, codes, departments and postal codes with the real reference data', () => {
    const csv = [
      'Région;Département;CP;Commentaire',
      'île de france;;;a',
      '84;;;b',
      ';2a;;c',
      ';1;;d',
      ';;1000;e',
      ';;97400;f',
      ';;99999;g',
      ';;abc;h',
      'Bretagn;;;i',
    ].join('\n');
    const result = parse(csv);
    expect(result.items.map((i) => [i.text, i.region, i.department])).toEqual([
      ['a', '11', null],
      ['b', '84', null],
      ['c', '94', '2A'],
      ['d', '84', '01'],
      ['e', '84', '01'],
      ['f', '04', '974'],
      ['g', null, null],
      ['h', null, null],
      ['i', null, null],
    ]);
    // « 84 » among names may be a department (Vaucluse): said once, how it was read.
    expect(codes(result.diagnostics)).toEqual(['code-postal-inconnu@8', 'code-postal-inconnu@9', 'region-en-chiffres@3', 'region-inconnue@10']);
    expect(only(result.diagnostics, 'region-inconnue').hint).toContain('« Bretagne »');
  });

  it('says how region numbers were read when the column gives cause for doubt, once per file', () => {
    const read = (...regions: string[]) => parse(['Région;Commentaire', ...regions.map((r, i) => `${r};avis ${i}`)].join('\n'));
    // Region codes alone, as an export writes them: read without a word.
    expect(codes(read('11', '75', '75', '53').diagnostics)).toEqual([]);
    // Among names, « 75 » is most likely Paris: counted in Nouvelle-Aquitaine, but not in silence.
    const mixed = read('Bretagne', '75', 'Occitanie', '75');
    expect(mixed.items.map((i) => i.region)).toEqual(['53', '75', '76', '75']);
    expect(codes(mixed.diagnostics)).toEqual(['region-en-chiffres@3']);
    expect(only(mixed.diagnostics, 'region-en-chiffres').message).toContain('« 75 » → Nouvelle-Aquitaine (2 réponses, et non le département Paris)');
    expect(only(mixed.diagnostics, 'region-en-chiffres').hint).toContain('colonnes: { departement: "Région" }');
    // « 35 » is no region's code, only a department's: the column's numbers are departments (« 75 » is Paris).
    const departments = read('75', '35', '44');
    expect(codes(departments.diagnostics)).toEqual(['region-deduite-du-departement@2']);
    expect(departments.items.map((i) => i.region)).toEqual(['11', '53', '52']);
  });

  it('places a department spelt right in the region column, and says a misspelt one is probably a department', () => {
    const read = (...regions: string[]) => parse(['Région;Commentaire', ...regions.map((r, i) => `${r};avis ${i}`)].join('\n'));
    const mixed = read('Bretagne', '38', 'Ile et Vilaine', 'Occitanie', 'Normandie');
    expect(codes(mixed.diagnostics)).toEqual(['region-deduite-du-departement@3', 'region-inconnue@4']);
    expect(mixed.items.map((i) => i.region)).toEqual(['53', '84', null, '76', '28']);
    const ille = only(mixed.diagnostics, 'region-inconnue');
    expect(ille.message).toBe('« Ile et Vilaine » à la ligne 4 n’est pas une région mais sans doute le département Ille-et-Vilaine : la réponse est gardée sans région.');
    expect(ille.hint).toBe('Corrigez le nom du département, « Ille-et-Vilaine » : la réponse prendra sa région ; ou écrivez la région, « Bretagne ».');
    const declared = parse('Région;Commentaire\n35;a\n38;b\nIsère;c\n', 'colonnes:\n  departement: Région\n');
    expect(declared.items.map((i) => [i.region, i.department])).toEqual([['53', '35'], ['84', '38'], ['84', '38']]);
    // « NA » is near no department by name (two edits from « Ain »): an unknown region, as before.
    expect(read('Bretagne', 'NA').diagnostics[0]?.message).toBe('Région inconnue « NA » à la ligne 3 : la réponse est gardée sans région.');
  });

  it('prefers the row region, then the department, then region_fixe', () => {
    const csv = 'Région;Département;Commentaire\nBretagne;17;a\n;17;b\n;;c\n';
    const result = parse(csv, 'colonnes:\n  region: Région\n  departement: Département\n  region_fixe: Occitanie\n  textes: [Commentaire]\n');
    expect(result.items.map((i) => [i.region, i.department])).toEqual([['53', '17'], ['75', '17'], ['76', null]]);
  });

  it('folds profiles to a few ids, and reports unknown ones once as « autre »', () => {
    expect(['Conseiller(ère)', 'CONSEILLÈRE', 'Directeur·rice', 'Chargée d’accueil', 'Partenaire (France Travail)', 'Jeune accompagné', 'Autre'].map(matchProfile)).toEqual(
      ['conseiller', 'conseiller', 'direction', 'accueil', 'partenaire', 'jeune', 'autre'],
    );
    const result = parse('Vous êtes;Commentaire\nAstronaute;a\nAstronaute;b\n;c\n');
    expect(result.items.map((i) => i.profile)).toEqual(['autre', 'autre', null]);
    expect(codes(result.diagnostics)).toEqual(['profil-inconnu@2']);
    expect(result.sessions[0]?.profiles).toEqual({ autre: 2 });
  });

  it('does not make items of empty cells nor count them as read', () => {
    const result = parse('Ce qui fonctionne;Vos attentes\n  ;x\n"";\n" \n ";y\n');
    expect(result.items.map((i) => i.text)).toEqual(['x', 'y']);
    expect(result.reconciliation[0]).toMatchObject({ read: 2, kept: 2, rejected: 0 });
    expect(result.sessions[0]?.participants).toBe(3);
  });

  it('gives stable ids: same input, same ids; another row, another id', () => {
    const a = parse('Commentaire\nbien\nbien\n').items.map((i) => i.id);
    const b = parse('Commentaire\nbien\nbien\n').items.map((i) => i.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(2);
  });

  it('normalises postal codes as Excel damages them', () => {
    expect(['75011', '1000', '75 011', '7501', 'abcde', '123'].map(normalizePostalCode)).toEqual(['75011', '01000', '75011', '07501', null, null]);
  });
});
