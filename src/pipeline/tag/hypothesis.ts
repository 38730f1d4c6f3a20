/**
 * The hypothesis frames of frames.ts: `proposed` (a state argued for: a conditional or future copula,
 * agreement, praise of the idea itself, a comparative under a condition) and `counterfactual` (a
 * comparative in a condition in the imperfect, which also says the opposite of today). See the
 * header of frames.ts for what each means to the evidence.
 */
import { BOUNDARY } from './tokens.ts';
import { isImperfect, isInfinitive } from './verb-forms.ts';
import { COMPARATIVES, isNegated } from './comparatives.ts';
import type { Frame } from './frames.ts';

/** Copulas in the conditional or the future: what follows them in their clause is proposed. */
const HYPOTHETICAL_COPULAS = new Set('serait seraient serais sera seront deviendrait deviendraient deviendra deviendront'.split(' '));
/** Words after « si » that open a condition (« si on regroupe », « si les services… »), not « si simple ». */
const CONDITION_SUBJECTS = new Set(
  'on il ils elle elles je j tu nous vous le la les l un une des du chaque tout tous toute toutes ce cela ca cette ces mon ma mes son sa ses notre nos votre vos leur leurs certains certaines'
    .split(' '),
);
/** « même si » concedes, « comme si » compares, « sauf si » excepts: no condition argued for. */
const NOT_CONDITION = new Set(['meme', 'comme', 'sauf']);
/** What a statement set in the past has: its imperfect is the past, never a hypothesis. */
export const NO_CONDITIONS: readonly number[] = [];
/** How far a condition reaches: « c'est bien plus simple si… » before it, « si tout était au même endroit » after. */
const COMPARED_BEFORE = 6;
const COMPARED_AFTER = 8;
const PLUPERFECT_AUX = new Set('avais avait avions aviez avaient etais etait etions etiez etaient'.split(' '));
/** Words before « d'accord » that make it agreement (« je suis d'accord », « tout à fait d'accord »), not a noun. */
const AGREEING = new Set('suis sommes es etes est sont fait pas completement entierement parfaitement totalement absolument tres plutot oui bien assez vraiment tous toutes'.split(' '));
/** Nouns of a proposal: praise of them is praise of something proposed (see proposesIdea). */
const IDEA_NOUNS = new Set('idee idees suggestion suggestions proposition propositions'.split(' '));
const OFFERS = new Set(['proposition', 'propositions']);
/** Words that point at the proposal under discussion (« cette idée », « votre proposition »). */
const POINTING = new Set('cette ces votre vos ta tes'.split(' '));
/**
 * Words that may open a clause before an idea noun when the idea itself is praised (« Oui, très
 * bonne idée », « C'est une excellente idée », « Quelle belle proposition »), not a thing named
 * before it (« la carte Vitale est une très bonne idée »).
 */
const IDEA_LEAD = new Set(
  ('oui ce c est une un des la l le les tres vraiment vraie vrai super bonne bonnes excellente excellentes belle belles ' +
    'quelle quelles tout a fait plutot assez bien me semble parait je trouve que ca cela serait pas mal aussi encore').split(' '),
);

/** Copulas that judge a subject as an idea (« Regrouper les services est une bonne idée »). */
const IDEA_COPULAS = new Set('est sont serait seraient semble semblent parait paraissent'.split(' '));
/** Words in -er, -ir, -re that open a noun phrase, not an infinitive subject (« Notre maison de santé est… »). */
const NOT_SUBJECT_INFINITIVES = new Set(
  'notre votre autre autres entre contre centre titre lettre nombre membre ministre libre chambre cadre ordre offre livre pauvre propre quatre avenir plaisir loisir desir souvenir soir espoir pouvoir devoir savoir'
    .split(' '),
);

/** Words that say a thing judged an idea exists today (« l'application actuelle est une bonne idée »). */
const EXISTING = new Set('actuel actuelle actuels actuelles existant existante existants existantes present presente presents presentes'.split(' '));

/** First words of a hypothesis frame, for frames.ts's one look-up per token. */
export const HYPOTHESIS_OPENERS: readonly string[] = [...HYPOTHETICAL_COPULAS, ...IDEA_NOUNS, 'accord', 'si'];

/**
 * Whether the word at i opens a `proposed` frame: a hypothetical copula, agreement, or praise of the
 * idea; `wishes` when the question asks what should change (see proposesIdea).
 */
export function proposesAt(tokens: readonly string[], i: number, wishes = false): boolean {
  const token = tokens[i] as string;
  // « ne serait-ce que » means "even only": no hypothesis.
  if (HYPOTHETICAL_COPULAS.has(token) && !(tokens[i - 1] === 'ne' && tokens[i + 1] === 'ce')) return true;
  // « d'accord » reads `de accord`; « un accord », « en accord avec », « de décision et d'accord » are not agreement.
  if (token === 'accord' && tokens[i - 1] === 'de' && (i < 2 || tokens[i - 2] === BOUNDARY || AGREEING.has(tokens[i - 2] as string))) {
    return true;
  }
  return IDEA_NOUNS.has(token) && proposesIdea(tokens, i, wishes);
}

