/**
 * Identical answers: the same words up to case, accents and punctuation, to the same question (the one
 * shown beside them), with the same facets (tag, region, profile, format, weight, themes). The search and the verbatim explorer show them once with
 * their number (`build/repeats.ts`), the exports give that number on every row: one definition, so
 * « 89 réponses identiques » is the same number on the site and in the spreadsheet.
 */
import type { FeedbackItem } from '../pipeline/model.ts';
import { indexTerms } from './french.ts';
import { verbatimQuestion } from '../site/verbatim-question.ts';

/**
 * What is compared as « the same answer »: the text, after the question shown beside it when there is
 * one. A bare « Non » to « Faut-il fusionner les régions ? » and to « Faut-il un RIC ? » are two answers,
 * each shown with its own question: grouped, the second would be read under the first's question.
 */
export function answerText(item: Pick<FeedbackItem, 'question' | 'tag' | 'text'>): string {
  const question = verbatimQuestion(item, 'survey');
  return question === null ? item.text : `${question.text}\n${item.text}`;
}

/**
 * The words of a text (runs of letters and digits) folded (lower case, accents removed), joined by
 * single spaces: the first half of « the same answer ». One pass over the characters, runs of a–z and
 * digits copied whole: this runs on every item of the site and of the exports (a million at most),
 * where `toLowerCase`, a Unicode `replace` and `normalize` took ~5 µs per answer.
 */
export function foldedWords(text: string): string {
  let folded = '';
  let run = -1; // start of a run of characters copied as they are
  let space = false; // a separator since the last word
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? KEEP : kinds[code] || classify(code);
    if (kind === KEEP && run >= 0) continue;
    if (run >= 0) {
      folded += text.slice(run, i);
      run = -1;
    }
    if (kind === SEPARATOR) {
      space = folded !== '';
      continue;
    }
    if (kind === ASTRAL) return foldedWordsSlowly(text);
    if (space) folded += ' ';
    space = false;
    if (kind === KEEP) run = i;
    else folded += folds.get(code) as string;
  }
  return run >= 0 ? folded + text.slice(run) : folded;
}

/** What each UTF-16 code unit is to `foldedWords`, found on first sight (0: not yet). */
const KEEP = 1;
const FOLD = 2;
const SEPARATOR = 3;
/** Half of a character beyond the first 65,536: the whole text takes the general path. */
const ASTRAL = 4;
const kinds = new Uint8Array(0x10000);
const folds = new Map<number, string>();
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARKS = /\p{M}/gu;

function classify(code: number): number {
  const char = String.fromCharCode(code);
  let kind = SEPARATOR;
  if (code >= 0xd800 && code <= 0xdfff) kind = ASTRAL;
  else if (LETTER_OR_DIGIT.test(char)) {
    kind = FOLD;
    folds.set(code, foldWord(char));
  }
  kinds[code] = kind;
  return kind;
}

function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(MARKS, '');
}

/** The same, for a text with characters beyond the first 65,536 (emoji, rare scripts). */
function foldedWordsSlowly(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord).join(' ');
}

/**
 * `entries` grouped by same answer, each group and the groups in order of first appearance. Two texts
 * are the same answer when their words fold alike (case, accents) and they have the same index terms
 * (which could differ for words that fold alike, « là » and « la »: same terms keeps repeats on the
 * same score, hence together in any ranking). The terms, costly, are read only for texts whose folded
 * words meet another's: most answers are unique.
 */
export function groupSameAnswers<T>(entries: readonly T[], textOf: (entry: T) => string): T[][] {
  // Entries with the same folded words chained from the first (`next`), without an array per text.
  const first = new Map<string, number>();
  const next = new Int32Array(entries.length).fill(-1);
  const last = new Int32Array(entries.length);
  const heads: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const key = foldedWords(textOf(entries[i] as T));
    const head = first.get(key);
    if (head === undefined) {
      first.set(key, i);
      last[i] = i;
      heads.push(i);
    } else {
      next[last[head] as number] = i;
      last[head] = i;
    }
  }
  const groups: T[][] = [];
  let split = false;
  for (const head of heads) {
    if (next[head] === -1) {
      groups.push([entries[head] as T]);
      continue;
    }
    const byTerms = new Map<string, T[]>();
    for (let i = head; i !== -1; i = next[i] as number) {
      const key = indexTerms(textOf(entries[i] as T)).join(' ');
      const group = byTerms.get(key);
      if (group) group.push(entries[i] as T);
      else byTerms.set(key, [entries[i] as T]);
    }
    split ||= byTerms.size > 1;
    groups.push(...byTerms.values());
  }
  // Rare splits by terms (« là », « la ») would otherwise come out of order.
  if (split) {
    const position = new Map(entries.map((entry, i) => [entry, i]));
    groups.sort((a, b) => (position.get(a[0] as T) as number) - (position.get(b[0] as T) as number));
  }
  return groups;
}

/** The facets two identical answers share (themes in any order). */
function sameFacetsKey(item: FeedbackItem): string {
  const themes = item.themes.length <= 1 ? item.themes : [...new Set(item.themes)].sort();
  return [item.tag, item.region ?? '', item.profile ?? '', item.format, item.weight, themes.join(',')].join('\u0000');
}

export interface IdenticalAnswers {
  /** Per item: how many items give the same answer, itself included (1: a unique answer). */
  count: Uint32Array;
  /** Per item: the index of the first of them (itself when it is the first), in source order as on the site. */
  first: Uint32Array;
}

/**
 * Identical answers among `items` (any order). One facet group at a time, as `groupRepeats` does:
 * only that group's answer keys are held in memory (a million items have ~700,000 distinct answers).
 */
export function identicalAnswers(items: readonly FeedbackItem[]): IdenticalAnswers {
  const count = new Uint32Array(items.length);
  const first = new Uint32Array(items.length);
  const byFacets = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const key = sameFacetsKey(items[i] as FeedbackItem);
    const group = byFacets.get(key);
    if (group) group.push(i);
    else byFacets.set(key, [i]);
  }
  for (const group of byFacets.values()) {
    for (const same of groupSameAnswers(group, (i) => answerText(items[i] as FeedbackItem))) {
      let head = same[0] as number;
      for (const i of same) if (compareSource(items[i] as FeedbackItem, items[head] as FeedbackItem) < 0) head = i;
      for (const i of same) {
        count[i] = same.length;
        first[i] = head;
      }
    }
  }
  return { count, first };
}

/** Source order, as the site lists the items of one facet group (session, line, column, id). */
export function compareSource(a: FeedbackItem, b: FeedbackItem): number {
  return (
    compareStrings(a.sessionId, b.sessionId) ||
    a.source.line - b.source.line ||
    a.source.column - b.source.column ||
    compareStrings(a.id, b.id)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
