/** The /saisie region typed as ambassadors call it, read with `new`'s search, and what the field says it understood. */
import { describe, expect, it } from 'vitest';
import { readTypedRegion, regionFieldText, REGION_SUGGESTIONS } from '../../src/entry/region-input.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('région tapée', () => {
  it('reads a name, an abbreviation, a département’s name or number as the region, and says which', () => {
    for (const typed of ['PACA', 'Sud', 'Provence-Alpes-Côte d’Azur', 'provence alpes cote d azur']) {
      expect(readTypedRegion(typed)).toEqual({ code: '93', line: '→ Provence-Alpes-Côte d’Azur' });
    }
    expect(readTypedRegion('13').code).toBe('93');
    expect(plain(readTypedRegion(' Bouches-du-Rhône ').line)).toBe('→ Provence-Alpes-Côte d’Azur (région du département Bouches-du-Rhône (13))');
    // A number is a département, never a region’s INSEE code: « 44 » is Loire-Atlantique, not Grand Est.
    expect(readTypedRegion('44').code).toBe('52');
    expect(readTypedRegion('2A').code).toBe('94');
    expect(readTypedRegion('bretag').code).toBe('53');
  });

  it('retains no region for a typo, an ambiguous or an unknown text, and says why', () => {
    expect(readTypedRegion('Bretagen')).toMatchObject({ code: null });
    expect(plain(readTypedRegion('Bretagen').line)).toBe('Aucune région ne s’appelle « Bretagen » : vouliez-vous dire Bretagne ?');
    expect(readTypedRegion('loire').code).toBeNull();
    expect(plain(readTypedRegion('loire').line)).toContain('peut désigner Centre-Val de Loire, Pays de la Loire ou Auvergne-Rhône-Alpes');
    expect(plain(readTypedRegion('Atlantide').line)).toMatch(/^Aucune région ne correspond à « Atlantide »/);
    expect(readTypedRegion('99')).toMatchObject({ code: null });
    expect(readTypedRegion('  ')).toEqual({ code: null, line: '' });
  });

  it('shows a stored code as its name, and suggests names and common abbreviations, not ISO codes', () => {
    expect(regionFieldText('93')).toBe('Provence-Alpes-Côte d\'Azur');
    expect(regionFieldText('Atlantide')).toBe('Atlantide');
    expect(REGION_SUGGESTIONS).toContainEqual({ value: 'PACA', label: 'Provence-Alpes-Côte d\'Azur' });
    expect(REGION_SUGGESTIONS.filter((s) => s.label === null)).toHaveLength(18);
    expect(REGION_SUGGESTIONS.some((s) => s.value.startsWith('FR-'))).toBe(false);
  });
});
