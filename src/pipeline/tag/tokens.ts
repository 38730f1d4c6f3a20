/**
 * Tokens of a French statement, as the tagger reads them: folded words (same folding as
 * `foldText`: lower case, accents removed, œ → oe), elisions expanded (`n'` → `ne`, `l'` → `le`),
 * and a clause boundary token `|` wherever punctuation separated two parts (negation never
 * reaches across a comma). One pass over the characters, each word cut out whole and copied only
 * when it needs folding: this runs on every answer of a national consultation.
 */
import { foldText } from '../text/fold.ts';

/** The boundary token between clauses. */
export const BOUNDARY = '|';

const ELISIONS: ReadonlyMap<string, string> = new Map([
  ['l', 'le'],
  ['d', 'de'],
  ['n', 'ne'],
  ['j', 'je'],
  ['qu', 'que'],
  ['c', 'ce'],
  ['s', 'se'],
  ['m', 'me'],
  ['t', 'te'],
  ['jusqu', 'jusque'],
  ['lorsqu', 'lorsque'],
  ['puisqu', 'puisque'],
  ['quoiqu', 'quoique'],
]);

// Punctuation that separates clauses inside one sentence (sentence ends are segment ends).
const CLAUSE_CHARS = new Set([...',:()[]{}«»"“”/=>+*…']);
const APOSTROPHES = new Set([...'\'’‘`´']);

// What each UTF-16 code unit is to the tokenizer, computed on first sight (a fixed 64 KiB table).
// Distinct bits: a word's scan ORs the classes of its characters to know how to fold it.
const UNKNOWN = 0;
/** a–z, 0–9: copied as is. */
const PLAIN = 1;
/** A–Z: lowered. */
const CAPITAL = 2;
/** Other letters (accented, ligatures): folded ("É" → "e", "œ" → "oe"). */
const FOLDED = 4;
/** A combining accent (decomposed text): part of the word, dropped. */
const MARK = 8;
const APOSTROPHE = 16;
const CLAUSE = 32;
const DASH = 64;
const SEPARATOR = 128;
const classes = new Uint8Array(0x10000);
const folds = new Map<number, string>();

function classOf(code: number): number {
  const known = classes[code] as number;
  return known === UNKNOWN ? classify(code) : known;
}

function classify(code: number): number {
  const char = String.fromCharCode(code);
  let kind = SEPARATOR;
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) kind = PLAIN;
  else if (code >= 0x300 && code <= 0x36f) kind = MARK;
  else if (APOSTROPHES.has(char)) kind = APOSTROPHE;
  else if (code >= 65 && code <= 90) kind = CAPITAL;
  else if (code > 127 && foldText(char) !== '') kind = FOLDED;
  else if (CLAUSE_CHARS.has(char)) kind = CLAUSE;
  else if (char === '-' || char === '–' || char === '—') kind = DASH;
  if (kind === FOLDED) folds.set(code, foldText(char));
  classes[code] = kind;
  return kind;
}

/** Folded tokens of a text (or of its characters [from, to), as if cut out), with `|` between clauses. */
export function tokenize(text: string, from = 0, to = text.length): string[] {
  const tokens: string[] = [];
  let clauseBreak = false;
  let i = from;
  while (i < to) {
    const kind = classOf(text.charCodeAt(i));
    if (kind === PLAIN || kind === CAPITAL || kind === FOLDED) {
      // A word runs on through letters, digits and combining accents.
      const start = i;
      let seen = kind; // the classes met, as bits: the word is copied, lowered or folded
      let after = SEPARATOR; // the class of the character that ends the word
      for (i++; i < to; i++) {
        const code = text.charCodeAt(i);
        if (code >= 97 && code <= 122) continue; // a–z, most characters: no table look-up
        after = classOf(code);
        if (after === PLAIN) continue;
        if (after !== CAPITAL && after !== FOLDED && after !== MARK) break;
        seen |= after;
      }
      let word = text.slice(start, i);
      if (seen === CAPITAL || seen === (CAPITAL | PLAIN)) word = word.toLowerCase();
      else if (seen !== PLAIN) word = foldWord(word);
      // Only a part followed by an apostrophe is elided: "s" in "s'est", not in "R.A.S".
      if (i < to && after === APOSTROPHE) word = ELISIONS.get(word) ?? word;
      if (clauseBreak && tokens.length > 0 && tokens[tokens.length - 1] !== BOUNDARY) tokens.push(BOUNDARY);
      clauseBreak = false;
      tokens.push(word);
      continue;
    }
    // A dash between spaces separates clauses; inside a word ("casse-tête") it separates words.
    if (kind === CLAUSE || (kind === DASH && i > from && text[i - 1] === ' ' && i + 1 < to && text[i + 1] === ' ')) clauseBreak = true;
    i++;
  }
  return tokens;
}

/** The folded form of a word: runs of a–z and digits copied whole, other characters folded. */
function foldWord(raw: string): string {
  let word = '';
  let run = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const kind = classOf(code);
    if (kind === PLAIN) continue;
    word += raw.slice(run, i) + (kind === CAPITAL ? String.fromCharCode(code + 32) : (folds.get(code) ?? ''));
    run = i + 1;
  }
  return word + raw.slice(run);
}

/** Light suffix stripping shared by lexicon look-up and the learned model: plural `s`/`x`. */
export function dropPlural(token: string): string {
  if (token.length > 3 && (token.endsWith('s') || token.endsWith('x')) && !token.endsWith('ss')) {
    return token.slice(0, -1);
  }
  return token;
}

/** Tokens [from, to) without plural, joined by spaces: how the lexicon writes a phrase ("de moin en moin"). */
export function formsText(tokens: readonly string[], from: number, to: number): string {
  return tokens.slice(from, to).map(dropPlural).join(' ');
}

/** Phrases (as tokens) by their first word, in their order: a token is compared only with those it starts. */
export function byFirstWord(phrases: readonly string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const first = phrase[0];
    if (first !== undefined) map.set(first, [...(map.get(first) ?? []), phrase]);
  }
  return map;
}

/**
 * A light French stem for the learned model: plural, feminine `e`, and the commonest verb and
 * adverb endings. Coarse on purpose: the model only needs `lent`, `lente`, `lentes` to meet.
 */
export function lightStem(token: string): string {
  let t = dropPlural(token);
  if (t.length <= 4) return t;
  for (const suffix of STEM_SUFFIXES) {
    if (t.length - suffix.length >= 4 && t.endsWith(suffix)) {
      t = t.slice(0, -suffix.length);
      break;
    }
  }
  return t;
}

const STEM_SUFFIXES = ['issement', 'ement', 'aient', 'ation', 'ait', 'ent', 'ant', 'ees', 'ee', 'er', 'ez', 'e'];
