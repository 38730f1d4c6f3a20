import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReferentiels } from '../../src/pipeline/referentiels/index.ts';

const { referentiels } = createReferentiels(null);
const { regions, departments, resolveRegion, resolveDepartment, departmentOfPostalCode } = referentiels;

describe('INSEE reference data', () => {
  it('has 18 regions and 101 departments with unique codes, each department in a known region', () => {
    expect(regions).toHaveLength(18);
    expect(departments).toHaveLength(101);
    expect(new Set(regions.map((r) => r.code)).size).toBe(18);
    expect(new Set(departments.map((d) => d.code)).size).toBe(101);
    const regionCodes = new Set(regions.map((r) => r.code));
    for (const d of departments) expect(regionCodes.has(d.region), d.code).toBe(true);
    for (const r of regions) expect(departments.some((d) => d.region === r.code), r.name).toBe(true);
    expect(departments.filter((d) => d.region === '11')).toHaveLength(8);
    expect(departments.filter((d) => d.code.length === 3).map((d) => d.code)).toEqual(['971', '972', '973', '974', '976']);
  });

  it.each(regions.map((r) => [r.code, r.name] as const))('resolves region %s (%s) by code, name and folded name', (code, name) => {
    expect(resolveRegion(code)?.code).toBe(code);
    expect(resolveRegion(name)?.code).toBe(code);
    expect(resolveRegion(name.toUpperCase())?.code).toBe(code);
    const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[-']/g, ' ').toLowerCase();
    expect(resolveRegion(folded)?.code).toBe(code);
    expect(resolveRegion(`Région ${name}`)?.code).toBe(code);
  });

  it.each([
    ['IDF', '11'],
    ['Ile de France', '11'],
    ['ile-de-france', '11'],
    ['PACA', '93'],
    ["Provence-Alpes-Côte d'Azur", '93'],
    ['Provence-Alpes-Côte-d’Azur', '93'],
    ['Région Sud', '93'],
    ['Réunion', '04'],
    ['La Réunion', '04'],
    ['la reunion', '04'],
    ['4', '04'],
    ['AURA', '84'],
    ['Grand-Est', '44'],
    ['hauts de france', '32'],
    ['Pays-de-la-Loire', '52'],
    ['Centre', '24'],
    ['Midi-Pyrénées', '76'],
    ['11 - Île-de-France', '11'],
    ['Bretagne (53)', '53'],
  ])('resolves the region variant %j', (input, code) => {
    expect(resolveRegion(input)?.code).toBe(code);
  });

  it('accepts numbers as YAML gives them', () => {
    expect(resolveRegion(75)?.name).toBe('Nouvelle-Aquitaine');
    expect(resolveRegion(4)?.name).toBe('La Réunion');
    expect(resolveDepartment(1)?.code).toBe('01');
    expect(resolveDepartment(974)?.name).toBe('La Réunion');
  });

  it('rejects what is not a region, and suggests the likely one', () => {
    for (const input of ['Bretagnee', '35', '00', 'NA', '', 'Antarctique', 'France']) expect(resolveRegion(input)).toBeNull();
    expect(referentiels.suggestRegion('Bretagnee')?.code).toBe('53');
    expect(referentiels.suggestRegion('Normandy')?.code).toBe('28');
    expect(referentiels.suggestRegion('35')?.code).toBe('53');
    expect(referentiels.suggestRegion('Charente-Maritime')?.code).toBe('75');
    expect(referentiels.suggestRegion('xyzzy')).toBeNull();
  });

  it.each([
    ['1', '01'],
    ['01', '01'],
    ['2a', '2A'],
    ['2B', '2B'],
    ['971', '971'],
    ['976', '976'],
    ['Corse-du-Sud', '2A'],
    ["cotes d'armor", '22'],
    ['Seine St Denis', '93'],
    ["Val d'Oise", '95'],
    ['17 - Charente-Maritime', '17'],
    ['Charente-Maritime (17)', '17'],
    ['Département du Nord', '59'],
    ["Département de l'Oise", '60'],
    ['La Réunion', '974'],
  ])('resolves the department %j', (input, code) => {
    expect(resolveDepartment(input)?.code).toBe(code);
  });

  it('rejects departments that do not exist', () => {
    for (const input of ['99', '20', '975', '977', '0', 'Seine-et-Oise', '']) expect(resolveDepartment(input)).toBeNull();
    expect(referentiels.suggestDepartment('Finistere Nord')?.code).toBe('29');
  });
});

describe('postal codes (codes-postaux package)', () => {
  it.each([
    ['75011', '75'],
    ['20000', '2A'],
    ['20200', '2B'],
    ['97400', '974'],
    ['97600', '976'],
    ['59000', '59'],
    ['01000', '01'],
    ['1000', '01'],
    [' 75 011 ', '75'],
    ['75700', '75'],
    ['13780', '13'],
  ])('%j → department %s', (postalCode, code) => {
    expect(departmentOfPostalCode(postalCode)?.code).toBe(code);
  });

  it('accepts numbers (Excel drops leading zeros)', () => {
    expect(departmentOfPostalCode(1000)?.code).toBe('01');
    expect(departmentOfPostalCode(75011)?.code).toBe('75');
  });

  it('gives no department for what is not one', () => {
    for (const input of ['97133', '97150', '97500', '98000', 'ABCDE', '750', '750110', '']) {
      expect(departmentOfPostalCode(input), input).toBeNull();
    }
  });
});

const aggregates = path.resolve(import.meta.dirname, '../../..', 'shared/real-data/granddebat-region-aggregates/organisation_21mars.csv');

describe.skipIf(!existsSync(aggregates))('against the Grand Débat regional aggregates (real third-party data)', () => {
  it('resolves every French region name and places each of its departments in it', () => {
    const lines = readFileSync(aggregates, 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1);
    const seen = new Map<string, Set<string>>();
    for (const line of lines) {
      const match = /^[^,]*,([^,]*),[^,]*,(?:"([^"]*)"|([^,]*))/.exec(line);
      const list = match?.[2] ?? match?.[3];
      if (!match?.[1] || !list) continue;
      const codes = seen.get(match[1]) ?? new Set<string>();
      for (const pair of list.split(',')) codes.add(pair.split('=')[0] ?? '');
      seen.set(match[1], codes);
    }
    const notRegions = ['Antarctique', 'NA', "Né à l'étranger", 'Océanie', 'Polynésie', 'Saint-Pierre-et-Miquelon'];
    let checked = 0;
    for (const [name, codes] of seen) {
      const region = resolveRegion(name);
      if (notRegions.includes(name)) {
        expect(region, name).toBeNull();
        continue;
      }
      expect(region, name).not.toBeNull();
      for (const code of codes) {
        const department = resolveDepartment(code);
        if (!department) continue; // "20", "97", "977": pre-2A/2B or overseas collectivity codes
        expect(department.region, `${code} in ${name}`).toBe(region?.code);
        checked++;
      }
    }
    expect(seen.size).toBe(24);
    expect(checked).toBe(101);
  });
});
