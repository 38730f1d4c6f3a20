/**
 * A first name told with the structure or the function of whom it names is an adviser's: « merci à
 * Sonia de la ML de Saintes », « Karim du Pôle emploi », « Sonia, ma conseillère, m’a rappelée »,
 * « grâce à Sonia, conseillère à la Mission Locale ». The first name becomes « [personne] », the
 * structure and the function stay: a first name with its workplace points at one person.
 *
 * Only the first names of first-names.ts (those that are also common words too: « Rose de la CAF »
 * is someone): before « de la ML » or « , ma conseillère », a capital missing from the list is as
 * often a place, a sentence's first word or a service (« Demain, ma conseillère… », « Accueil de la
 * CAF »). A first name alone stays (young-names.ts).
 */
import { firstNameKind } from './first-name-kind.ts';
import { LOWER, UPPER, WORD } from './latin.ts';
import { excerptAround } from './excerpt.ts';

/** The structures of a young person's path, or any acronym (« de la CAF », « du CCAS », « de l’E2C »). */
const STRUCTURE = String.raw`(?:[Mm]ission[ -][Ll]ocale|[Pp][ôo]le[ -][Ee]mploi|[Ff]rance[ -][Tt]ravail|[Cc]ap[ -][Ee]mploi|[Mm]aison\s+de\s+l['’]\s*[Ee]mploi|[${UPPER}][${UPPER}0-9]{1,5})(?![${WORD}’'-])`;

/** « de la ML », « du Pôle emploi », « de l’ASE », « de France Travail ». */
const OF_STRUCTURE = String.raw`\s+(?:d[eu]\s+(?:la\s+)?|de\s+l['’]\s*|des\s+)${STRUCTURE}`;

/**
 * « , ma conseillère », « (mon référent », « , conseiller à la ML », « ma conseillère » without the
 * comma: the name's apposition.
 */
const AS_ADVISER = String.raw`(?:\s*[,(]\s*(?:(?:[Mm]on|[Mm]a|[Nn]otre|[Ll]a|[Ll]e|[Ss]on|[Ss]a|[Ll]eur|[Vv]otre)\s+)?|\s+(?:[Mm]on|[Mm]a|[Nn]otre|[Ss]on|[Ss]a|[Ll]eur|[Vv]otre)\s+)(?:conseill(?:er|[èe]re)|r[ée]f[ée]rente?)(?![${WORD}’'-])`;

/** The capital first: a regular expression opening with a lookbehind is tried at every character (3× slower here). */
const STAFF_NAME = new RegExp(String.raw`[${UPPER}\u0100-\u024f](?<![${WORD}’'-].)[${LOWER}\u0100-\u024f]+(?:-[${UPPER}\u0100-\u024f][${LOWER}\u0100-\u024f]+)*(?=${OF_STRUCTURE}|${AS_ADVISER})`, 'g');

/**
 * What follows the first name's word in every text `maskStaffNames` changes, for
 * `AFTER_YOUNG_CAPITAL` (young-names.ts, which matches the word): the structure or the apposition.
 */
export const STAFF_AFTER_WORD = String.raw`(?:${OF_STRUCTURE}|${AS_ADVISER})`;

export interface StaffNameMatches {
  text: string;
  matches: string[];
  labels: string[];
  excerpts: string[];
}

/** « Sonia de la ML » → « [personne] de la ML »; `isPublic`: names of public figures kept as written. */
export function maskStaffNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): StaffNameMatches {
  const found: StaffNameMatches = { text, matches: [], labels: [], excerpts: [] };
  let result = '';
  let copied = 0;
  let first = -1;
  for (const match of text.matchAll(STAFF_NAME)) {
    const name = match[0];
    if (firstNameKind(name, true) !== 'listed' || isPublic(name)) continue;
    result += text.slice(copied, match.index);
    if (first < 0) first = result.length;
    result += placeholder;
    copied = match.index + name.length;
    found.matches.push(name);
  }
  if (first < 0) return found;
  found.text = result + text.slice(copied);
  // One kind, one excerpt: around the first name masked, from the masked text.
  found.labels.push('prénom d’un conseiller ou d’un référent');
  found.excerpts.push(excerptAround(found.text, placeholder, first)?.excerpt ?? placeholder);
  return found;
}
