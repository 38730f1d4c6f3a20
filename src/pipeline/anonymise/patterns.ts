/**
 * Detectors of French personal data in free text. Each kind has a visible placeholder so readers see
 * that something was removed. Order matters: IBAN and NIR before phone numbers, whose digits they
 * contain; keyword-introduced dates and identifiers before phone numbers, so that a long file number is
 * masked whole.
 *
 * A detector that keeps its context visible (« né le [date de naissance] », « identifiant France Travail
 * [identifiant] », `?fbclid=[identifiant]`) looks behind for it: every match is replaced whole.
 *
 * Cost: every detector is one more pass over the texts that pass the quick screening (names.ts), and
 * every `needs` joins that screening, which runs on every text. The anonymise stage on the 143,719 real
 * Grand Débat answers is the budget (see bench/): hence Latin classes rather than \p{L} (latin.ts), and
 * look-aheads on a digit before look-behinds on keywords.
 */
import { ADDRESS_PATTERN } from './address.ts';
import { BIRTH_YEAR, BIRTH_YEAR_NEEDS } from './birth-year.ts';
import { isFounding } from './founded.ts';
import { OLD_PLATE, PLATE_NEEDS } from './old-plates.ts';
import { UPPER, WORD } from './latin.ts';

export type PersonalDataKind =
  | 'email'
  | 'iban'
  | 'nir'
  | 'phone'
  | 'address'
  | 'birth-date'
  | 'licence-plate'
  | 'identifier'
  | 'url-parameter';

export interface PersonalDataPattern {
  kind: PersonalDataKind;
  placeholder: string;
  /** French name of the kind, for diagnostics. */
  label: string;
  pattern: RegExp;
  /**
   * Something every match contains (an « @ », a digit): a text without it is skipped. Much cheaper
   * than `pattern`, which tries a match at each letter of each word.
   */
  needs: RegExp;
  /**
   * True when the context shows that a match is nobody’s: left as written. Asked only about the
   * matches (« l’association, née en 1945 »: founded.ts).
   */
  keep?: (text: string, start: number) => boolean;
}

const SEP = String.raw`[\s.\-]?`;

/**
 * `name=value` in a web address: the value, up to the next parameter, fragment, space or quote. Keys
 * in lower case, as web addresses write them. The one-character look-behind comes first: most
 * positions fail there, before the names are tried.
 */
function urlParameter(names: string): string {
  return String.raw`(?<==)(?<=[?&;](?:${names})=)[^&#\s"'<>()[\]]+`;
}
// Click identifiers point at one person (`utm_*` parameters name a campaign and stay), and so do a
// name or a phone number. One detector for all of them: each detector is one more pass over the texts.
const URL_PERSONAL = urlParameter(
  'fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|igshid|mc_eid|_hsenc|mkt_tok|nom|pr[ée]nom|name|first_?name|last_?name|full_?name|user_?name|login|tel|t[ée]l[ée]phone|phone|mobile|portable',
);

const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

// E-mail: local part, « @ » (or %40 in a web address, « (at) », « [at] », « [arobase] »), domain.
const LOCAL = String.raw`[${WORD}._%+-]+`;
const LABEL = String.raw`[${WORD}-]+`;
const AT = String.raw`\s?(?:@|%40|[([](?:at|arr?obase)[)\]])\s?`;
const DOT = String.raw`(?:\.|\s?[([](?:dot|point)[)\]]\s?)`;
/** Webmail domains often written without their ending (« jean.dupont@gmail »). */
const MAIL_PROVIDERS = 'gmail|hotmail|yahoo|outlook|orange|free|wanadoo|laposte|sfr|live|icloud|msn|aol|protonmail|proton|gmx|neuf|bbox';
/**
 * « jean at free dot fr »: only in that full shape and in lower case. Kept apart from EMAIL, without
 * its `i` flag, so that its `needs` stays one short word: a search for « at » or « arobase » between
 * spaces tries every space of every text, and made the whole stage twice as slow.
 */
const SPELLED_EMAIL = String.raw`[${WORD}._-]+ at ${LABEL}(?: dot ${LABEL})* dot [a-z]{2,4}(?![${WORD}])`;
const EMAIL = [
  // jean.dupont@free.fr, jean [at] free [dot] fr, mailto:jean%40free.fr
  String.raw`${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}[a-z]{2,}`,
  // jean.dupont@gmail: a known webmail, or a local part shaped like an address (a dot, a digit…),
  // not a word spelled with « @ » (« M@gister », « c@fé »).
  String.raw`${LOCAL}@(?:${MAIL_PROVIDERS})(?![${WORD}])`,
  String.raw`[${WORD}]+[._\d][${WORD}._%+-]*@[${WORD}][${WORD}-]+`,
].join('|');

