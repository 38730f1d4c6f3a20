/** A themes-by-region table goes on a landscape page only when its counts would widen it past a portrait one. */
import { describe, expect, it } from 'vitest';
import { printedLandscape } from '../../src/site/heatmap-print.ts';

describe('printedLandscape', () => {
  it('keeps 18 or 19 regions with counts under 1 000 on a portrait page', () => {
    expect(printedLandscape(18, 32)).toBe(false);
    expect(printedLandscape(19, 999)).toBe(false);
  });

  it('turns the page when the counts reach the thousands across many regions', () => {
    expect(printedLandscape(18, 1_000)).toBe(true);
    expect(printedLandscape(18, 129_776)).toBe(true);
  });

  it('keeps a table of a few regions upright whatever its counts', () => {
    expect(printedLandscape(3, 129_776)).toBe(false);
  });
});
