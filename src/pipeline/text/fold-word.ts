/**
 * `foldText` for one written word (lower case, letters and digits only, as `WordTable` reads them),
 * one character at a time. Folding a word is folding each of its characters: a written word holds
 * no combining mark (they separate words), so NFD never reorders across characters, and the result
 * is the same as `foldText(word).split(/[\s']+/)` without the Unicode normalisation per word.
 */
import { foldText } from './fold.ts';

/** Per code unit: its folded letters, with a space where it separates (« ø » → " "). Filled on first use. */
const folded = new Map<number, string>();

function foldChar(c: number): string {
  let fold = folded.get(c);
  if (fold === undefined) {
    const char = String.fromCharCode(c);
    // foldText trims: keep a separator visible by framing the character between two letters.
    fold = foldText(`a${char}a`).slice(1, -1).replace(/'/g, ' ');
    folded.set(c, fold);
  }
  return fold;
}

/** The folded words of one written word: « écran » → ["ecran"], « søren » → ["s", "ren"], « œuvre » → ["oeuvre"]. */
export function foldWord(word: string): string[] {
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) plain = word.charCodeAt(i) < 0x80;
  if (plain) return [word]; // a written word is already lower case: ASCII needs nothing
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const fold = c < 0x80 ? word[i] as string : foldChar(c);
    if (fold.indexOf(' ') < 0) {
      part += fold;
      continue;
    }
    const pieces = fold.split(' ');
    part += pieces[0] as string;
    for (let k = 1; k < pieces.length; k++) {
      if (part !== '') parts.push(part);
      part = pieces[k] as string;
    }
  }
  if (part !== '') parts.push(part);
  return parts;
}
