/**
 * Licence plates of the old FNI format (before 2009, still on older cars and scooters): a number of
 * 1 to 4 digits, 1 to 3 letters, the department (« 1234 AB 56 », « 123 ABC 75 », « 12 A 2B »,
 * « 456 AB 974 »), and the current SIV format written without separators (« AB123CD »). The SIV
 * format with separators (« AB-123-CD ») is patterns.ts’s `licence-plate`.
 *
 * Only with a vehicle word in the same sentence, at most 50 characters before or after it
 * (« immatriculée 1234 AB 56 », « la 1234 AB 56 de ma voiture », « 1234 AB 56 (mon scooter) »):
 * the bare shape is also ordinary text — times (« 14H35 »,
 * « 1 H 30 »), engine power (« 100 CV 75 »), texts in capitals (« ENTRE 30 ET 45 MIN »), and the
 * acronyms of Mission Locale notes (« 2 CAP 15 », « 3 BTS 12 »). Measured on the 142,159 real Grand
 * Débat answers: a number, 1 to 3 capitals and 2 or 3 digits came 13 times, all times or capitals,
 * never a plate. Even next to a vehicle word, units and short French words in capitals are not a plate’s
 * letters (« une voiture de 100 CV 75 % du temps », « en voiture 1 H 30 », « 1 H 30 en voiture »).
 *
 * Also the SIV format with spaces in a text in capitals (« PLAQUE AB 123 CD », « AB 123 CD, MA
 * VOITURE »), which patterns.ts leaves there: in capitals, « EN 100 KM » has its shape.
 */
import { LETTER, WORD } from './latin.ts';

/** Vehicle words, lower case, capitalised or in capitals; « immatricul » for « immatriculé(e) », « immatriculation ». */
const VEHICLE_WORDS = ['plaque', 'immatricul', 'voiture', 'véhicule', 'vehicule', 'scooter', 'moto', 'camion', 'cyclomoteur', 'mobylette', 'automobile'];
const VEHICLE = VEHICLE_WORDS.map((w) => `[${w[0]}${(w[0] as string).toUpperCase()}]${w.slice(1)}|${w.toLocaleUpperCase('fr-FR')}`).join('|');
/** The vehicle word, then the rest of the sentence up to the plate (no full stop, no line break). */
const AFTER_VEHICLE = String.raw`(?<![${WORD}])(?:${VEHICLE})[^.!?\n]{0,50}`;
/** The rest of the sentence after the plate, then the vehicle word (« la 1234 AB 56 de ma voiture »). */
const BEFORE_VEHICLE = String.raw`[^.!?\n]{0,50}?(?<![${WORD}])(?:${VEHICLE})`;

/**
 * Units, short words in capitals and diplomas that a number is often followed by: never a plate’s
 * letters (« 2 CAP 15 jeunes sans voiture »; one 3-letter series in 17,576 each).
 */
const NOT_LETTERS = 'H|HT|TTC|CV|CH|KM|KG|KW|MN|MIN|MW|EUR|AN|ANS|ET|OU|A|AU|EN|DE|DU|LE|LA|LES|UN|UNE|DES|SUR|PAR|PAS|MAX|SEC|CAP|BEP|BTS|BAC|DUT|BUT|CFA';
const SEP = String.raw`[\s\-]?`;
/** 01–95 (20: Corsica before 1976), overseas 971–976. */
const DEPARTMENT = String.raw`(?:97[1-6]|0[1-9]|[1-8]\d|9[0-5])`;
/** Corsica’s 2A / 2B cannot be a count: any letters before them (« 12 A 2B »). */
const FNI = String.raw`[1-9]\d{0,3}${SEP}(?:[A-Z]{1,3}${SEP}2[AB]|(?!(?:${NOT_LETTERS})(?![A-Z]))[A-Z]{1,3}${SEP}${DEPARTMENT})`;
const SIV_LETTERS = '[A-HJ-NP-TV-Z]{2}';
const SIV_COMPACT = `${SIV_LETTERS}\\d{3}${SIV_LETTERS}`;
/** « AB 123 CD », neither group a short word or a unit (« DE 100 KM », « EN 130 KM »). */
const SIV_SPACED = String.raw`(?!(?:${NOT_LETTERS})\s)${SIV_LETTERS}\s\d{3}\s(?!(?:${NOT_LETTERS})(?![A-Z]))${SIV_LETTERS}`;

const PLATE = String.raw`(?:${FNI}|${SIV_COMPACT}|${SIV_SPACED})(?![${LETTER}0-9\-]|\s?%|[,.]\d)`;
/**
 * The shape first, then the vehicle word, before or after: the look-behind scans back 50
 * characters, the look-ahead 50 forward, both tried only on a plate.
 */
export const OLD_PLATE = String.raw`(?=[1-9A-HJ-NP-TV-Z])(?<![${WORD}\-,./])(?=${PLATE})(?:(?<=${AFTER_VEHICLE})${PLATE}|${PLATE}(?=${BEFORE_VEHICLE}))`;

/**
 * A digit, maybe a space or hyphen, then a capital: in every plate, these and the SIV ones with
 * separators (« 123-CD »), and in few texts. Implies a digit, so the screening every text goes through
 * (names.ts) lets no more texts through than before.
 */
export const PLATE_NEEDS = /\d[\s-]?[A-Z]/;
