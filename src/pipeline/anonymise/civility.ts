/**
 * Names nobody declared, led by a civility: « Mme Dupont m'a reçue », « M. Yannick Le Goff »,
 * « le docteur Martin ». The civility stays and the name after it becomes « [personne] »
 * (« Mme [personne] m'a reçue »): the sentence stays readable, and « Mme » alone identifies nobody.
 * A function after the civility is kept too and only a name after it is masked (« M. le Maire »
 * stays, « Mme la Directrice Durand » → « Mme la Directrice [personne] »).
 *
 * Precision first: the name is one to three capitalised words (particles such as de, du, d’, van
 * inside), none of them an institution, a function or a sentence word (not-names.ts).
 */
import { ARTICLES, FUNCTION_MODIFIERS, FUNCTIONS, PARTICLES, maySurname } from './not-names.ts';
import { foldWord } from './fold-name.ts';

/** Abbreviations are matched as written; spelled-out civilities in any case (« le docteur Martin »). */
const CIVILITY_SOURCE = String.raw`(?:M(?:\.|M\.|r\.?|mes?\.?|lles?\.?|e|onsieur|adame|ademoiselle|a[îi]tre|ONSIEUR|ADAME|ADEMOISELLE|A[ÎI]TRE)|m(?:onsieur|adame|ademoiselle|a[îi]tre)|[Dd]octeure?|DOCTEURE?|Dre?\.?|Pr\.?|[Pp]rofesseure?|PROFESSEURE?)(?=\s)`;
const CIVILITY = new RegExp(CIVILITY_SOURCE, 'g');

/**
 * The test every text with a civility passes: the civility itself, without the check of what
 * precedes it (a lookbehind at each letter made it slower), done in code.
 */
export const CIVILITY_NEEDS = new RegExp(CIVILITY_SOURCE);

/** One word after the civility: a placeholder, an initial, a word (d’Estaing, Jean-Pierre), an article « l’ ». */
const PIECE = /\s+(\[personne\]|\p{Lu}\.(?!\p{L})|(?:[dDlLoO][’'])?\p{L}[\p{L}’'-]*)/uy;

const MAX_NAME_WORDS = 3;
const MAX_PIECES = 8;

interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * Masks the names after civilities in `text`, as `placeholder`. `keep`: replacements already put by
 * the declared names (pseudonyms such as « Jeune A »), left as they are. `isPublic`: names of public
 * figures kept as written (« M. Macron », public-names.ts).
 */
export function maskCivilityNames(
  text: string,
  placeholder: string,
  keep: readonly string[] = [],
  isPublic: (name: string) => boolean = () => false,
): { text: string; matches: string[] } {
  CIVILITY.lastIndex = 0;
  let result = '';
  let copied = 0;
  const matches: string[] = [];
  for (let match = CIVILITY.exec(text); match !== null; match = CIVILITY.exec(text)) {
    const civilityEnd = match.index + match[0].length;
    if (/[\p{L}\p{N}.]/u.test(text[match.index - 1] ?? ' ')) continue; // « PM. », « 3M. », « S.M. »
    if (match[0] === 'Me' && !afterWord(text, match.index)) continue; // « Me demander… » opens sentences
    const span = nameAfter(text, civilityEnd, placeholder, keep, TRADES.test(match[0]));
    if (span === null || isPublic(text.slice(span.start, span.end))) continue;
    result += text.slice(copied, span.start) + placeholder;
    matches.push(text.slice(match.index, span.end));
    copied = span.end;
    CIVILITY.lastIndex = span.end;
  }
  return copied === 0 ? { text, matches } : { text: result + text.slice(copied), matches };
}

/** « Me » is « Maître » only inside a sentence (« chez Me Dubois »), never at its start. */
function afterWord(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index).trimEnd();
  return before !== '' && /[\p{L},]$/u.test(before);
}

function readPieces(text: string, from: number): Piece[] {
  const pieces: Piece[] = [];
  let position = from;
  while (pieces.length < MAX_PIECES) {
    PIECE.lastIndex = position;
    const found = PIECE.exec(text);
    if (found === null) break;
    const word = found[1] as string;
    pieces.push({ text: word, start: found.index + found[0].length - word.length, end: found.index + found[0].length });
    position = PIECE.lastIndex;
  }
  return pieces;
}

