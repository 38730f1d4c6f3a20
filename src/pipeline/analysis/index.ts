// PLACEHOLDER — owned by the "analysis" helper, to be replaced.
import type { FeedbackItem } from '../model.ts';
import type { Synthesis } from '../synthesis-model.ts';
import type { Referentiels } from '../referentiels/index.ts';

export type Analysis = Pick<Synthesis, 'counts' | 'themedShare' | 'convergence' | 'distinctive' | 'ideas' | 'emerging'>;

export function analyse(items: FeedbackItem[], referentiels: Referentiels): Analysis {
  void referentiels;
  return {
    counts: {
      total: { items: items.length, weight: items.reduce((n, i) => n + i.weight, 0) },
      byTag: [], byTheme: [], byRegion: [], byThemeTag: [], byRegionTheme: [], byRegionTag: [],
      byDepartment: [], byProfile: [], byFormat: [],
    },
    themedShare: 0,
    convergence: { minItemsPerRegion: 5, themes: [], overall: null },
    distinctive: [],
    ideas: [],
    emerging: [],
  };
}
