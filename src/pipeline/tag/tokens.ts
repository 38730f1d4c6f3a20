/**
 * Tokens of a French statement, as the tagger reads them: folded words (same folding as
 * `foldText`: lower case, accents removed, œ → oe), elisions expanded (`n'` → `ne`, `l'` → `le`),
 * and a clause boundary token `|` wherever punctuation separated two parts (negation never
 * reaches across a comma). One pass over the characters, each distinct character folded once:
 * this runs on every answer of a national consultation.
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

/** Folded form of one character: letters and digits, '' for a separator. Cached per character. */
const folded = new Map<string, string>();
function foldChar(char: string): string {
  let value = folded.get(char);
  if (value === undefined) {
    value = foldText(char);
    folded.set(char, value);
  }
  return value;
}

/** Folded tokens of a piece of text, with `|` between clauses. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  let clauseBreak = false;
  const flush = (elided: boolean) => {
    if (word === '') return;
    if (clauseBreak && tokens.length > 0 && tokens[tokens.length - 1] !== BOUNDARY) tokens.push(BOUNDARY);
    clauseBreak = false;
    // Only a part followed by an apostrophe is elided: "s" in "s'est", not in "R.A.S".
    tokens.push(elided ? (ELISIONS.get(word) ?? word) : word);
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      word += text[i];
    } else if (code >= 65 && code <= 90) {
      word += String.fromCharCode(code + 32);
    } else if (code >= 0x300 && code <= 0x36f) {
      // A combining accent (decomposed text) belongs to the letter before it.
    } else {
      const char = text[i] as string;
      if (APOSTROPHES.has(char)) {
        flush(true);
      } else if (code > 127 && foldChar(char) !== '') {
        word += foldChar(char);
      } else {
        flush(false);
        // A dash between spaces separates clauses; inside a word ("casse-tête") it separates words.
        const dash = char === '-' || char === '–' || char === '—';
        if (CLAUSE_CHARS.has(char) || (dash && text[i - 1] === ' ' && text[i + 1] === ' ')) clauseBreak = true;
      }
    }
  }
  flush(false);
  return tokens;
}

/** Light suffix stripping shared by lexicon look-up and the learned model: plural `s`/`x`. */
export function dropPlural(token: string): string {
  if (token.length > 3 && (token.endsWith('s') || token.endsWith('x')) && !token.endsWith('ss')) {
    return token.slice(0, -1);
  }
  return token;
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
