/** A theme's reach across regions names what its denominator counts (only regions with enough items of the tag). */
import { describe, expect, it } from 'vitest';
import { beyondChanceSummary, chanceCell, chancePhrase, comparedNeedsPhrase, comparedRegionsLabel, consensusChartSummary, consensusSeriesLabel, convergenceBasePhrase, convergenceIndexNote, countedRegionsLabel, noSimilarityReason, regionsMentioningPhrase, themeConvergenceLine } from '../../src/site/convergence-text.ts';
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

describe('a theme’s convergence reads as a share, after its reach', () => {
  const text = (value: string) => value.replace(/\s/g, ' ');
  const withConsensus = (tag: ThemeConvergence['tag'], consensus: number): ThemeConvergence => ({ ...theme(tag, 14, 14), consensus });

  it('leads with the regions that mention the theme, then the index as the average share of their items', () => {
    // « indice 26 % » first read as weak support: 26 % is about a quarter of every region's needs.
    expect(text(themeConvergenceLine(withConsensus('needs', 0.2569), 5))).toBe('évoqué dans 14 des 14 régions qui comptent au moins 5 besoins ; en moyenne 26 % de leurs besoins');
    expect(text(themeConvergenceLine({ ...withConsensus('broken', 0.11), regionsMentioning: 13, regionsCounted: 15 }, 5))).toBe(
      'évoqué dans 13 des 15 régions qui comptent au moins 5 dysfonctionnements ; en moyenne 11 % de leurs dysfonctionnements',
    );
    expect(themeConvergenceLine(withConsensus('needs', 0.2569), 5)).not.toMatch(/indice/);
  });

  it('names the percentage in one sentence, for the tags the list shows', () => {
    expect(convergenceIndexNote(['needs'])).toBe(
      'Le pourcentage est l’indice de convergence : la part moyenne des besoins de chaque région qui portent sur le thème ; une seule région très prolixe ne suffit pas à le faire monter.',
    );
    expect(convergenceIndexNote(['needs', 'broken'])).toContain('la part moyenne des besoins, ou des dysfonctionnements, de chaque région qui portent sur le thème');
  });

  it('labels the chart’s bars as that share, not as a bare index', () => {
    expect(consensusSeriesLabel('needs')).toBe('Part moyenne des besoins de chaque région (indice de convergence)');
    expect(consensusChartSummary('broken')).toMatch(/^Barres : indice de convergence, la part moyenne des dysfonctionnements de chaque région qui portent sur le thème ;/);
  });
});

describe('convergenceBasePhrase', () => {
  it('says on how many items convergence rests when some have no region, and nothing otherwise', () => {
    expect(convergenceBasePhrase({ unlocated: 129_776, total: 129_896 })?.replace(/\s/g, ' ')).toBe(
      "Calculé sur les 120 éléments dont la région est connue ; les 129 776 éléments sans région (plus de 99 %) n’y entrent pas.",
    );
    expect(convergenceBasePhrase({ unlocated: 1, total: 2 })?.replace(/\s/g, ' ')).toBe(
      "Calculé sur le seul élément dont la région est connue ; 1 élément sans région (50 %) n’y entre pas.",
    );
    expect(convergenceBasePhrase({ unlocated: 0, total: 14 })).toBeNull();
  });

  it('says that no item has a region, never « les 0 élément »', () => {
    expect(convergenceBasePhrase({ unlocated: 109, total: 109 })?.replace(/\s/g, ' ')).toBe(
      'Aucun élément n’indique sa région : les 109 éléments sans région (100 %) restent hors de ce calcul.',
    );
    expect(convergenceBasePhrase({ unlocated: 1, total: 1 })?.replace(/\s/g, ' ')).toBe(
      'Aucun élément n’indique sa région : 1 élément sans région (100 %) reste hors de ce calcul.',
    );
  });
});

describe('the similarity names what it counts', () => {
  const limits = { minItemsPerRegion: 5, minRegions: 2 };
  const text = (value: string) => value.replace(/\s/g, ' ');

  it('names the regions compared: those with enough themed needs', () => {
    expect(comparedRegionsLabel(16, 5)).toBe('les 16 régions qui comptent au moins 5 besoins rattachés à un thème');
    expect(comparedRegionsLabel(1, 1)).toBe('la seule région qui compte au moins 1 besoin rattaché à un thème');
  });

  it('says why a region counted by the consensus has no similarity', () => {
    expect(text(noSimilarityReason({ region: '32', needs: 10, items: 4, similarity: null, chance: null, beyondChance: null }, limits))).toBe(
      '4 besoins rattachés à un thème sur 10, il en faut au moins 5',
    );
    expect(noSimilarityReason({ region: '06', needs: 1, items: 1, similarity: null, chance: null, beyondChance: null }, limits)).toBe('1 besoin rattaché à un thème, il en faut au moins 5');
    expect(noSimilarityReason({ region: '06', needs: 6, items: 0, similarity: null, chance: null, beyondChance: null }, limits)).toBe('aucun de ses 6 besoins n’est rattaché à un thème');
    expect(noSimilarityReason({ region: '06', needs: 1, items: 0, similarity: null, chance: null, beyondChance: null }, limits)).toBe('son seul besoin n’est rattaché à aucun thème');
    expect(noSimilarityReason(undefined, limits)).toBe('aucun besoin exprimé');
    // Enough themed needs, but no other region to compare with.
    expect(noSimilarityReason({ region: '11', needs: 9, items: 8, similarity: null, chance: null, beyondChance: null }, limits)).toBe('moins de 2 régions à comparer');
  });

  it('says on which of the region’s needs its similarity rests', () => {
    expect(text(comparedNeedsPhrase({ needs: 94, items: 91 }))).toBe('sur 91 de ses 94 besoins, ceux rattachés à un thème');
    expect(comparedNeedsPhrase({ needs: 21, items: 21 })).toBe('sur ses 21 besoins, tous rattachés à un thème');
  });
});

describe('the similarity beside its chance level', () => {
  const text = (value: string | null) => value?.replace(/\s/g, ' ');

  it('says what same-size random samples of the network score, and whether the region departs beyond them', () => {
    expect(text(chancePhrase({ items: 8, chance: 0.7555, beyondChance: false }))).toBe(
      '8 besoins tirés au hasard dans l’ensemble de la consultation lui ressemblent à 76 % en moyenne : l’écart de la région ne dépasse pas celui du hasard',
    );
    expect(text(chancePhrase({ items: 40, chance: 0.9, beyondChance: true }))).toBe(
      '40 besoins tirés au hasard dans l’ensemble de la consultation lui ressemblent à 90 % en moyenne ; la région s’en écarte davantage que 95 tirages sur 100 : un écart au-delà du hasard',
    );
    expect(chancePhrase({ items: 3, chance: null, beyondChance: null })).toBeNull();
  });

  it('fills the table cell and counts the regions beyond chance', () => {
    expect(text(chanceCell({ chance: 0.9, beyondChance: false }))).toBe('90 %');
    expect(text(chanceCell({ chance: 0.9, beyondChance: true }))).toBe('90 %, écart au-delà du hasard');
    expect(chanceCell({ chance: null, beyondChance: null })).toBe('');
    expect(beyondChanceSummary([{ beyondChance: false }, { beyondChance: null }])).toBe('aucune région ne s’en écarte au-delà du hasard');
    expect(beyondChanceSummary([{ beyondChance: true }, { beyondChance: false }])).toBe('une seule région s’en écarte au-delà du hasard');
    expect(beyondChanceSummary([{ beyondChance: true }, { beyondChance: true }])).toBe('2 régions s’en écartent au-delà du hasard');
  });
});
