/**
 * A first name alone is kept (« Pierre », « Saint-Pierre »), but a first name with an age
 * (« Yanis, 19 ans », « Léa (17 ans) », « Yanis 19 ans ») or after a word for a young person
 * (« mon fils Yanis », « la jeune Léa », « ma fille Léa ») is a young person told about: the
 * first name becomes « [personne] », the age and the words around it stay (« [personne], 19 ans »).
 *
 * Only the first names of first-names.ts count. Those that are also common words (« Pierre »,
 * « Claire », « Marine », « Rose »…) count only in the tight forms, the age after a comma or in
 * parentheses (« Rose, 19 ans ») or after a word for a young person (« ma fille Rose »): an age
 * set apart so describes a person, whereas « Pierre 19 ans » may be a list's words side by side.
 */
import { isFirstName } from './first-names.ts';
import { foldWord } from './fold-name.ts';
import { LOWER, UPPER, WORD } from './latin.ts';

/** Ranges rather than Unicode properties (see latin.ts). */
const U = `${UPPER}\\u0100-\\u024f`;
const L = `${LOWER}\\u0100-\\u024f`;
const NAME = `[${U}][${L}]+(?:-[${U}][${L}]+)*`;

/** An age in years: « 19 ans », « 19ans », with the parenthesis that closes « (19 ans) ». */
const AGE = new RegExp(String.raw`(?<!\d)\d{1,2}\s*ans(?![${WORD}])\)?`, 'g');

/** Before the age, the first name and what separates them: « Yanis, », « Yanis ( », « Yanis ». */
const NAME_BEFORE = new RegExp(String.raw`(?<![${WORD}’'-])(${NAME})(\s*,\s*|\s*\(\s*|\s+)$`);

/** How far before an age its first name is looked for: longer than any first name and separator. */
const LOOK_BACK = 64;

/** A word for a young person, then the first name: « mon fils Yanis », « la jeune Léa », « un jeune, Yanis ». */
const AFTER_KIN = new RegExp(
  String.raw`(?<![${WORD}])(?:[Mm]on|[Mm]a|[Nn]otre|[Ll]e|[Ll]a|[Uu]n|[Uu]ne|[Cc]e|[Cc]ette)\s+(?:fils|fille|petit-fils|petite-fille|jeune)\s*,?\s+(${NAME})(?![${WORD}’'-])`,
  'g',
);

/**
 * What follows a capital in every text `maskYoungNames` changes: the capital comes after « fils »,
 * « fille » or « jeune », or opens a word before an age (« Yanis, 19 ans »). Tried within the scan
 * for capitals that full-names.ts makes over every text (a scan of its own cost ~15 ms on the
 * 143,719 real answers), and then whole (YOUNG_NAME_NEEDS) on the texts passing it.
 */
export const AFTER_YOUNG_CAPITAL = String.raw`(?<=(?:fils|fille|jeune),?\s+.)|[${L}-]*[,(\s]+\d{1,2}\s*ans`;
export const YOUNG_NAME_NEEDS = new RegExp(`[${U}](?:${AFTER_YOUNG_CAPITAL})`);

/** First names of the list that are also common French words: masked in the tight forms only. */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  `pierre claire blanche marine olivier noel rose violette iris jade ambre aurore marguerite capucine clementine prudence
  constance clemence grace celeste ange desire aime aimee desiree garance basile hermine colin franck cesar joy romane
  christ flora gloria lou luna tom prosper jean paul`.split(/\s+/),
);

/** What was masked, and its kind with the masked excerpt, for the warning (« prénom suivi d’un âge : « [personne], 19 ans » »). */
export interface YoungNameMatches {
  text: string;
  matches: string[];
  labels: string[];
}

/** Both forms; `isPublic`: names of public figures kept as written. */
export function maskYoungNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): YoungNameMatches {
  const aged = maskAgedNames(text, placeholder, isPublic);
  const kin = maskKinNames(aged.text, placeholder, isPublic);
  if (!kin.matches.length) return aged;
  return { text: kin.text, matches: [...aged.matches, ...kin.matches], labels: [...aged.labels, ...kin.labels] };
}

/** « Yanis, 19 ans » → « [personne], 19 ans ». */
function maskAgedNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): YoungNameMatches {
  const found: YoungNameMatches = { text, matches: [], labels: [] };
  let result = '';
  let copied = 0;
  for (const age of text.matchAll(AGE)) {
    const from = Math.max(copied, age.index - LOOK_BACK);
    const before = NAME_BEFORE.exec(text.slice(from, age.index));
    if (before === null) continue;
    const [written, name, between] = before as unknown as [string, string, string];
    if (!known(name, between.trim() !== '') || isPublic(name)) continue;
    const start = age.index - written.length;
    const masked = placeholder + between + age[0];
    result += text.slice(copied, start) + masked;
    copied = age.index + age[0].length;
    found.matches.push(written + age[0]);
    found.labels.push(`prénom suivi d’un âge : « ${masked} »`);
  }
  if (copied > 0) found.text = result + text.slice(copied);
  return found;
}

/** « mon fils Yanis » → « mon fils [personne] ». */
function maskKinNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): YoungNameMatches {
  const found: YoungNameMatches = { text, matches: [], labels: [] };
  const result = text.replace(AFTER_KIN, (match: string, name: string) => {
    if (!known(name, true) || isPublic(name)) return match;
    const masked = match.slice(0, match.length - name.length) + placeholder;
    found.matches.push(match);
    found.labels.push(`prénom d’un jeune : « ${masked} »`);
    return masked;
  });
  if (found.matches.length) found.text = result;
  return found;
}

/** A first name of the list; one that is also a common word only in a tight form. */
function known(name: string, tight: boolean): boolean {
  const folded = foldWord(name);
  if (COMMON_WORDS.has(folded)) return tight;
  return isFirstName(name);
}
