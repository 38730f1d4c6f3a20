/**
 * Names nobody declared, written the way French forms and notes write people: a known first name
 * then the surname in capitals (« Jean-Pierre MARTIN », « Yannick LE GOFF ») or an initial
 * (« Karim B. »). A first name alone is never masked (« Pierre » is also a stone, Saint-Pierre a
 * town), nor a first name before a capitalised word (« Jean Jaurès », « Victor Hugo » name streets
 * and schools). An already masked first name (« [personne] MARTIN ») takes its surname along.
 */
import { isFirstName } from './first-names.ts';
import { ACRONYMS, NOT_NAMES, PARTICLES, ROMAN_NUMERAL } from './not-names.ts';
import { foldWord } from './fold-name.ts';

const CAPS_WORD = String.raw`\p{Lu}{2,}(?:[-’']\p{Lu}{2,})*`;

/**
 * The first name, then one or two words in capitals (a third one would be a shouted sentence:
 * « Marie EST VENUE »), or an initial and a period not followed by a letter (« Karim B. »).
 */
const GIVEN_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'-])(\[personne\]|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\s+(?:(${CAPS_WORD}(?:\s+${CAPS_WORD})?)(?![\p{L}\p{N}])(?!\s+\p{Lu}{2,})|\p{Lu}\.(?![\p{L}\p{N}]|\s*\p{Lu}\.))`,
  'gu',
);

/**
 * Every match (in Latin script) holds a capitalised word (the first name's last part: « Pierre » of
 * « Jean-Pierre ») or the placeholder's bracket, spaces, then two capitals or a capital and a period.
 * Written with ranges rather than Unicode properties: twice as fast on 100,000 answers. Starting on
 * the capital, rare in a text, rather than on any lower-case letter: a third faster again, and 1,493
 * of the 143,719 real answers pass instead of 13,235 (« la CAF » no longer does). (\u0100–\u024f:
 * Latin Extended, both cases, « Michał », « ŞAHIN ».)
 */
export const GIVEN_NAME_NEEDS = /(?:[A-ZÀ-ÖØ-Þ\u0100-\u024f][a-zß-öø-ÿ\u0100-\u024f-]*[a-zß-öø-ÿ\u0100-\u024f]|\])\s+[A-ZÀ-ÖØ-Þ\u0100-\u024f][A-ZÀ-ÖØ-Þ\u0100-\u024f.]/;

/** `isPublic`: names of public figures kept as written (« Emmanuel MACRON », public-names.ts). */
export function maskGivenNames(
  text: string,
  placeholder: string,
  isPublic: (name: string) => boolean = () => false,
): { text: string; matches: string[] } {
  const matches: string[] = [];
  const masked = text.replace(GIVEN_NAME, (match: string, first: string, caps: string | undefined) => {
    if (first !== placeholder && !isFirstName(first)) return match;
    if (caps === undefined) {
      if (first !== placeholder && isPublic(match)) return match;
      matches.push(match);
      return placeholder;
    }
    const kept = surnameLength(caps);
    if (kept === 0) return match;
    const name = match.slice(0, match.length - caps.length + kept);
    if (first !== placeholder && isPublic(name)) return match;
    matches.push(name);
    return placeholder + match.slice(name.length);
  });
  return { text: matches.length ? masked : text, matches };
}

/**
 * How much of the capitals is a surname: « MARTIN », « LE GOFF », « DUPONT » of « DUPONT CAF »;
 * never an acronym (« CAF »), a sentence word (« ET ») or a rank (« XIV »): 0.
 */
function surnameLength(caps: string): number {
  const [head, tail] = caps.split(/\s+/) as [string, string | undefined];
  if (tail === undefined) return possible(head) ? head.length : 0;
  if (PARTICLES.has(foldWord(head))) return possible(tail) ? caps.length : 0;
  if (!possible(head)) return 0;
  return possible(tail) ? caps.length : head.length;
}

function possible(word: string): boolean {
  const folded = foldWord(word);
  return !ROMAN_NUMERAL.test(word) && !ACRONYMS.has(folded) && !NOT_NAMES.has(folded);
}
