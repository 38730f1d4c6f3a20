/**
 * A first name alone is kept (« Pierre », « Saint-Pierre »), but a first name with an age
 * (« Yanis, 19 ans », « Léa (17 ans) », « Yanis 19 ans ») or after a word for a relative, a young
 * person or an adviser (« mon fils Yanis », « sa nièce Léa », « mon cousin Yanis »; « la jeune
 * Léa », « ma conseillère Léa »: cue-names.ts) is someone told about: the first name becomes
 * « [personne] », the age and the words around it stay (« [personne], 19 ans »).
 *
 * The first names of first-names.ts count; those that are also common words (« Pierre »,
 * « Claire », « Marine », « Rose »…) only in the tight forms, the age after a comma or in
 * parentheses (« Rose, 19 ans ») or after a word for a young person (« ma fille Rose »): an age
 * set apart so describes a person, whereas « Pierre 19 ans » may be a list's words side by side.
 * A capital missing from the list counts too when its place says it is a first name (« Timéo,
 * 19 ans », « mon neveu Timéo »), and never a duration, a place, an institution or a status
 * (« Depuis 19 ans », « Lyon, 19 ans de partenariat », « Retraité, 69 ans »): unlisted-names.ts.
 */
import { firstNameKind as firstName } from './first-name-kind.ts';
import { CAPITALISED_WORD, LOWER, UPPER, WORD } from './latin.ts';
import { unlistedNameContext } from './unlisted-names.ts';
import { CUE_BEFORE_CAPITAL, maskCueNames } from './cue-names.ts';
import { STAFF_AFTER_WORD, maskStaffNames } from './staff-names.ts';
import { LABEL_AFTER_CAPITAL, maskLabelNames } from './label-names.ts';

/** Ranges rather than Unicode properties (see latin.ts). */
const U = `${UPPER}\\u0100-\\u024f`;
const L = `${LOWER}\\u0100-\\u024f`;
const NAME = CAPITALISED_WORD;

/** An age in years: « 19 ans », « 19ans », with the parenthesis that closes « (19 ans) ». */
const AGE = new RegExp(String.raw`(?<!\d)\d{1,2}\s*ans(?![${WORD}])\)?`, 'g');

/**
 * Before the age, the first name, maybe the surname's initial (« Timéo D., 19 ans »), and what
 * separates them: « Yanis, », « Yanis ( », « Yanis ».
 */
const NAME_BEFORE = new RegExp(String.raw`(?<![${WORD}’'-])(${NAME})(?:\s+[${U}]\.)?(\s*,\s*|\s*\(\s*|\s+)$`);

/** How far before an age its first name is looked for: longer than any first name and separator. */
const LOOK_BACK = 64;

/**
 * Words for a relative; « petite fille » written apart is a granddaughter too. « jeune » and the
 * words for an adviser are cue-names.ts's.
 */
const KIN = String.raw`petit[- ]fils|petite[- ]fille|fils|fille|neveu|ni[èe]ce|cousine?`;

/** One of them, then the first name: « mon fils Yanis », « ma fille, Léa », « sa nièce Léa ». */
const AFTER_KIN = new RegExp(
  String.raw`(?<![${WORD}])(?:[Mm]on|[Mm]a|[Tt]on|[Tt]a|[Ss]on|[Ss]a|[Nn]otre|[Vv]otre|[Ll]eur|[Ll]e|[Ll]a|[Uu]n|[Uu]ne|[Cc]e|[Cc]ette)\s+(${KIN})(\s*,?\s+)(${NAME})(?![${WORD}’'-])`,
  'g',
);

/**
 * What follows a capital in every text `maskYoungNames` changes: the capital comes after « fils »,
 * « fille », « neveu », « nièce », « cousin(e) » or a cue of cue-names.ts (« jeune », « conseillère »,
 * « conseiller CEJ »), or it opens a first name before a structure or a function (« Sonia de la ML »,
 * « Sonia, ma conseillère »: staff-names.ts) or a form's label (« Prénom : Timéo »: label-names.ts),
 * or opens a word before an age (« Yanis, 19 ans »). Tried within the scan for capitals that
 * full-names.ts makes over every text (a scan of its own cost ~15 ms on the 143,719 real answers),
 * and then whole (YOUNG_NAME_NEEDS) on the texts passing it.
 */
