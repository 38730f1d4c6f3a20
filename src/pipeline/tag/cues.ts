/**
 * The lexicon compiled once into phrase maps keyed by first word, so that reading a statement costs
 * one map look-up per word (never one regular expression per lexicon entry).
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

interface Phrase {
  forms: string[];
  cue: Cue;
}

/** First word (without plural) → phrases starting with it, longest first. */
export type PhraseMap = Map<string, Phrase[]>;

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
  const forms = tokens.map(dropPlural);
  const negatable = tokens.length === 1 || !tokens.some((t) => NEGATOR_WORDS.has(t));
  const phrase: Phrase = { forms, cue: { kind, weight, length: tokens.length, negatable } };
  const key = forms[0] as string;
  const list = map.get(key) ?? [];
  // A later entry with the same words replaces an earlier one (last definition wins).
  const same = list.findIndex((p) => p.forms.join(' ') === forms.join(' '));
  if (same >= 0) list[same] = phrase;
  else list.push(phrase);
  list.sort((a, b) => b.forms.length - a.forms.length);
  map.set(key, list);
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
  addEntries(anywhere, lexicon.REFUSAL, 'refusal');
  addEntries(anywhere, lexicon.NEUTRAL, 'neutral', 0);

  addEntries(atStart, lexicon.CHANGE, 'change', 1);
  addEntries(atStart, lexicon.CUT, 'cut', 1);
  addEntries(atStart, lexicon.INFINITIVES, 'infinitive', 1.2);
  addEntries(atStart, lexicon.INFINITIVES_AT_START, 'genericInfinitive', 1.2);
  addEntries(atStart, lexicon.START_REQUEST, 'request', 1.2);
  addEntries(atStart, lexicon.START_MORE, 'more', 1.2);
  addEntries(atStart, lexicon.START_COMPLAINT, 'complaint');
  return { anywhere, atStart };
}

let compiled: CueIndex | null = null;

/** The compiled lexicon (built on first use, then shared). */
export function cueIndex(): CueIndex {
  compiled ??= compile();
  return compiled;
}

/** The longest cue of `map` starting at token `i`, or null. `forms` are the tokens without plural. */
export function matchAt(map: PhraseMap, forms: readonly string[], i: number): Cue | null {
  const candidates = map.get(forms[i] as string);
  if (!candidates) return null;
  for (const phrase of candidates) {
    if (i + phrase.forms.length > forms.length) continue;
    let ok = true;
    for (let k = 1; k < phrase.forms.length; k++) {
      if (forms[i + k] !== phrase.forms[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return phrase.cue;
  }
  return null;
}
