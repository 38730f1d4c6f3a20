/**
 * A workshop note read part by part: headings swapped (« Points forts » above the needs, « Besoins
 * et attentes » above the praise) or one deleted (its items then sit at the end of the part above)
 * change the tag of a whole run of items, which the item-by-item check (section-check.ts) mostly
 * misses: a need written as a noun phrase (« Un écran d’accueil… ») holds no cue it could be sure of.
 *
 * One item says little; a run of them says a lot. Each item's text, read on its own, falls in one
 * of four readings (praise, complaint, need, nothing clear), and how often each tag's items give
 * each reading was counted on the demo consultation's 351 note items (READING_ODDS). A part is then
 * doubted when its readings are far likelier under another tag than under its heading's: the log
 * odds ratio, summed over its items, reaches DOUBT_ODDS. Two parts that each read as the other are
 * swapped headings; the last items of a part reading as the tag the note lacks are a deleted heading.
 * On the demo, the largest such sum for the notes as written is far below the threshold, and every
 * swap or deletion of a heading in them is found (tests/tag/part-check.test.ts).
 */
import { TAG_LABELS, TAGS, type Tag } from '../model.ts';
import { tagText } from './tag-text.ts';
import { headingTag } from '../ingest/notes/sections.ts';

export type Reading = Tag | 'unclear';

/** A run of consecutive items of a note under headings of the same tag. */
export interface Part {
  tag: Tag;
  /** The heading that gives the tag, as written (« Points forts »), or null when only subheadings are known. */
  heading: string | null;
  items: readonly PartItem[];
}

export interface PartItem {
  id: string;
  text: string;
  line: number;
  /** The heading right above the item. */
  question: string | null;
}

/** Headings of two parts swapped: `first` reads as `second`'s tag and the other way round. */
export interface SwappedParts {
  kind: 'swapped';
  first: Part;
  second: Part;
}

/** A tag the note has no part for, whose items read as the last `items` of `part`. */
export interface MissingPart {
  kind: 'missing';
  tag: Tag;
  part: Part;
  items: readonly PartItem[];
}

export type PartFinding = SwappedParts | MissingPart;

/**
 * How often an item of each tag reads each way, from the demo's notes (77 praise, 134 complaints, 140
 * needs), rounded; a reading never seen for a tag gets 0.03, so that one odd item cannot decide.
 */
const READING_ODDS: Readonly<Record<Tag, Readonly<Record<Reading, number>>>> = {
  working: { working: 0.39, broken: 0.03, needs: 0.03, unclear: 0.55 },
  broken: { working: 0.03, broken: 0.5, needs: 0.03, unclear: 0.44 },
  needs: { working: 0.12, broken: 0.07, needs: 0.72, unclear: 0.09 },
};

/** The log odds a part's readings must reach for another tag (e^8 ≈ 3 000 to 1). */
export const DOUBT_ODDS = 6;
/** Fewer items than this in a part say too little, whatever they read as. */
export const MIN_PART = 3;
/** The confidence from which the tagger's reading counts: below, it has found no clear cue. */
const CLEAR = 0.5;
/**
 * A need written without a verb that would carry a cue: « Un écran d’accueil… », « Des rappels… »,
 * « Plus de temps… », « Que les infos… » (a wish). The tagger finds nothing in them; a run of them is a list of needs.
 */
const NEED_SHAPE = /^(?:une?|des|davantage|(?:plus|moins) d(?:e|’|')|qu(?:e|’|'))(?:\s|$)|^(?:plus|moins) d[’']/iu;

/** What an item's text reads as on its own. */
export function itemReading(text: string): Reading {
  const reading = tagText(text, null);
  if (!reading.none && reading.confidence >= CLEAR && reading.tags.length === 1) return reading.tags[0] as Tag;
  if (!reading.none && reading.confidence < CLEAR && NEED_SHAPE.test(text.trim())) return 'needs';
  return 'unclear';
}

/** How much likelier `readings` are if their items are `other`'s than `tag`'s (natural log). */
export function logOdds(readings: readonly Reading[], tag: Tag, other: Tag): number {
  return readings.reduce((sum, reading) => sum + Math.log(READING_ODDS[other][reading] / READING_ODDS[tag][reading]), 0);
}

/** The runs of one note's items, in line order, each under one tag. */
export function partsOf(items: readonly (PartItem & { tag: Tag })[]): Part[] {
  const parts: Array<{ tag: Tag; items: PartItem[] }> = [];
  for (const item of [...items].sort((a, b) => a.line - b.line)) {
    const last = parts.at(-1);
    if (last && last.tag === item.tag) last.items.push(item);
    else parts.push({ tag: item.tag, items: [item] });
  }
  return parts.map((part) => ({ ...part, heading: part.items.map((i) => i.question).find((q) => q !== null && headingTag(q) === part.tag) ?? null }));
}

/** Swapped and missing parts of one note; `read` gives each item's reading (itemReading, cached by the caller). */
export function partFindings(parts: readonly Part[], read: (item: PartItem) => Reading): PartFinding[] {
  const readings = new Map(parts.map((part) => [part, part.items.map(read)]));
  const findings: PartFinding[] = [];
  const taken = new Set<Part>();
  const big = parts.filter((part) => part.items.length >= MIN_PART);
  // Swaps first, the surest pair first: each part belongs to at most one finding.
  const pairs: Array<{ first: Part; second: Part; odds: number }> = [];
  for (const [i, first] of big.entries())
    for (const second of big.slice(i + 1)) {
      if (first.tag === second.tag) continue;
      const there = logOdds(readings.get(first) ?? [], first.tag, second.tag);
      const back = logOdds(readings.get(second) ?? [], second.tag, first.tag);
      // Each part must read as the other: one reading so alone is a misplaced run, not a swap.
      if (there > 0 && back > 0 && there + back >= DOUBT_ODDS) pairs.push({ first, second, odds: there + back });
    }
  for (const { first, second } of pairs.sort((a, b) => b.odds - a.odds)) {
    if (taken.has(first) || taken.has(second)) continue;
    taken.add(first).add(second);
    findings.push({ kind: 'swapped', first, second });
  }
  for (const tag of TAGS) {
    if (parts.some((part) => part.tag === tag)) continue;
    const best = bestTail(big.filter((part) => !taken.has(part)), tag, readings);
    if (best) findings.push({ kind: 'missing', tag, part: best.part, items: best.part.items.slice(best.from) });
  }
  return findings;
}

/** The last items of a part likeliest to be `tag`'s, when they are surely so (at least MIN_PART of them). */
function bestTail(parts: readonly Part[], tag: Tag, readings: ReadonlyMap<Part, readonly Reading[]>): { part: Part; from: number; odds: number } | null {
  let best: { part: Part; from: number; odds: number } | null = null;
  for (const part of parts) {
    const read = readings.get(part) ?? [];
    let odds = 0;
    for (let from = read.length - 1; from >= 0; from--) {
      odds += logOdds([read[from] as Reading], part.tag, tag);
      if (read.length - from >= MIN_PART && odds >= DOUBT_ODDS && (best === null || odds > best.odds)) best = { part, from, odds };
    }
  }
  return best;
}

/** « « Points forts » » or, with no heading of the tag known, the tag's name. */
export function partName(part: Part): string {
  return `« ${part.heading ?? TAG_LABELS[part.tag]} »`;
}
