/**
 * The lexicon compiled once into a tree of phrases keyed word by word, so that reading a statement
 * costs one look-up per word (never one regular expression per lexicon entry, nor a scan of every
 * phrase sharing a first word: "ne" and "pas" start some sixty phrases each). Entries match
 * without their plural ("problèmes" reads as "problème"); the tree is keyed by the tokens
 * themselves, each form under every token that stands for it, so reading needs no plural-stripped
 * copy of the statement. The first words are looked up through words.ts, with the word lists.
 */
import * as lexicon from './lexicon.ts';
import { NEGATORS } from './grammar.ts';
import { adjectiveForms, imperativeForms, verbForms } from './inflect.ts';
import { dropPlural, tokenize } from './tokens.ts';

export type CueKind =
  | 'praise'
  | 'complaint'
  | 'request'
  | 'infinitive'
  | 'genericInfinitive'
  | 'lack'
  | 'absence'
  | 'change'
  | 'cut'
  | 'more'
  | 'nonAnswer'
  | 'reference'
  | 'refusal'
  | 'neutral';

export interface Cue {
  kind: CueKind;
  weight: number;
  /** Number of tokens the cue covers. */
  length: number;
  /** Whether a negation in scope flips it (false for phrases that hold their own negator). */
  negatable: boolean;
}

/** A word of a phrase: the cue of the phrase ending here, and the words that may follow. */
export interface PhraseNode {
  cue: Cue | null;
  next: PhraseMap | null;
}

/** Word → the phrases going on with it (keyed by form while compiling, by token once compiled). */
export type PhraseMap = Map<string, PhraseNode>;

export interface CueIndex {
  /** Cues read anywhere in a statement. */
  anywhere: PhraseMap;
  /** Cues read only at the start of a statement (proposals: infinitives, "Plus de…"). */
  atStart: PhraseMap;
}

const NEGATOR_WORDS = new Set([...NEGATORS.keys(), 'ne']);

function add(map: PhraseMap, text: string, kind: CueKind, weight: number): void {
  const tokens = tokenize(text);
  const first = tokens[0];
  if (first === undefined) return;
  const negatable = tokens.length === 1 || !tokens.some((t) => NEGATOR_WORDS.has(t));
  let node: PhraseNode | null = null;
  for (const form of tokens.map(dropPlural)) {
    const level: PhraseMap = node === null ? map : (node.next ??= new Map());
    node = level.get(form) ?? { cue: null, next: null };
    level.set(form, node);
  }
  // A later entry with the same words replaces an earlier one (last definition wins).
  if (node !== null) node.cue = { kind, weight, length: tokens.length, negatable };
}

/** Expands the `adj:`, `verb:` and `@weight` notation of lexicon.ts. */
function addEntries(map: PhraseMap, entries: readonly string[], kind: CueKind, defaultWeight = 1): void {
  for (const entry of entries) {
    const at = entry.lastIndexOf('@');
    const weight = at > 0 ? Number(entry.slice(at + 1)) : defaultWeight;
    const body = at > 0 ? entry.slice(0, at) : entry;
    if (body.startsWith('adj:')) {
      // A folded "é" looks like a mute "e": compliqué needs compliquée, compliqués too.
      const inflect = body.endsWith('é') ? (w: string) => [w, w + 'e', w + 's', w + 'es'] : adjectiveForms;
      for (const form of expand(body.slice(4), inflect)) add(map, form, kind, weight);
    } else if (body.startsWith('verb:')) {
      for (const form of expand(body.slice(5), verbForms)) add(map, form, kind, weight);
    } else {
      add(map, body, kind, weight);
    }
  }
}

/** Applies an inflection to the last word of a folded entry. */
function expand(text: string, inflect: (word: string) => string[]): string[] {
  const words = tokenize(text);
  const last = words.pop();
  if (last === undefined) return [];
  return inflect(last).map((form) => [...words, form].join(' '));
}

