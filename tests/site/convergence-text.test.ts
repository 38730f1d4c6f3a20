/** A theme's reach across regions names what its denominator counts (only regions with enough items of the tag). */
import { describe, expect, it } from 'vitest';
import { convergenceBasePhrase, countedRegionsLabel, regionsMentioningPhrase } from '../../src/site/convergence-text.ts';
import type { ThemeConvergence } from '../../src/pipeline/synthesis-model.ts';

const theme = (tag: ThemeConvergence['tag'], regionsMentioning: number, regionsCounted: number): ThemeConvergence => ({
  theme: 'saisie-ergonomie', tag, consensus: 0.5, regionsMentioning, regionsCounted, perRegion: [],
});

describe('regionsMentioningPhrase', () => {
  it('says which regions are counted', () => {
    expect(regionsMentioningPhrase(theme('needs', 14, 14), 5)).toBe('évoqué dans 14 des 14 régions qui comptent au moins 5 besoins');
    expect(regionsMentioningPhrase(theme('broken', 3, 12), 5)).toBe('évoqué dans 3 des 12 régions qui comptent au moins 5 dysfonctionnements');
    expect(regionsMentioningPhrase(theme('working', 1, 2), 1)).toBe('évoqué dans 1 des 2 régions qui comptent au moins 1 point fort');
  });

  it('names the counted regions for a table header', () => {
    expect(countedRegionsLabel('needs', 5)).toBe('les régions qui comptent au moins 5 besoins');
  });
});

describe('convergenceBasePhrase', () => {
  it('says on how many items convergence rests when some have no region, and nothing otherwise', () => {
    expect(convergenceBasePhrase({ unlocated: 129_776, total: 129_896 })?.replace(/\s/g, ' ')).toBe(
      "Calculé sur les 120 éléments dont la région est connue ; les 129 776 éléments sans région (plus de 99 %) n'y entrent pas.",
    );
    expect(convergenceBasePhrase({ unlocated: 1, total: 2 })?.replace(/\s/g, ' ')).toBe(
      "Calculé sur le seul élément dont la région est connue ; 1 élément sans région (50 %) n'y entre pas.",
    );
    expect(convergenceBasePhrase({ unlocated: 0, total: 14 })).toBeNull();
  });
});
