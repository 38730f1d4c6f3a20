/**
 * The props each chapter component accepts, by kind of value: one catalogue read by the chapters'
 * check (`check`, `build`) and by the components themselves, so that a prop the component would
 * drop (`tags="needs"`) or misread (`limit="trois"`) is refused in both places alike.
 */
import { FILTER_NAMES, type FilterName } from './filters.ts';
import { CHART_SCOPE, RANK_SCOPE, STAT_FILTERS } from './filter-scope.ts';

/** `filter`: a filter value; `choice`: one of the selector's values; `count`: integer ≥ 0; `rank`: integer ≥ 1. */
export type PropKind = 'filter' | 'choice' | 'count' | 'rank' | 'text';

export interface ComponentSpec {
  props: Readonly<Record<string, PropKind>>;
  required: readonly string[];
  /** The values a `choice` prop accepts. */
  choices?: Readonly<Record<string, readonly string[]>>;
  /** The filters (and `limit`) that apply, given the other props (`stat`, `kind`, `by`). */
  applies(props: Readonly<Record<string, unknown>>): { filters: readonly FilterName[]; limit: boolean; about: string };
}

const FILTER_PROPS: Record<FilterName, PropKind> = Object.fromEntries(FILTER_NAMES.map((name) => [name, 'filter'])) as Record<FilterName, PropKind>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Figure: {
    props: { stat: 'choice', ...FILTER_PROPS },
    required: ['stat'],
    choices: { stat: Object.keys(STAT_FILTERS) },
    applies: (p) => ({ filters: STAT_FILTERS[text(p.stat)] ?? FILTER_NAMES, limit: false, about: `stat="${text(p.stat)}"` }),
  },
  Chart: {
    props: { kind: 'choice', ...FILTER_PROPS, title: 'text', limit: 'count', id: 'text' },
    required: ['kind'],
    choices: { kind: Object.keys(CHART_SCOPE) },
    applies: (p) => {
      const scope = CHART_SCOPE[text(p.kind)];
      return { filters: scope?.filters ?? FILTER_NAMES, limit: scope?.limit ?? true, about: `kind="${text(p.kind)}"` };
    },
  },
  Verbatims: {
    props: { ...FILTER_PROPS, limit: 'count', title: 'text' },
    required: [],
    applies: () => ({ filters: FILTER_NAMES, limit: true, about: '<Verbatims>' }),
  },
  RegionMap: {
    props: { ...FILTER_PROPS, title: 'text', id: 'text' },
    required: [],
    // The map shows every region: a region filter would leave one tile.
    applies: () => ({ filters: ['tag', 'theme', 'profile', 'format'], limit: false, about: '<RegionMap>' }),
  },
  Rank: {
    props: { by: 'choice', rank: 'rank', show: 'choice', ...FILTER_PROPS },
    required: ['by'],
    choices: { by: Object.keys(RANK_SCOPE), show: [...new Set(Object.values(RANK_SCOPE).flatMap((s) => s.show))] },
    applies: (p) => ({ filters: RANK_SCOPE[text(p.by)]?.filters ?? FILTER_NAMES, limit: false, about: `by="${text(p.by)}"` }),
  },
  StrongIdeas: {
    props: { ...FILTER_PROPS, limit: 'count' },
    required: [],
    applies: () => ({ filters: ['tag', 'theme', 'region'], limit: true, about: '<StrongIdeas>' }),
  },
};
