/** Where the published list of strong ideas stops: the strongest, and those tied with the last. */
import { describe, expect, it } from 'vitest';
import { publishedCount, TIED_EXTRA, type RankedGroup } from '../../src/pipeline/analysis/ideas/cut.ts';
import { ideasCut, ideasPageTitle, publishedIdeasPhrase } from '../../src/site/ideas-published.ts';
import type { StrongIdea } from '../../src/pipeline/synthesis-model.ts';

const group = (regions: number, weight: number, size = weight): RankedGroup => ({
  group: Array.from({ length: size }, (_, i) => i),
  regions: Array.from({ length: regions }, (_, i) => String(i)),
  weight,
});

describe('the published strong ideas', () => {
  it('keeps every idea tied with the last one kept, so that no idea is left out for its id alone', () => {
    const ranked = [group(5, 9), group(4, 6), group(4, 5), group(4, 5), group(4, 5), group(3, 5)];
    expect(publishedCount(ranked, 3)).toBe(5);
    // Not tied: a different weight or size, or fewer regions, stops the list at the maximum.
    expect(publishedCount(ranked, 2)).toBe(2);
    expect(publishedCount([group(4, 5, 5), group(4, 5, 6)], 1)).toBe(1);
    expect(publishedCount(ranked, 10)).toBe(6);
    expect(publishedCount(ranked, 0)).toBe(0);
  });

  it('bounds a run of ties: past the maximum plus TIED_EXTRA, the id decides', () => {
    const ranked = Array.from({ length: 300 }, () => group(2, 2));
    expect(publishedCount(ranked, 100)).toBe(100 + TIED_EXTRA);
  });

  it('is named as the strongest of those found, never as all of them', () => {
    const ideas = Array.from({ length: 113 }, () => ({}) as StrongIdea);
    expect(publishedIdeasPhrase({ ideas, ideasFound: 340 })).toBe('les 113 idées fortes les plus partagées, sur 340');
    expect(ideasPageTitle({ ideas, ideasFound: 340 })).toBe('Les idées fortes les plus partagées');
    expect(ideasCut({ ideas, ideasFound: 113 })).toBe(false);
    expect(publishedIdeasPhrase({ ideas, ideasFound: 113 })).toBe('113 idées fortes');
    expect(ideasPageTitle({ ideas, ideasFound: 113 })).toBe('Toutes les idées fortes');
  });
});