export const AFTER_YOUNG_CAPITAL = String.raw`(?<=(?:(?:fils|fille|neveu|ni[èe]ce|cousine?)\s*,?\s+|${CUE_BEFORE_CAPITAL}).)|${LABEL_AFTER_CAPITAL}|[${L}-]*(?=[,(\s])(?:[,(\s]+(?:[${U}]\.[,(\s]+)?\d{1,2}\s*ans|${STAFF_AFTER_WORD})`;
export const YOUNG_NAME_NEEDS = new RegExp(`[${U}](?:${AFTER_YOUNG_CAPITAL})`);

/**
 * What was masked, its kind (`labels`) and, for each, the masked excerpt for the warning
 * (« prénom suivi d’un âge » and « [personne], 19 ans »).
 */
export interface YoungNameMatches {
  text: string;
  matches: string[];
  labels: string[];
  excerpts: string[];
}

/** Both forms; `isPublic`: names of public figures kept as written. */
export function maskYoungNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): YoungNameMatches {
  const aged = maskAgedNames(text, placeholder, isPublic);
  const kin = maskKinNames(aged.text, placeholder, isPublic);
  const cue = maskCueNames(kin.text, placeholder, isPublic);
  const staff = maskStaffNames(cue.text, placeholder, isPublic);
  const labelled = maskLabelNames(staff.text, placeholder, isPublic);
  const others = [kin, cue, staff, labelled];
  if (others.every((found) => !found.matches.length)) return aged;
  return {
    text: labelled.text,
    matches: [aged, ...others].flatMap((found) => found.matches),
    labels: [aged, ...others].flatMap((found) => found.labels),
    excerpts: [aged, ...others].flatMap((found) => found.excerpts),
  };
}

/** « Yanis, 19 ans » → « [personne], 19 ans ». */
function maskAgedNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): YoungNameMatches {
  const found: YoungNameMatches = { text, matches: [], labels: [], excerpts: [] };
  let result = '';
  let copied = 0;
  for (const age of text.matchAll(AGE)) {
    const from = Math.max(copied, age.index - LOOK_BACK);
    const before = NAME_BEFORE.exec(text.slice(from, age.index));
    if (before === null) continue;
    const [written, name, between] = before as unknown as [string, string, string];
    const tight = between.trim() !== '';
    const start = age.index - written.length;
    const kind = firstName(name, tight);
    if (kind === 'no' || isPublic(name)) continue;
    if (kind === 'unlisted' && !unlistedNameContext(text, start, age[0], age.index + age[0].length, tight)) continue;
    const masked = placeholder + between + age[0];
    result += text.slice(copied, start) + masked;
    copied = age.index + age[0].length;
    found.matches.push(written + age[0]);
    found.labels.push('prénom suivi d’un âge');
    found.excerpts.push(masked);
  }
  if (copied > 0) found.text = result + text.slice(copied);
  return found;
}

/**
 * « mon fils Yanis » → « mon fils [personne] ». A first name missing from the list only after a
 * relative, without a comma (« mon neveu Timéo »; not « mon fils, Effectifs »).
 */
function maskKinNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): YoungNameMatches {
  const found: YoungNameMatches = { text, matches: [], labels: [], excerpts: [] };
  const result = text.replace(AFTER_KIN, (match: string, _kin: string, between: string, name: string) => {
    const kind = firstName(name, true);
    if (kind === 'no' || isPublic(name)) return match;
    if (kind === 'unlisted' && between.includes(',')) return match;
    const masked = match.slice(0, match.length - name.length) + placeholder;
    found.matches.push(match);
    found.labels.push('prénom d’un jeune ou d’un proche');
    found.excerpts.push(masked);
    return masked;
  });
  if (found.matches.length) found.text = result;
  return found;
}