// Phone numbers. Groups separated by a space, a dot or a hyphen (or all by slashes: 06/12/34/56/78).
const FRENCH_PHONE = String.raw`(?:(?:(?:\+|00)33|\(\+33\)|\(0033\))${SEP}(?:\(0\)${SEP})?|0)[1-9](?:${SEP}\d{2}){4}|0[1-9](?:\/\d{2}){4}`;
// Saint-Pierre-et-Miquelon, Wallis-et-Futuna, Nouvelle-Calédonie: 6 digits.
const SHORT_OVERSEAS_PHONE = String.raw`(?:\+|00)(?:508|681|687)${SEP}\d{2}(?:${SEP}\d{2}){2}`;
// Any other international number (La Réunion +262, Guadeloupe +590, Belgium +32…): a country code,
// then 8 to 12 digits in groups, but not an amount grouped by thousands (« +1 500 000 000 »).
const INTERNATIONAL_PHONE = String.raw`(?:\+|00)[1-9]\d{0,2}(?:${SEP}\(0\))?(?=(?:${SEP}\d){8,12}(?!${SEP}\d))(?!(?:[\s.]\d{3})+(?!${SEP}\d))(?:${SEP}\d)+`;

// Date of birth: only after « né le », « née le », « date de naissance », « DDN »; « ne le », « nee le » too, as
// typed without accents (« ne » then « le » then a date is no negation).
const BIRTH_KEYWORD = String.raw`(?:(?<![${WORD}])(?:[nN][éÉ]e?s?|[nN]ee?s?|[nN][ée]\(e\)|NÉE?)\s+(?:le|LE)|(?:[dD]ate de naissance|DATE DE NAISSANCE)\s*(?:[:\-–]|\(.{0,12}\)\s*:)?|(?<![${WORD}])(?:DDN|ddn)\s*[:\-–]?)\s*`;
const BIRTH_DATE = String.raw`(?=\d)(?<=${BIRTH_KEYWORD})(?:1er|\d{1,2})(?:\s*[/.\-]\s*(?:\d{1,2})(?:\s*[/.\-]\s*\d{2,4})?|\s+(?:${MONTHS})(?:\s+\d{4})?|\s(?:\d{2})\s\d{4})(?![${WORD}])`;

// Identifiers introduced by a keyword: « identifiant France Travail 1234567A », « n° allocataire
// CAF 1234567 », « numéro de dossier : 2024-00123 ». Never an organisation's (SIRET, SIREN):
// public and useful.
const ID_NOUN = String.raw`dossier|allocataire|client|adh[ée]rent|contrat|demandeur(?:\s+d['’]\s?emploi)?|identifiant|fiscal|passeport|carte\s+vitale|carte\s+d['’]\s?identit[ée]|CNI|s[ée]curit[ée]\s+sociale|s[ée]cu|b[ée]n[ée]ficiaire|usager|INE`;
const ID_KEYWORD = String.raw`(?:(?:[nN]°|[nN]o|[nN]um(?:[ée]ro)?\.?|[rR][ée]f(?:[ée]rence)?\.?)\s*(?:de\s+|d['’]\s?)?(?:${ID_NOUN})|[iI]dentifiant|[mM]atricule)`;
const ID_ORGANISATION = String.raw`(?:\s+(?:(?:de\s+la|de|du|à\s+la|à|au|chez)\s+)?(?:France\s+Travail|P[ôo]le[\s-]+[eE]mploi|CAF|MSA|CPAM|Ameli|URSSAF|Mission\s+[lL]ocale|impots\.gouv|imp[ôo]ts|ANTS|CNAV|Carsat|Agirc-Arrco|APEC))?`;
const IDENTIFIER = String.raw`(?=\d)(?<=[\s:=#°])(?<=(?<![${WORD}])${ID_KEYWORD}${ID_ORGANISATION}\s*(?:[:=#]|n°)?\s*)(?=(?:[A-Z./\-]*\s?\d){4})\d[\dA-Z]*(?:[\-/.]\d[\dA-Z]*|\s\d{2,})*(?![${WORD}])`;

// Licence plates (SIV, since 2009): AB-123-CD anywhere; with spaces, not inside a text in capitals
// (« ROULER À 100 KM », « DE 500 EU… ») nor ending on a unit (« DE 130 KM A 110 KM » opening a text
// in capitals: a distance). No I, O or U.
const PLATE_LETTER = '[A-HJ-NP-TV-Z]';
const SPACED_UNIT = 'KM|CM|MM|KG|MG|CV|KW|HT|MN';
const LICENCE_PLATE = String.raw`(?<![${WORD}-])${PLATE_LETTER}{2}(?:-\d{3}-|(?<![${UPPER}]{2,}\s+[${UPPER}]{2})\s\d{3}\s(?!${PLATE_LETTER}{2}\s+[${UPPER}]{2}|(?:${SPACED_UNIT})(?![${WORD}])))${PLATE_LETTER}{2}(?![${WORD}-])`;

