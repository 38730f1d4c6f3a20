/**
 * A capitalised word missing from first-names.ts may still be a first name when its place says so:
 * right before an age (« Timéo, 19 ans, ne trouve pas de stage ») or after « mon neveu », « ma
 * fille » (young-names.ts asks). The list cannot hold every first name given to the young people the
 * Missions Locales follow (Timéo, Lyam, Sohan…), but before an age a capital is far more often
 * something else, and those are what this module rules out:
 * - a duration or a founding, not an age: « Depuis 19 ans », « Lyon, 19 ans de partenariat », « la
 *   Mission Locale, 25 ans d’existence », « Voici 50 ans, … »;
 * - a place, an institution, a function (« Versailles, 19 ans » (communes.ts), « la Carsat 2 ans »,
 *   « Bretagne », « Locale »);
 * - a status the writer gives (« Retraité, 69 ans », « Autiste (21 ans) », « Chômeur, 55 ans »),
 *   known by its ending (-é, -eur, -iste, -tion…) or listed (« Maman, 35 ans »).
 * On the 143,719 real Grand Débat answers, every capital before an age is one of those: none is masked.
 */
import { foldWord } from './fold-name.ts';
import { FUNCTIONS, NOT_NAMES } from './not-names.ts';
import { resolveDepartment, resolveRegion } from '../referentiels/places.ts';
import { isCommune } from './communes.ts';
import { isFirstName } from './first-names.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Folded words that are no first name before an age: people as the writer describes them, words that
 * open a duration, institutions and places NOT_NAMES leaves out (the place words of full-names.ts,
 * the things of founded.ts: those are « nés », never named so).
 */
const NOT_FIRST_NAMES = words(`
  maman papa mere pere femme homme veuve veuf jeune jeunes enfant enfants ado ados senior seniors couple mari epoux
  epouse artisan cadre malade eleve apprenti apprentie stagiaire benevole citoyen citoyenne usager usagere parent parents
  personne retraite retraitee garcon filles fils fille neveu niece cousin cousine moi lui toi age agee total soit
  voici durant environ presque bientot seulement quasi pres hormis sauf parmi jusqu lorsque puisque
  rue avenue boulevard place quai route gare parc stade lycee college ecole universite institut campus centre hopital
  clinique maison foyer mission association asso fondation federation club structure organisme agence caisse
  entreprise societe service dispositif programme projet pole reseau plateforme loi reforme contrat
`);

/**
 * Endings of French nouns and adjectives for a status, a job, an act (« Retraité », « Chômeur »,
 * « Autiste », « Prolongation »), rare in first names; those that have them are in the list already
 * (« René », « Vincent », « Julien »).
 */
const COMMON_ENDING = /(?:é|ée|és|ées|eur|eurs|euse|euses|rice|rices|ant|ante|ants|antes|ent|ente|ents|entes|iste|istes|ier|iers|ière|ières|aire|aires|ique|iques|if|ifs|ive|ives|tion|tions|sion|sions|ment|ments|isme|able|ables|ible|ibles|eux|aise|oise|ien|ienne|iens|éen|éenne|ité|ités)$/;

/** Infinitives (« Cotiser 43 ans », « Travailler 40 ans »): ruled out without a comma or parenthesis only (« Esther, 19 ans »). */
const INFINITIVE = /(?:er|ir)$/;

/**
 * The word before the capital, folded, that makes it no person's name: an article or a preposition
 * of place (« la Carsat », « en France », « à Lyon », « au Havre »: French puts none before a first
 * name), a place word or an institution (« lycée Timéo » names the school).
 */
const NOT_BEFORE = words(`
  le la les l' un une du des au aux a en dans sur vers sous
  rue avenue boulevard place quai route gare parc stade lycee college ecole universite institut campus centre hopital
  clinique maison foyer mission association asso fondation federation club structure organisme agence caisse
  entreprise societe service dispositif programme projet pole reseau plateforme
`);

/**
 * After the age, what makes it a duration or a founding: « 19 ans de partenariat », « 25 ans
 * d’existence », « 19 ans après », « 19 ans plus tard », « 19 ans que j’attends ».
 */
const DURATION_AFTER = /^\s*(?:d['’]|(?:de|du|des|après|apres|plus\s+tard|plus\s+tôt|auparavant|avant|que|qu['’])(?![A-Za-zÀ-ÖØ-öø-ÿ]))/;

/** The ages of the young people and adults a sentence tells about; below, mostly a duration (« Polemploi 2 ans »). */
const MIN_AGE = 14;
const MAX_AGE = 99;

/** `word`, capitalised and not in first-names.ts, can be a first name: neither a common, place nor institution word. */
export function mayBeUnlistedName(word: string, tight: boolean): boolean {
  const folded = foldWord(word);
  if (notName(folded)) return false;
  // « Pole-Emploi », « Mission-Locale »; not « Marie-France », a first name of the list in it.
  const parts = folded.split('-');
  if (parts.length > 1 && parts.some(notName) && !parts.some((part) => isFirstName(part))) return false;
  const lower = word.toLocaleLowerCase('fr-FR');
  if (COMMON_ENDING.test(lower) || (!tight && INFINITIVE.test(lower))) return false;
  return !isCommune(word) && resolveRegion(word) === null && resolveDepartment(word) === null;
}

function notName(folded: string): boolean {
  return NOT_NAMES.has(folded) || FUNCTIONS.has(folded) || NOT_FIRST_NAMES.has(folded);
}

/**
 * Whether the age found after an unlisted capital (`age`: « 19 ans », « 19 ans) ») at `ageEnd` is a
 * person's, and the capital at `start` stands where a first name can: opening the text or a phrase,
 * or after a lower-case word that is no article, preposition of place nor place word (nor « de »
 * without a comma or parenthesis after the name: `tight`).
 */
export function unlistedNameContext(text: string, start: number, age: string, ageEnd: number, tight: boolean): boolean {
  const years = Number.parseInt(age, 10);
  if (years < MIN_AGE || years > MAX_AGE) return false;
  if (DURATION_AFTER.test(text.slice(ageEnd, ageEnd + 16))) return false;
  const before = /(\S*)\s*$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  if (before === '' || /[.!?:;,(«"“—–-]$/.test(before)) return true;
  // « Mission Locale », « Jean Moulin »: the capital is part of a name of several capitalised words.
  if (/^[A-ZÀ-ÖØ-Þ]/.test(before) && !NOT_NAMES.has(foldWord(before))) return false;
  const folded = foldWord(before).replace(/^(?:l|d|qu)'/, '');
  if (NOT_BEFORE.has(folded) || NOT_BEFORE.has(foldWord(before))) return false;
  // « l’académie de Versailles 20 ans »: without a comma or parenthesis, « de » is a place's.
  return tight || (folded !== 'de' && !/^d'$/.test(foldWord(before)));
}