const isCapitalised = (word: string): boolean => /^(?:[dDlLoO][’'])?\p{Lu}/u.test(word);

/**
 * Civilities that are also trades (« professeur des écoles », « professeur d’EPS », « maître
 * d’ouvrage »): the name right after, capitalised, no particle first, no acronym.
 */
const TRADES = /^(?:[Dd]octeur|DOCTEUR|[Mm]a[îi]tre|MA[ÎI]TRE|[Pp]rofesseur|PROFESSEUR)/;

/** Particles that can open a surname after a civility (« M. de Villepin », « Mme van Damme »). */
const LEADING_PARTICLES = new Set(['de', 'du', 'van', 'von', 'ben', 'el', 'da', 'di', 'del']);

/** Where the name after a civility starts and ends, or null when no name follows. */
function nameAfter(text: string, from: number, placeholder: string, keep: readonly string[], trade: boolean): { start: number; end: number } | null {
  const pieces = readPieces(text, from);
  const folded = pieces.map((piece) => foldWord(piece.text));
  let i = 0;
  // A function (« le Maire », « la Directrice Générale », « Président »): kept, a name may follow.
  const functionAt = ARTICLES.has(folded[0] ?? '') ? 1 : 0;
  if (FUNCTIONS.has(folded[functionAt] ?? '')) {
    i = functionAt + 1;
    while (FUNCTION_MODIFIERS.has(folded[i] ?? '') || FUNCTIONS.has(folded[i] ?? '')) i++;
  } else if (/^l'/.test(folded[0] ?? '') && FUNCTIONS.has((folded[0] ?? '').slice(2))) {
    i = 1; // « l’Adjoint »
  }
  const first = pieces[i];
  if (first === undefined) return null;
  if (keep.some((kept) => text.startsWith(kept, first.start))) return null;
  let words = 0;
  let realWords = 0;
  let end = -1;
  for (let j = i; j < pieces.length && words < MAX_NAME_WORDS; j++) {
    const piece = pieces[j] as Piece;
    if (piece.text === placeholder) {
      words++;
      end = piece.end;
      continue;
    }
    if (!isCapitalised(piece.text)) {
      // A particle inside the name (« de », « van der »), only if a name word follows.
      const opening = j === i;
      if (opening && (trade || !LEADING_PARTICLES.has(foldWord(piece.text)))) break;
      if (PARTICLES.has(foldWord(piece.text)) && j + 1 < pieces.length) continue;
      break;
    }
    // « d’EPS », « d’Ouvrage » after a trade; an acronym after « d’ » is never a name.
    if (/^[dDlLoO][’']/.test(piece.text) && (trade || /^\p{Lu}+$/u.test(piece.text.slice(2)))) break;
    if (trade && j === i && /^\p{Lu}{2,}$/u.test(piece.text)) break;
    // « Le Goff », « La Fontaine »: a capitalised article opens a name, when a name word follows.
    if (ARTICLES.has(foldWord(piece.text)) && /^\p{Lu}/u.test(piece.text)) {
      const next = pieces[j + 1];
      if (next && isCapitalised(next.text) && maySurname(next.text) && next.text !== placeholder) continue;
      break;
    }
    if (/^\p{Lu}\.$/u.test(piece.text)) {
      words++; // an initial (« E. Macron »)
      end = piece.end;
      continue;
    }
    if (/^\p{Lu}$/u.test(piece.text) || !maySurname(stripApostrophe(piece.text))) break;
    words++;
    realWords++;
    end = piece.end;
  }
  // Only placeholders: already masked. Only initials: too ambiguous (« M. X. »).
  if (end < 0 || realWords === 0) return null;
  // From the first piece: a leading particle is part of the name (« M. de Villepin »).
  return { start: first.start, end };
}

function stripApostrophe(word: string): string {
  return word.replace(/^[dDlLoO][’']/, '');
}
