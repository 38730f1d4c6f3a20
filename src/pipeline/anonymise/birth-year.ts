/**
 * A year (or month and year) of birth tied to one person: « né en 1998 », « née en mars 2004 »,
 * « né à Saint-Denis en 2003 », « année de naissance : 2004 ». Full dates of birth (« né le… »,
 * « date de naissance : 12.03.2004 ») are patterns.ts’s `birth-date`.
 *
 * Why mask a bare year: in a Mission Locale that follows a few hundred young people, a birth year next
 * to a workshop’s place and date (both published) narrows a speaker down to a handful; it says
 * nothing the consultation needs that the age (« j’ai 19 ans », kept) does not already say.
 * What stays:
 * - any year without « né / née / né(e) » or « année / date de naissance » just before it (« en 2019 la
 *   plateforme a changé », « l’atelier du 12/03/2024 »);
 * - the plural « nés en », « nées en »: a cohort (« les jeunes nés en 2006 »), what the consultation
 *   discusses, not one person;
 * - a two-digit year (« né en 98 »): too close to a count (« né en 12 heures ») to tell apart.
 * - an institution « née en 1945 », the subject before « née » (« l’association, née en 1945 »): its
 *   founding, not a birth (founded.ts, asked about each match).
 */
import { LETTER, UPPER, WORD } from './latin.ts';

const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

/**
 * « né », « née », « né(e) », in lower case, capitalised or in capitals (accented: « NE EN » is not
 * surely « né »), and typed without accents in lower case (« ne en 1998 », « nee en 2005 »: « ne » then
 * « en » and a year is no negation); never « nés », « nées ».
 */
const BORN = String.raw`(?:[nN][éÉ](?:[eE]|\([eE]\))?|[nN]e(?:e|\(e\))?)(?![${WORD}(])`;
/**
 * « à Saint-Denis », « au Maroc », « en Seine-Saint-Denis »: a place between « né » and the year, its
 * words capitalised (« né à Paris mais arrivé en 2019 » is no birth year).
 */
const PLACE = String.raw`(?:\s+(?:à|au|aux|en|À|AU|AUX|EN)(?:\s+(?:de|du|des|la|le|les|sur|l['’]|d['’])?\s*[${UPPER}][${LETTER}'’\-]*){1,4}?)?`;
const KEYWORD = String.raw`(?<![${WORD}])(?:${BORN}${PLACE}\s+(?:en|EN|En)\s+|(?:[aA]nn[ée]e|ANN[ÉE]E|[dD]ate|DATE)\s+(?:de|DE)\s+(?:naissance|NAISSANCE)\s*[:\-–]?\s*)`;
/** « mars », « Mars », « MARS », or « 03/ ». */
const MONTH = String.raw`(?:${MONTHS.split('|').map((m) => `[${m[0]}${(m[0] as string).toUpperCase()}]${m.slice(1)}|${m.toLocaleUpperCase('fr-FR')}`).join('|')}|(?:0?[1-9]|1[0-2])\s*[/.\-])`;
const YEAR = String.raw`(?:(?:${MONTH})\s*)?(?:19|20)\d{2}(?![${WORD}])`;
/** The year (or month) at a word’s start first, then the words before it: the look-behind is tried only there. */
export const BIRTH_YEAR = String.raw`(?<![${WORD}])(?=${YEAR})(?<=${KEYWORD})${YEAR}`;

/**
 * Every match ends on a year: most texts with a digit hold none and skip the pattern. Implies a digit,
 * so the screening every text goes through (names.ts) lets no more texts through than before.
 */
export const BIRTH_YEAR_NEEDS = /(?:19|20)\d\d/;