function compile(): CueIndex {
  const anywhere: PhraseMap = new Map();
  const atStart: PhraseMap = new Map();
  addEntries(anywhere, lexicon.ABSENCE, 'absence');
  addEntries(anywhere, lexicon.CHANGE, 'change', 0.5);
  addEntries(anywhere, lexicon.CUT, 'cut', 0.5);
  addEntries(anywhere, lexicon.PRAISE, 'praise');
  addEntries(anywhere, lexicon.COMPLAINT, 'complaint');
  addEntries(anywhere, lexicon.LACK, 'lack');
  addEntries(anywhere, lexicon.INFINITIVES, 'request', 0.5);
  addEntries(anywhere, lexicon.REQUEST, 'request');
  // "il serait bien", "ce serait utile": the subject would otherwise hide "serait bien" behind "il serait".
  const conditional = lexicon.REQUEST.filter((entry) => entry.startsWith('serait '));
  addEntries(anywhere, conditional.flatMap((entry) => [`il ${entry}`, `ce ${entry}`]), 'request');
  for (const verb of lexicon.INFINITIVES) {
    for (const form of expand(verb, imperativeForms)) add(anywhere, form, 'request', 1);
  }
  addEntries(anywhere, lexicon.NON_ANSWER, 'nonAnswer');
  addEntries(anywhere, lexicon.REFERENCE, 'reference');
  addEntries(anywhere, lexicon.REFUSAL, 'refusal');
  addEntries(anywhere, lexicon.NEUTRAL, 'neutral', 0);

  addEntries(atStart, lexicon.CHANGE, 'change', 1);
  addEntries(atStart, lexicon.CUT, 'cut', 1);
  addEntries(atStart, lexicon.INFINITIVES, 'infinitive', 1.2);
  addEntries(atStart, lexicon.INFINITIVES_AT_START, 'genericInfinitive', 1.2);
  addEntries(atStart, lexicon.START_REQUEST, 'request', 1.2);
  addEntries(atStart, lexicon.START_MORE, 'more', 1.2);
  addEntries(atStart, lexicon.START_COMPLAINT, 'complaint');
  return { anywhere: byToken(anywhere), atStart: byToken(atStart) };
}

/** The tree keyed by tokens: each form under itself and its plurals ("probleme", "problemes"). */
function byToken(map: PhraseMap): PhraseMap {
  const tokens: PhraseMap = new Map();
  for (const [form, node] of map) {
    const keyed: PhraseNode = { cue: node.cue, next: node.next && byToken(node.next) };
    for (const token of tokensOf(form)) tokens.set(token, keyed);
  }
  return tokens;
}

/** The tokens a form stands for: itself, and its plurals in s and x. */
function tokensOf(form: string): string[] {
  return [form, `${form}s`, `${form}x`].filter((token) => dropPlural(token) === form);
}

let compiled: CueIndex | null = null;

/** The compiled lexicon (built on first use, then shared). */
export function cueIndex(): CueIndex {
  compiled ??= compile();
  return compiled;
}

/** The tokens that go on some phrase of `maps` (a second, third… word): the others end every phrase. */
export function followingTokens(...maps: PhraseMap[]): string[] {
  const tokens = new Set<string>();
  const visit = (map: PhraseMap, depth: number) => {
    for (const [token, node] of map) {
      if (depth > 0) tokens.add(token);
      if (node.next) visit(node.next, depth + 1);
    }
  };
  for (const map of maps) visit(map, 0);
  return [...tokens];
}

/**
 * The longest cue starting at token `i`, whose word starts the phrases of `first` (null: none), or
 * null. A token whose classes lack `follower` goes on no phrase at all: no need to look it up.
 */
export function matchAt(first: PhraseNode | null, tokens: readonly string[], i: number, classes: readonly number[], follower: number): Cue | null {
  let best: Cue | null = null;
  let node: PhraseNode | null | undefined = first;
  for (let k = i + 1; node; k++) {
    if (node.cue !== null) best = node.cue;
    if (node.next === null || k >= tokens.length || !((classes[k] as number) & follower)) break;
    node = node.next.get(tokens[k] as string);
  }
  return best;
}
