/**
 * Tokens of a French statement, as the tagger reads them: folded words, elisions expanded
 * (`n'` → `ne`, `l'` → `le`), and a clause boundary token `|` wherever punctuation separated
 * two parts (negation never reaches across a comma).
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
const CLAUSE_BREAK = /[,:()[\]{}«»"“”/=>+*…]+|\s[-–—]\s/;

/** Folded tokens of a piece of text, with `|` between clauses. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const clause of text.split(CLAUSE_BREAK)) {
    const folded = foldText(clause);
    if (folded === '') continue;
    if (tokens.length > 0) tokens.push(BOUNDARY);
    for (const word of folded.split(' ')) {
      const parts = word.split("'");
      // Only a part followed by an apostrophe is elided: "s" in "s'est", not in "R.A.S".
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] as string;
        if (part === '') continue;
        tokens.push(i < parts.length - 1 ? (ELISIONS.get(part) ?? part) : part);
      }
    }
  }
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