export const PERSONAL_DATA_PATTERNS: readonly PersonalDataPattern[] = [
  {
    kind: 'url-parameter',
    placeholder: '[identifiant]',
    label: 'identifiant, nom ou numéro dans une adresse web',
    pattern: new RegExp(URL_PERSONAL, 'g'),
    needs: /=/,
  },
  {
    kind: 'email',
    placeholder: '[courriel]',
    label: 'adresse électronique',
    pattern: new RegExp(EMAIL, 'gi'),
    needs: /@|%40|[([][aA][tTrR]/,
  },
  {
    kind: 'email',
    placeholder: '[courriel]',
    label: 'adresse électronique',
    pattern: new RegExp(SPELLED_EMAIL, 'g'),
    needs: /dot /,
  },
  {
    kind: 'iban',
    placeholder: '[iban]',
    label: 'IBAN',
    // Country code, 2 check digits, then 11 to 30 alphanumerics, in groups of 4 (spaces or hyphens)
    // or not, in capitals or not. At least 8 digits, and only the bank's code (GB, NL) may be letters
    // only: « rn12 dans cette rue » is no IBAN.
    pattern: /\b[A-Z]{2}\d{2}(?=(?:[ -]?[A-Z]{1,4})?(?:[ -]?\d){8})(?:[ -]?[A-Z]{4})?(?:[ -]?(?=[A-Z]{0,3}\d)[A-Z0-9]{4}){2,7}(?:[ -]?(?=[A-Z]{0,3}\d)[A-Z0-9]{1,4})?\b/gi,
    needs: /\d/,
  },
  {
    kind: 'nir',
    placeholder: '[numéro de sécurité sociale]',
    label: 'numéro de sécurité sociale (NIR)',
    // Sex (1, 2, or 3/4/7/8 for temporary numbers), year, month (or 20–99 for unknown), department
    // (2A/2B, 97x), commune, order, optional 2-digit key; spaces or dots allowed between groups.
    pattern: new RegExp(
      String.raw`(?<![\d])[1-478]${SEP}\d{2}${SEP}(?:0[1-9]|1[0-2]|[2-9]\d)${SEP}(?:\d{2}|2[AaBb])${SEP}\d{3}${SEP}\d{3}(?:${SEP}\d{2})?(?![\d])`,
      'g',
    ),
    needs: /\d/,
  },
  {
    kind: 'birth-date',
    placeholder: '[date de naissance]',
    label: 'date de naissance',
    pattern: new RegExp(BIRTH_DATE, 'g'),
    needs: /\d/,
    keep: isFounding,
  },
  {
    kind: 'birth-date',
    placeholder: '[année de naissance]',
    label: 'année de naissance',
    // After the full dates: « né le 3 mars 2004 » is one date, not a day and a birth year.
    pattern: new RegExp(BIRTH_YEAR, 'g'),
    needs: BIRTH_YEAR_NEEDS,
    keep: isFounding,
  },
  {
    kind: 'identifier',
    placeholder: '[identifiant]',
    label: 'identifiant personnel (dossier, allocataire…)',
    pattern: new RegExp(IDENTIFIER, 'g'),
    needs: /\d/,
  },
  {
    kind: 'phone',
    placeholder: '[téléphone]',
    label: 'numéro de téléphone',
    // 0X XX XX XX XX with spaces, dots or hyphens, or +33 / 0033 / (+33), optionally with (0), without
    // the leading 0; French overseas and foreign numbers with their country code.
    pattern: new RegExp(String.raw`(?<![\d+])(?:${FRENCH_PHONE}|${SHORT_OVERSEAS_PHONE}|${INTERNATIONAL_PHONE})(?![\d])`, 'g'),
    needs: /\d/,
  },
  {
    kind: 'licence-plate',
    placeholder: '[immatriculation]',
    label: 'plaque d’immatriculation',
    // SIV with separators, then the old FNI plates and SIV without separators after a vehicle word
    // (old-plates.ts): one pass, one test. Before the addresses: « 12 A 2B » must not start one.
    pattern: new RegExp(`${LICENCE_PLATE}|${OLD_PLATE}`, 'g'),
    // From the digits, quicker than the pattern, which starts at every capital.
    needs: PLATE_NEEDS,
  },
  {
    kind: 'address',
    placeholder: '[adresse]',
    label: 'adresse postale',
    pattern: ADDRESS_PATTERN,
    needs: /\d/,
  },
];