/** The proposal or the agreement at i is the clause's point: the praise before it is of the proposal too. */
export function judgesTheProposal(tokens: readonly string[], i: number): boolean {
  return IDEA_NOUNS.has(tokens[i] as string) || tokens[i] === 'accord';
}

/** The openers that are conditions (« si on regroupe »), in order. */
export function conditionsAmong(tokens: readonly string[], openers: readonly number[]): number[] {
  return openers.filter((i) => opensCondition(tokens, i));
}

/** Whether the clause [start, end) holds a condition argued for (not a regret in the pluperfect). */
export function isConditioned(tokens: readonly string[], conditions: readonly number[], start: number, end: number): boolean {
  return conditions.length > 0 && conditions.some((c) => c >= start && c < end) && !pluperfect(tokens, start, end);
}

/** Marks the words around each condition of the clause [start, end) (see markCompared). */
export function markConditions(tokens: readonly string[], frames: Frame[], conditions: readonly number[], start: number, end: number): void {
  for (const c of conditions) if (c >= start && c < end) markCompared(tokens, frames, Math.max(start, c - COMPARED_BEFORE), c, Math.min(end, c + COMPARED_AFTER));
}

/**
 * « Excellente idée », « cette proposition est bonne »: the idea noun at i is what the clause judges.
 * « Proposition » only when pointed at: « les propositions de Pôle emploi » are its job offers.
 */
function proposesIdea(tokens: readonly string[], i: number, wishes: boolean): boolean {
  if (POINTING.has(tokens[i - 1] ?? '')) return true;
  if (OFFERS.has(tokens[i] as string)) return false;
  for (let k = i - 1; k >= 0 && tokens[k] !== BOUNDARY; k--) {
    if (!IDEA_LEAD.has(tokens[k] as string)) return subjectJudged(tokens, k, i, wishes);
  }
  return true;
}

/**
 * A subject judged an idea by a copula (`k`: the last word before the idea noun at i that is not a
 * lead word). An action named by an infinitive at the start of the clause (« Prendre rendez-vous en
 * ligne est une bonne idée », « Regrouper les services serait une excellente idée ») is the capability
 * proposed. A named thing (« la carte Vitale est une très bonne idée ») often exists already and
 * stays plain, unless the question asks what should change (`wishes`: « Services publics ambulants est
 * une excellente idée » answers « Comment l'État peut-il mieux répondre… ? ») and the thing is not
 * said to exist (« l'application actuelle est une bonne idée »).
 */
function subjectJudged(tokens: readonly string[], k: number, i: number, wishes: boolean): boolean {
  let copula = false;
  for (let c = k; c < i && !copula; c++) copula = IDEA_COPULAS.has(tokens[c] as string);
  if (!copula) return false;
  let start = k;
  while (start > 0 && tokens[start - 1] !== BOUNDARY) start--;
  if (wishes) {
    let exists = false;
    for (let c = start; c <= k && !exists; c++) exists = EXISTING.has(tokens[c] as string);
    if (!exists) return true;
  }
  // « Le fait de pouvoir… », « Pouvoir prendre… » (« pouvoir » alone is the noun: « le pouvoir d'achat »).
  if (tokens[start] === 'le' && tokens[start + 1] === 'fait' && (tokens[start + 2] === 'de' || tokens[start + 2] === 'd')) start += 3;
  const first = tokens[start] as string;
  if (first === 'pouvoir') return isInfinitive(tokens[start + 1] ?? '');
  return start < k && isInfinitive(first) && !NOT_SUBJECT_INFINITIVES.has(first);
}

/** « si on regroupe », « si les services… »: a condition (not « si simple », « même si », « si ce n'est »). */
function opensCondition(tokens: readonly string[], i: number): boolean {
  if (tokens[i] !== 'si' || !CONDITION_SUBJECTS.has(tokens[i + 1] ?? '') || NOT_CONDITION.has(tokens[i - 1] ?? '')) return false;
  return !(tokens[i + 1] === 'ce' && tokens[i + 2] === 'ne');
}

/**
 * « si les renseignements avaient été plus complets »: a condition in the pluperfect regrets the past
 * (a complaint, read as the past), it proposes nothing.
 */
function pluperfect(tokens: readonly string[], start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) if (tokens[i + 1] === 'ete' && PLUPERFECT_AUX.has(tokens[i] as string)) return true;
  return false;
}

/**
 * Around a condition at `at`, the words just before it (« plus facile si… ») and the condition itself
 * (« si les démarches étaient plus simples ») are proposed when they hold a comparative; the
 * condition is counterfactual when its comparative follows a verb in the imperfect.
 */
function markCompared(tokens: readonly string[], frames: Frame[], start: number, at: number, end: number): void {
  let comparative = false;
  let imperfect = false;
  let counterfactual = false;
  for (let i = start; i < end; i++) {
    const token = tokens[i] as string;
    if (i > at && isImperfect(token)) imperfect = true;
    // « si les démarches étaient moins compliquées » compares too.
    if (!(COMPARATIVES.has(token) || token === 'moins') || (token === 'plus' && isNegated(tokens, i))) continue;
    comparative = true;
    if (imperfect) counterfactual = true;
  }
  if (!comparative) return;
  for (let i = start; i < end; i++) if (frames[i] === 'plain') frames[i] = counterfactual && i > at ? 'counterfactual' : 'proposed';
}
