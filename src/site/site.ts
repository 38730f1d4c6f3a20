/**
 * The Synthesis with the lookups every page needs, built once per build in linear time.
 * Pages read this; nothing here counts items (counting is `countBy`/`filterItems`' job).
 */
import type { FeedbackItem, Region, Session, Theme } from '../pipeline/model.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { NONE_LABEL, NO_REGION_LABEL } from './labels.ts';
import { permalinkIndex, sessionOrder } from './permalink.ts';
import { loadSynthesis } from './synthesis.ts';
import { memoisedPerGeneration } from './generation.ts';
import { regionSlug } from './urls.ts';

export interface Site {
  synthesis: Synthesis;
  /** Taxonomy order, `autres` last. */
  themes: Theme[];
  /** Regions present in the consultation, in French alphabetical order. */
  regions: Region[];
  sessions: Session[];
  /** Participant profiles present among the items (`jeune`, `conseiller`…), sorted: what `profile="…"` accepts. */
  profiles: string[];
  themeById: Map<string, Theme>;
  regionByCode: Map<string, Region>;
  sessionById: Map<string, Session>;
  itemById: Map<string, FeedbackItem>;
  /** Items of each session in source order (the order of its pages). */
  itemsBySession: Map<string, FeedbackItem[]>;
  /** Item id → `/sessions/<id>/[page/]#e-<item>`. */
  permalinks: Map<string, string>;
  themeLabel(id: string): string;
  regionName(code: string | null): string;
  /** The region's page slug (`ile-de-france`). */
  regionSlug(code: string): string;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

export function createSite(synthesis: Synthesis): Site {
  const themes = [...synthesis.themes].sort((a, b) => Number(a.id === 'autres') - Number(b.id === 'autres'));
  const regions = [...synthesis.regions].sort((a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const sessionById = new Map(synthesis.sessions.map((s) => [s.id, s]));
  const itemById = new Map(synthesis.items.map((i) => [i.id, i]));
  const grouped = new Map<string, FeedbackItem[]>();
  for (const item of synthesis.items) {
    const list = grouped.get(item.sessionId);
    if (list) list.push(item);
    else grouped.set(item.sessionId, [item]);
  }
  const itemsBySession = new Map([...grouped].map(([id, list]) => [id, sessionOrder(list)]));
  const profiles = new Set<string>();
  for (const item of synthesis.items) if (item.profile) profiles.add(item.profile);
  return {
    synthesis,
    themes,
    regions,
    sessions: synthesis.sessions,
    profiles: [...profiles].sort(),
    themeById,
    regionByCode,
    sessionById,
    itemById,
    itemsBySession,
    permalinks: permalinkIndex(synthesis.items),
    themeLabel: (id) => themeById.get(id)?.label ?? (id || NONE_LABEL),
    regionName: (code) => (code ? (regionByCode.get(code)?.name ?? code) : NO_REGION_LABEL),
    regionSlug: (code) => {
      const region = regionByCode.get(code);
      return region ? regionSlug(region) : code;
    },
  };
}

/** The site of the current build (memoised: every page shares one instance, until the files change under `astro dev`). */
export const getSite: () => Promise<Site> = memoisedPerGeneration(() => loadSynthesis().then(createSite));
