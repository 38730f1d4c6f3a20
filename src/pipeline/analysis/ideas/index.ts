/**
 * Idées fortes: statements saying nearly the same thing, grouped across workshops and regions
 * (see cluster.ts), a group saying all that a shorter quote says then joined to it (see merge.ts),
 * one tag per idea (praise, complaints and needs apart: an idea is published under
 * one tag, and « Pas de rappel SMS » counted under « Des rappels par SMS » made the need look bigger),
 * each member saying what the idea's quote says (see `covers` in shingles.ts), kept when they span
 * at least two regions or two sessions, and ranked by number of regions, then total weight
 * (dot-votes), then size, then the id of the first member.
 */
import type { FeedbackItem } from '../../model.ts';
import { TAGS } from '../../model.ts';
import type { StrongIdea } from '../../synthesis-model.ts';
import { hashText } from '../../ids.ts';
import { buildShingles, covers } from './shingles.ts';
import { RepresentativePicker } from './representative.ts';
import { mergeContained, type IdeaGroup } from './merge.ts';
import { publishedCount } from './cut.ts';
import { Negations } from './negation.ts';
import { tokenizeCorpus, type Corpus } from '../corpus.ts';
import { clusterStatements, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './cluster.ts';
import { mapInto } from '../../typed-from.ts';
import { foldedWords } from '../../../search/same-answer.ts';

export type IdeaItem = Pick<FeedbackItem, 'id' | 'text' | 'tag' | 'themes' | 'region' | 'sessionId' | 'weight' | 'format'>;

/** The Synthesis keeps the strongest ideas only (and those tied with the last: cut.ts); the rest would be noise at national scale. */
export const MAX_IDEAS = 100;

const OTHER = 'autres';

/** `corpus`, when given, must be the tokenised texts of `items` in the same order (see analyse). */
export function strongIdeas(
  items: readonly IdeaItem[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  maxIdeas = MAX_IDEAS,
  corpus?: Corpus,
  /** Set to how many ideas the rule finds, published or not (`Synthesis.ideasFound`). */
  found: { count: number } = { count: 0 },
): StrongIdea[] {
  found.count = 0;
  if (!canSpanTwo(items)) return [];
  // Id order makes the result independent of the input order (buckets keep their earliest members).
  const inOrder = isSortedById(items);
  const sorted = inOrder ? items : [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const store = buildShingles(inOrder && corpus ? corpus : tokenizeCorpus(sorted.map((item) => item.text)));
  // One channel per tag: an idea is published under one tag, so it holds statements of that tag only.
  const channels = mapInto(new Uint8Array(sorted.length), sorted, (item) => TAGS.indexOf(item.tag));

  // Each group is cut down to the members that say what its quote says (see `covers` in shingles.ts),
  // every group and not only those spanning two (one of a single session can still join another);
  // groups most of whose members say all that a shorter quote says join its group (merge.ts); then
  // they are ranked on cheap figures, the themes and id worked out for the kept ones only.
  const picker = new RepresentativePicker(store);
  const groups: IdeaGroup[] = [];
  for (const found of clusterStatements(store, channels, options)) {
    const representative = found[picker.of(found, () => true)] as number;
    const members = found.filter((s) => s === representative || covers(store, s, representative, options.quoteShare, options.minSharedStems));
    if (members.length >= 2) groups.push({ members, representative });
  }
  const ranked: Array<{ group: number[]; representative: number; regions: string[]; weight: number }> = [];
  const negations = new Negations(sorted.length, (s) => (sorted[s] as IdeaItem).text);
  for (const { members: group, representative } of mergeContained(store, channels, groups, options.minSharedStems, (s) => negations.of(s))) {
    if (group.length < 2 || !spansTwo(sorted, group)) continue;
    let weight = 0;
    const regionSet = new Set<string>();
    for (const index of group) {
      const member = sorted[index] as IdeaItem;
      if (member.region !== null) regionSet.add(member.region);
      weight += member.weight;
    }
    ranked.push({ group, representative, regions: [...regionSet].sort(), weight });
  }
  // Ties fall to the group whose first member (in id order) comes first: deterministic.
  ranked.sort(
    (a, b) =>
      b.regions.length - a.regions.length || b.weight - a.weight || b.group.length - a.group.length || (a.group[0] as number) - (b.group[0] as number),
  );

  found.count = ranked.length;
  return ranked.slice(0, publishedCount(ranked, maxIdeas)).map(({ group, representative, regions, weight }): StrongIdea => {
    const members = group.map((index) => sorted[index] as IdeaItem);
    const quote = sorted[shownQuote(sorted, group, representative, picker)] as IdeaItem;
    const memberIds = members.map((m) => m.id); // already in id order
    return {
      // Same value as stableId('idee', ...memberIds), without spreading a huge group into arguments.
      id: hashText(`idee\u0000${memberIds.join('\u0000')}`),
      tag: quote.tag, // every member has it: one channel per tag
      representative: quote.id,
      label: quote.text,
      members: memberIds,
      regions,
      weight,
      themes: majorityThemes(members),
      ...sources(members),
    };
  });
}

/**
 * The quote shown for an idea: its most repeated wording (the same words up to case, accents and
 * punctuation, as the site lists them), the most typical of them on a tie; the typical member
 * (`representative`, which every member was checked against) when its wording is repeated as often
 * as any. A 5-contribution wording led an idea where a 21-contribution one sat just below: the
 * reader takes the headline for what most said.
 */
function shownQuote(sorted: readonly IdeaItem[], group: readonly number[], representative: number, picker: RepresentativePicker): number {
  const wordings = group.map((s) => foldedWords((sorted[s] as IdeaItem).text));
  const counts = new Map<string, number>();
  let most = 0;
  for (const wording of wordings) {
    const count = (counts.get(wording) ?? 0) + 1;
    counts.set(wording, count);
    if (count > most) most = count;
  }
  if (counts.get(wordings[group.indexOf(representative)] as string) === most) return representative;
  const eligible = new Set(group.filter((_, at) => counts.get(wordings[at] as string) === most));
  return group[picker.of(group, (s) => eligible.has(s))] as number;
}

/** How many members come from workshops and from surveys, and from how many of each. */
function sources(members: readonly IdeaItem[]): Pick<StrongIdea, 'fromWorkshops' | 'fromSurveys' | 'workshops' | 'surveys'> {
  const workshops = new Set<string>();
  const surveys = new Set<string>();
  let fromSurveys = 0;
  for (const member of members) {
    // A survey's answers, and only they, have the format `enquete` (a note's format is how the workshop was held).
    if (member.format === 'enquete') {
      fromSurveys++;
      surveys.add(member.sessionId);
    } else workshops.add(member.sessionId);
  }
  return { fromWorkshops: members.length - fromSurveys, fromSurveys, workshops: workshops.size, surveys: surveys.size };
}

/**
 * Whether any group could be kept: an idea must span two regions or two sessions. A consultation
 * of a single survey without regions (a national questionnaire) has none, and grouping its answers
 * would be work thrown away: ~0.7 s on the 143,719 real answers.
 */
function canSpanTwo(items: readonly IdeaItem[]): boolean {
  const first = items[0];
  let region: string | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as IdeaItem;
    if (item.sessionId !== first?.sessionId) return true;
    if (item.region !== null) {
      if (region === null) region = item.region;
      else if (item.region !== region) return true;
    }
  }
  return false;
}

function isSortedById(items: readonly IdeaItem[]): boolean {
  for (let i = 1; i < items.length; i++) if ((items[i - 1] as IdeaItem).id > (items[i] as IdeaItem).id) return false;
  return true;
}

/** Whether the statements come from at least two regions or two sessions (the rule for an idea). */
function spansTwo(sorted: readonly IdeaItem[], group: readonly number[]): boolean {
  const first = sorted[group[0] as number] as IdeaItem;
  let region = first.region;
  for (let i = 1; i < group.length; i++) {
    const member = sorted[group[i] as number] as IdeaItem;
    if (member.sessionId !== first.sessionId) return true;
    if (member.region !== null) {
      if (region === null) region = member.region;
      else if (member.region !== region) return true;
    }
  }
  return false;
}

/**
 * Themes carried by at least half of the members (`autres` dropped when a real theme qualifies too);
 * when none reaches half, the most frequent one.
 */
function majorityThemes(members: readonly IdeaItem[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) {
    m.themes.forEach((theme, t) => {
      if (m.themes.indexOf(theme) === t) counts.set(theme, (counts.get(theme) ?? 0) + 1); // each distinct theme once
    });
  }
  const ranked = [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const half = ranked.filter(([, n]) => 2 * n >= members.length).map(([theme]) => theme);
  const real = half.filter((theme) => theme !== OTHER);
  if (real.length > 0) return real.sort();
  if (half.length > 0) return half;
  return ranked.slice(0, 1).map(([theme]) => theme);
}
