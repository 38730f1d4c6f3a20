/** What the site says when strong ideas and convergence cannot be measured between regions. */
import { describe, expect, it } from 'vitest';
import { comparesRegions, noConvergenceNotice, noIdeasNotice, noRegionsNotice, singleRegionNotice } from '../../src/site/region-notices.ts';
import type { Region } from '../../src/pipeline/model.ts';

describe('region notices', () => {
  it('say why there will be none when no region, or a single one, is represented', () => {
    expect(noIdeasNotice(0)).toBe("Pas d’idée forte : elles rapprochent des énoncés proches dits dans plusieurs régions, et les contributions de cette consultation n’indiquent pas de région.");
    expect(noIdeasNotice(1)).toContain("cette consultation n’en compte qu’une");
    expect(noConvergenceNotice(0)).toBe("La convergence des besoins se mesure entre régions, et les contributions de cette consultation n’indiquent pas de région.");
    expect(noConvergenceNotice(1)).toContain("cette consultation n’en compte qu’une");
  });

  it('say « not yet » when several regions are there', () => {
    expect(noIdeasNotice(5)).toContain('ne se dégage encore');
    expect(noConvergenceNotice(2)).toContain('Pas encore assez');
  });
});

describe('regions page without any region', () => {
  it('says how a consultation gets regions', () => {
    expect(noRegionsNotice()).toContain("n’indiquent pas de région");
    expect(noRegionsNotice()).toContain('region_fixe');
  });
});

describe('a consultation of fewer than two regions', () => {
  const region = (code: string, name: string): Region => ({ code, name });
  it('compares regions from two represented on', () => {
    expect(comparesRegions({ represented: [] })).toBe(false);
    expect(comparesRegions({ represented: [region('32', 'Hauts-de-France')] })).toBe(false);
    expect(comparesRegions({ represented: [region('32', 'Hauts-de-France'), region('53', 'Bretagne')] })).toBe(true);
  });

  it('says the one region once, and that only the items with a region are from it', () => {
    expect(singleRegionNotice('Hauts-de-France', false)).toBe('Toutes les contributions de cette consultation viennent d’une seule région, Hauts-de-France : il n’y a ni carte ni comparaison entre régions à montrer.');
    expect(singleRegionNotice('Bretagne', true)).toMatch(/^Les contributions de cette consultation qui indiquent leur région viennent toutes d’une seule région, Bretagne/);
  });
});
