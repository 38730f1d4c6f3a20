/**
 * Which filters each figure, rank and chart really applies. A filter a resolver would ignore printed
 * the unfiltered number under a filtered sentence (`<Figure stat="workshops" region="Bretagne"/>`
 * gave the national count): every filter listed here is applied, through `filterItems`/`countBy` or
 * `ideasMatching`, and the chapters' check refuses the others before the build.
 */
import { FILTER_NAMES, type FilterName } from './filters.ts';

const ALL = FILTER_NAMES;
const NONE: readonly FilterName[] = [];
const IDEAS: readonly FilterName[] = ['tag', 'theme', 'region'];

/** `<Figure stat=…>`: what each figure can be filtered by. */
export const STAT_FILTERS: Readonly<Record<string, readonly FilterName[]>> = {
  items: ALL,
  weight: ALL,
  share: ALL,
  // The share within one filter's items (stats.ts): that filter is required, the others say which part.
  'share-within-tag': ALL,
  'share-within-theme': ALL,
  'share-within-region': ALL,
  'share-within-profile': ALL,
  'share-within-format': ALL,
  // Distinct regions among the filtered items: a region filter would always give 1.
  regions: ['tag', 'theme', 'profile', 'format'],
  departments: ALL,
  // Filtered: the sessions with at least one item of the selection.
  sessions: ALL,
  workshops: ALL,
  surveys: ALL,
  // Declared per workshop: only what describes the workshop itself.
  participants: ['region', 'format'],
  // Declared per survey and per profile: a region or a theme has no respondent count.
  respondents: ['profile'],
  themes: NONE,
  ideas: IDEAS,
  'ideas-regions': IDEAS,
  // Only the published ideas carry their members: the others are a count.
  'ideas-found': NONE,
  read: NONE,
  kept: NONE,
  rejected: NONE,
  published: NONE,
  'themed-share': NONE,
  convergence: NONE,
  warnings: NONE,
};

/** `<Rank by=…>`: filters and what `show` may print. */
export const RANK_SCOPE: Readonly<Record<string, { filters: readonly FilterName[]; show: readonly string[] }>> = {
  themes: { filters: ['tag', 'region', 'profile', 'format'], show: ['label', 'items', 'share'] },
  regions: { filters: ['tag', 'theme', 'profile', 'format'], show: ['label', 'items', 'share'] },
  // Consensus is computed across all regions, per tag only.
  convergence: { filters: ['tag'], show: ['label', 'consensus', 'regions'] },
  ideas: { filters: IDEAS, show: ['label', 'items', 'regions'] },
};

/** `<Chart kind=…>`: filters, and whether `limit` keeps the first bars. */
export const CHART_SCOPE: Readonly<Record<string, { filters: readonly FilterName[]; limit: boolean }>> = {
  'themes-tags': { filters: ALL, limit: false },
  themes: { filters: ALL, limit: true },
  tags: { filters: ALL, limit: false },
  regions: { filters: ALL, limit: true },
  'regions-tags': { filters: ALL, limit: false },
  'regions-themes': { filters: ALL, limit: false },
  convergence: { filters: ['tag'], limit: true },
  // Distributions of closed survey questions: the Synthesis keeps them whole, not per region or tag.
  scales: { filters: NONE, limit: false },
  profiles: { filters: ALL, limit: false },
  formats: { filters: ALL, limit: false },
};
