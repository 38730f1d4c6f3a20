/**
 * Idées fortes: statements saying nearly the same thing, grouped across workshops and regions
 * (see cluster.ts), kept when they span at least two regions or two sessions, and ranked by number
 * of regions, then total weight (dot-votes), then size, then the id of the first member. Praise is
 * grouped apart from complaints and needs, which often state the same problem from both sides
 * (« la double saisie » / « supprimer la double saisie ») and are grouped together; an idea's tag is
 * its members' majority.
 */
import type { FeedbackItem, Tag } from '../../model.ts';
import { TAGS } from '../../model.ts';
import type { StrongIdea } from '../../synthesis-model.ts';
import { hashText } from '../../ids.ts';
import { buildShingles } from './shingles.ts';
import { RepresentativePicker } from './representative.ts';
import { tokenizeCorpus, type Corpus } from '../corpus.ts';
import { clusterStatements, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './cluster.ts';
import { mapInto } from '../../typed-from.ts';

export type IdeaItem = Pick<FeedbackItem, 'id' | 'text' | 'tag' | 'themes' | 'region' | 'sessionId' | 'weight'>;

/** The Synthesis keeps the strongest ideas only; the rest would be noise at national scale. */
export const MAX_IDEAS = 100;

const OTHER = 'autres';

/** `corpus`, when given, must be the tokenised texts of `items` in the same order (see analyse). */
export function strongIdeas(
  items: readonly IdeaItem[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  maxIdeas = MAX_IDEAS,
  corpus?: Corpus,
): StrongIdea[] {
  if (!canSpanTwo(items)) return [];
  // Id order makes the result independent of the input order (buckets keep their earliest members).
  const inOrder = isSortedById(items);
  const sorted = inOrder ? items : [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const store = buildShingles(inOrder && corpus ? corpus : tokenizeCorpus(sorted.map((item) => item.text)));
  const channels = mapInto(new Uint8Array(sorted.length), sorted, (item) => (item.tag === 'working' ? 0 : 1));

  // Rank every group on cheap figures first; the quote, themes and id are worked out for the kept ones only.
  const ranked: Array<{ group: number[]; regions: string[]; weight: number }> = [];
  const regionSet = new Set<string>();
  for (const group of clusterStatements(store, channels, options)) {
    regionSet.clear();
    let weight = 0;
    let manySessions = false;
    const firstSession = (sorted[group[0] as number] as IdeaItem).sessionId;
    for (const index of group) {
      const member = sorted[index] as IdeaItem;
      if (member.region !== null) regionSet.add(member.region);
      if (member.sessionId !== firstSession) manySessions = true;
      weight += member.weight;
    }
    if (regionSet.size < 2 && !manySessions) continue;
    ranked.push({ group, regions: [...regionSet].sort(), weight });
  }
  // Ties fall to the group whose first member (in id order) comes first: deterministic.
  ranked.sort(
    (a, b) =>
      b.regions.length - a.regions.length || b.weight - a.weight || b.group.length - a.group.length || (a.group[0] as number) - (b.group[0] as number),
  );

  const picker = new RepresentativePicker(store);
  return ranked.slice(0, maxIdeas).map(({ group, regions, weight }): StrongIdea => {
    const members = group.map((index) => sorted[index] as IdeaItem);
    const tag = majorityTag(members);
    const representative = members[picker.of(group, (s) => (sorted[s] as IdeaItem).tag === tag)] as IdeaItem;
    const memberIds = members.map((m) => m.id); // already in id order
    return {
      // Same value as stableId('idee', ...memberIds), without spreading a huge group into arguments.
      id: hashText(`idee\u0000${memberIds.join('\u0000')}`),
      tag,
      representative: representative.id,
      label: representative.text,
      members: memberIds,
      regions,
      weight,
      themes: majorityThemes(members),
    };
  });
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

/** Most frequent tag; ties go to the first in TAGS order. */
function majorityTag(members: readonly IdeaItem[]): Tag {
  const counts = new Map<Tag, number>();
  for (const m of members) counts.set(m.tag, (counts.get(m.tag) ?? 0) + 1);
  let best: Tag = members[0]?.tag ?? 'needs';
  for (const tag of TAGS) if ((counts.get(tag) ?? 0) > (counts.get(best) ?? 0)) best = tag;
  return best;
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
