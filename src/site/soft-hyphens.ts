/**
 * Soft hyphens (U+00AD) at the syllable breaks of a label's long French words, for the sticky first
 * column of the site's tables: on a phone with text at 200 %, that column (half the box) holds about
 * seven bold letters a line, and a browser without a French hyphenation dictionary (Chromium on Linux;
 * `hyphens: auto` does nothing there) cut « Auvergn|e », « Interopé|rabilité » anywhere, with no hyphen.
 * With these, the line breaks between syllables and shows its hyphen (« Inte-ropérabilité ») wherever
 * `hyphens` is `manual` or `auto`; a wide column shows the word whole. A soft hyphen is invisible
 * unless the line breaks there, but screen readers do not all skip it (NVDA, issue #9343, reads
 * « Saisie » as « Sai sie »): the pages show this text hidden from them, the plain text beside it
 * (components/Hyphenated.astro). No script reads these labels back.
 *
 * Simple syllabation, enough for labels (themes, regions, tags): a break goes before the last
 * consonant between two vowels, or before two that start French syllables (« br », « ch », « gn »…);
 * never between two vowels, never before an « x », at least two letters on each side, and never
 * before a final mute syllable (« Au-vergne », not « Auver-gne ») unless it is the word's only break
 * (« Fran-che »: a hyphen there reads better than « Franch|e »). Words shorter than
 * `MIN_LETTERS`, written in capitals (acronyms) or next to a digit, a dot, a slash, « @ » or « _ »
 * (file names, addresses, codes) are left whole.
 */

export const SOFT_HYPHEN = '\u00ad';

/** From this length, a bold word at 200 % may no longer fit half of a 320 px phone's table box (« Agenda »: 130 px of 125). */
export const MIN_LETTERS = 6;

const VOWELS = new Set('aeiouyàâäéèêëîïôöùûüÿœæ');

/** Two consonants that start a French syllable together, so a break never goes between them. */
const ONSETS = new Set(['bl', 'br', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'kl', 'kr', 'pl', 'pr', 'tr', 'vr', 'ch', 'ph', 'th', 'gn']);

/** A chunk between spaces with one of these is a file name, an address, a number or a code. */
const NOT_PROSE = /[\p{N}./\\@_:]/u;

/** Whether the letter at `index` of lower-case `word` is a vowel: « u » after « q » and « gu » before a vowel (« guerre ») count as consonants. */
function isVowel(word: string, index: number): boolean {
  const letter = word[index] ?? '';
  if (!VOWELS.has(letter)) return false;
  if (letter === 'u' && index > 0) {
    const before = word[index - 1];
    if (before === 'q') return false;
    if (before === 'g' && VOWELS.has(word[index + 1] ?? '')) return false;
  }
  // A « y » between vowels is a consonant (« ma-yonnaise »).
  if (letter === 'y' && index > 0 && VOWELS.has(word[index - 1] ?? '') && VOWELS.has(word[index + 1] ?? '')) return false;
  return true;
}

/** The indexes (in `word`) before which a break may go. */
function syllableBreaks(word: string): number[] {
  const lower = word.toLowerCase();
  // A letter whose lower case is longer (« İ ») would shift the indexes: such a word stays whole.
  if (lower.length !== word.length) return [];
  const breaks: number[] = [];
  let index = 0;
  // Skip to the first vowel: the consonants before it belong to the first syllable.
  while (index < lower.length && !isVowel(lower, index)) index += 1;
  while (index < lower.length) {
    // The vowels of this syllable.
    while (index < lower.length && isVowel(lower, index)) index += 1;
    const consonantsStart = index;
    while (index < lower.length && !isVowel(lower, index)) index += 1;
    if (index >= lower.length) break; // final consonants stay with the last syllable
    const consonants = lower.slice(consonantsStart, index);
    if (consonants.length === 0) continue;
    // The next syllable starts with its last consonant, or its last two when French starts syllables with
    // them; « qu », « gu » (before a vowel) are one consonant, the « u » never cut from its letter.
    const unit = consonants.endsWith('u') ? 2 : 1;
    const onset = unit === 1 && ONSETS.has(consonants.slice(-2)) ? 2 : unit;
    const at = index - onset;
    if (lower[at] === 'x') continue;
    breaks.push(at);
  }
  return breaks;
}

/** A final syllable that is consonants and a mute « e » or « es » (« -gne », « -ples », « -ques »). */
const MUTE_ENDING = /^(?:[^aeiouyàâäéèêëîïôöùûüÿœæ]|[qg]u)+es?$/u;

/** `word` (letters only) with its soft hyphens, or as it is when short or in capitals. */
export function hyphenateWord(word: string): string {
  if ([...word].length < MIN_LETTERS || word === word.toUpperCase()) return word;
  const breaks = syllableBreaks(word).filter((at) => at >= 2 && word.length - at >= 2);
  // Before a final mute syllable only when the word has no other break (« Fran-che »): better than cut anywhere.
  const allowed = breaks.length > 1 ? breaks.filter((at) => !MUTE_ENDING.test(word.slice(at).toLowerCase())) : breaks;
  let result = '';
  let from = 0;
  for (const at of allowed) {
    result += `${word.slice(from, at)}${SOFT_HYPHEN}`;
    from = at;
  }
  return result + word.slice(from);
}

/** `text` with soft hyphens in its long words (see above); the rest of it unchanged, character for character. */
export function softHyphens(text: string): string {
  return text
    .split(/(\s+)/)
    .map((chunk) => (NOT_PROSE.test(chunk) ? chunk : chunk.replace(/\p{L}+/gu, hyphenateWord)))
    .join('');
}
