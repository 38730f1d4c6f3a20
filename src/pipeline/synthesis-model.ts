/**
 * The Synthesis: the one typed, deterministic model every output reads (site, search, charts,
 * exports, check report). Serialised as JSON with sorted keys.
 */
import type {
  Department,
  Diagnostic,
  FeedbackItem,
  Reconciliation,
  Region,
  ScaleSummary,
  Session,
  SetAsideEntry,
  Tag,
  Theme,
} from './model.ts';
import type { AccessibilityAudit } from './accessibility-audit.ts';

/** Dimensions an item can be counted along. `theme` is multi-label: an item counts in each of its themes. */
export type Dimension = 'tag' | 'theme' | 'region' | 'department' | 'profile' | 'format' | 'session';

/** One cell of a cross-count: the values of the dimensions, and what falls in it. */
export interface CountRow {
  /** Values in the order of the dimensions asked (`''` when the item has none, e.g. no region). */
  keys: string[];
  /** Number of items. */
  items: number;
  /** Sum of the items' weights (dot-votes). */
  weight: number;
}

/** The cross-counts published with the Synthesis (all computed by the same `countBy`). */
export interface Counts {
  total: { items: number; weight: number };
  byTag: CountRow[];
  byTheme: CountRow[];
  byRegion: CountRow[];
  byThemeTag: CountRow[];
  byRegionTheme: CountRow[];
  byRegionTag: CountRow[];
  byDepartment: CountRow[];
  byProfile: CountRow[];
  byFormat: CountRow[];
}

/** How much one region talks about a theme (for a given tag). */
export interface RegionShare {
  region: string;
  /** Items of the region with this theme and tag. */
  mentions: number;
  /** Items of the region with this tag. */
  items: number;
}

/** Group-aware consensus of one theme across regions. */
export interface ThemeConvergence {
  theme: string;
  tag: Tag;
  /** Geometric mean over regions of (mentions + 1) / (items + 2): 0–1, high when every region speaks of it. */
  consensus: number;
  /** Regions where the theme is mentioned at least once. */
  regionsMentioning: number;
  /** Regions counted (those with at least the minimum number of items). */
  regionsCounted: number;
  perRegion: RegionShare[];
}

/** How close one region's needs are to the national picture. */
export interface RegionSimilarity {
  region: string;
  /** Needs items of the region, `autres` included (what the consensus counts). */
  needs: number;
  /** Needs items of the region with a theme other than `autres`: the only ones with a theme profile to compare. */
  items: number;
  /**
   * 1 − Jensen–Shannon divergence (bits) between the region's and the national theme distribution; null
   * when `items` < `minItemsPerRegion`, or fewer than `minRegions` regions reach it (`overall` is then null).
   */
  similarity: number | null;
  /**
   * The similarity same-size samples drawn at random from the compared regions' themed needs have on
   * average (chance-similarity.ts): a small region is far from 1 by chance alone. Null with `similarity`.
   */
  chance: number | null;
  /** True when `similarity` is below the 5th percentile of those samples: the region departs beyond chance. */
  beyondChance: boolean | null;
}

export interface Convergence {
  /** Minimum items of a tag a region needs to be counted. */
  minItemsPerRegion: number;
  /** Minimum counted regions for any claim (consensus, overall). */
  minRegions: number;
  /** Per theme, for `needs` then `broken`, highest consensus first; none for a tag with fewer than `minRegions` counted regions. */
  themes: ThemeConvergence[];
  /** 0–1: how alike the regions' needs are (mean of the non-null `regions[].similarity`); null below the minimums. */
  overall: number | null;
  /** The mean of the non-null `regions[].chance`: what `overall` would be if every region were a random sample of the network. */
  overallChance: number | null;
  /** Every region with at least one needs item, sorted by code; those with too few themed needs have a null similarity. */
  regions: RegionSimilarity[];
}

/** A theme over-represented in one region compared with the national picture. */
export interface DistinctiveTheme {
  region: string;
  theme: string;
  /** Items of the region with this theme. */
  count: number;
  /** Log-odds ratio with an informative prior. */
  logOdds: number;
  /** log-odds divided by its standard deviation. */
  zScore: number;
}

/** A strong idea: near-identical statements grouped across workshops and regions. */
export interface StrongIdea {
  id: string;
  tag: Tag;
  /**
   * Item id of the quote shown for the idea: the first member with its most repeated wording (same words
   * up to case, accents and punctuation), the most typical member when no wording repeats more.
   */
  representative: string;
  /** Text of the quote shown for the idea (the `representative` item's). */
  label: string;
  /** Member item ids, sorted. */
  members: string[];
  /** Regions of the members, sorted. */
  regions: string[];
  /** Sum of the members' weights. */
  weight: number;
  themes: string[];
  /** Members noted in workshops (`members` = `fromWorkshops` + `fromSurveys`). */
  fromWorkshops: number;
  /** Members answered in surveys. */
  fromSurveys: number;
  /** Distinct workshops the members come from. */
  workshops: number;
  /** Distinct surveys the members come from (one survey is one questionnaire, however many answered it). */
  surveys: number;
}

/** A term frequent among items themed `autres`: a suggestion for the taxonomy. */
export interface EmergingTerm {
  term: string;
  count: number;
  score: number;
}

export interface Synthesis {
  schemaVersion: 1;
  title: string;
  /** The home page's opening paragraph (`description` of consultation.yml), or null. */
  description: string | null;
  /** Where readers report an accessibility problem (`contact_accessibilite` of consultation.yml), or null. */
  accessibilityContact: string | null;
  /** The site's last RGAA audit (`audit_accessibilite` of consultation.yml), or null: the statement then says « non conforme ». */
  accessibilityAudit: AccessibilityAudit | null;
  /** The published site's address (`adresse_du_site` of consultation.yml), printed in the PDF; absent or null: none. */
  siteAddress?: string | null;
  regions: Region[];
  departments: Department[];
  /** The taxonomy, plus `autres`. */
  themes: Theme[];
  sessions: Session[];
  /** Published items, sorted by id. */
  items: FeedbackItem[];
  scales: ScaleSummary[];
  counts: Counts;
  /** Share of items with at least one theme other than `autres` (0–1). */
  themedShare: number;
  convergence: Convergence;
  distinctive: DistinctiveTheme[];
  /** The strongest ideas: the first MAX_IDEAS, and those tied with the last (analysis/ideas/cut.ts). */
  ideas: StrongIdea[];
  /** How many ideas the rule finds, published in `ideas` or not: the site says « les 100 premières sur 340 ». */
  ideasFound: number;
  emerging: EmergingTerm[];
  reconciliation: Reconciliation;
  /**
   * Each entry the bilan counts as set aside (per file and reason, as many as its counts), masked and
   * cut, sorted by file, line, column: the « Écartés » sheet and `ecartes.csv`.
   */
  setAside: SetAsideEntry[];
  /** Every diagnostic, sorted by file, line, column, code. */
  diagnostics: Diagnostic[];
}
