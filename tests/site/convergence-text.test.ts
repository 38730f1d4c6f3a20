/** A theme's reach across regions names what its denominator counts (only regions with enough items of the tag). */
import { describe, expect, it } from 'vitest';
import { countedRegionsLabel, regionsMentioningPhrase } from '../../src/site/convergence-text.ts';
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
