/**
 * Frames: stretches of a statement where praise and complaints do not mean what they say.
 * - `ironic`: distancing ("censés être gratuits", "soi-disant simplifié", "on croit que c'est
 *   simple", "sous prétexte que…"), regret ("aurait été plus simple", "aurait été apprécié"),
 *   rhetorical questions ("Est-il vraiment utile de… ?") and scare quotes (pas très « ouvert »,
 *   des gens "simples"): praise there is a complaint.
 * - `past`: "it used to be better": a clause in the imperfect with a comparative ("les formulaires
 *   papier étaient plus simples") or in a statement set in the past ("avant, ça fonctionnait bien",
 *   "à l'époque…"): praise there says what was lost, a complaint about today.
 * - `hindered`: what is hard to get ("difficile d'avoir un interlocuteur compétent", "impossible
 *   d'obtenir une réponse claire"): praise there is what is missing, a complaint.
 * - `conceded`: after "malgré", "en dépit de": what is conceded counts half.
 * - `purpose`: after "pour"/"afin de" + infinitive, "pour que": a goal, not a judgement ("pour
 *   former correctement"): praise there counts nothing, a complaint half. It ends at the main verb
 *   ("le système pour déclarer un employé est simple") or a few words on.
 * - `instead`: after « au lieu de », what is not done (« au lieu d'avoir l'information bien expliquée
 *   en une fois », « …mieux répartir au lieu de délaisser les territoires »): praise there is no praise
 *   of today, a complaint stays one (what is done instead, or what a proposal would end). It ends with
 *   its clause or at a new subject (« au lieu de simplifier on complexifie »).
 * - `reported`: after "on m'a dit que", "m'indique qu'il faut": someone else's words; a request
 *   or praise there is not the writer's.
 * - `proposed`: a state that does not exist yet, argued for: after a conditional or future copula
 *   ("ce serait déjà pas mal", "il sera plus facile de…"), a comparative under a condition ("plus
 *   facile si on regroupe…", "c'est plus simple si les services sont regroupés"), agreement ("je suis
 *   d'accord", "parfaitement d'accord") or praise of the idea itself ("Excellente idée", "cette
 *   proposition est bonne", "Regrouper les services est une bonne idée"): praise there supports a
 *   need, it does not say what works today. Praise of a named thing as an idea ("la carte Vitale est
 *   une très bonne idée") is left plain, the thing often exists already, except under a question that
 *   asks what should change (`wishes`: « Services publics ambulants est une excellente idée »).
 * - `counterfactual`: a comparative inside a condition in the imperfect (« si le traitement était
 *   plus rapide », « si les démarches étaient plus simples »): proposed too, and the irrealis says
 *   the opposite of today (the treatment is slow): praise there is a need and a complaint. A
 *   comparative before the condition (« plus simple si tout était au même endroit ») compares with
 *   a state the condition names, and stays `proposed`.
 * A frame lasts to the end of its clause (the next comma, colon or parenthesis), except a question,
 * which frames the whole statement, and the past, which "aujourd'hui", "maintenant", "désormais"
 * bring back to the present. One linear pass per statement; tokens are folded.
 */
import { BOUNDARY, byFirstWord, tokenize } from './tokens.ts';
import { COMPARATIVES, isNegated } from './comparatives.ts';
import { conditionsAmong, HYPOTHESIS_OPENERS, isConditioned, judgesTheProposal, markConditions, NO_CONDITIONS, proposesAt } from './hypothesis.ts';
import { isImperfect, isInfinitive } from './verb-forms.ts';
import { BOUNDARY_WORD, wordClass, wordsOf } from './words.ts';

export type Frame = 'plain' | 'ironic' | 'past' | 'hindered' | 'conceded' | 'purpose' | 'instead' | 'reported' | 'proposed' | 'counterfactual';

/** Distancing words: what follows them is claimed, and the writer does not believe it. */
const DISTANCING = new Set('cense censee censes censees pretendument pretendu pretendue pretendus pretendues theoriquement'.split(' '));
const DISTANCING_PHRASES = [
  'soi disant', 'soit disant', 'en theorie', 'sur le papier', 'le mythe', 'on croit que', 'on nous dit que',
  'on nous explique que', 'on nous fait croire', 'il parait que', 'sous pretexte', 'sous le pretexte', 'pretextant',
  'suppose etre', 'supposee etre', 'supposes etre', 'supposees etre', 'officiellement',
].map((p) => p.split(' '));
/** Regret: the past conditional of what should have been ("aurait été plus simple"). */
const REGRET_AUX = new Set(['aurait', 'auraient', 'aurais', 'aurions']);
const REGRET_PARTICIPLES = new Set(['ete', 'pu', 'du', 'fallu', 'aime', 'souhaite', 'prefere', 'voulu', 'merite']);
const CONCESSIONS = [['malgre'], ['en', 'depit', 'de']];
/** "malgré tout", "malgré cela" are adverbs (nevertheless), not a conceded noun phrase. */
const CONCESSION_ADVERBS = new Set(['tout', 'cela', 'ca', 'ceci', 'ce', 'celui']);
const REPORTING = new Set('dit indique indiquent indiquait repondu explique precise affirme affirment assure conseille'.split(' '));
const CLITICS = new Set('le la les l se s y en leur lui nous vous me te ne pas plus mieux bien'.split(' '));
/** Clitics that are also articles, and infinitives that are also nouns (« le pouvoir », « le déjeuner »). */
const ARTICLES = new Set(['le', 'la', 'les', 'l']);
const NOUN_INFINITIVES = new Set('pouvoir devoir devenir souvenir sourire vivre dejeuner diner gouter coucher lever'.split(' '));
/** Words that set a statement in the past ("avant, …", "autrefois", "à l'époque"). */
const PAST_WORDS = new Set('auparavant autrefois jadis naguere anciennement'.split(' '));
const PAST_PHRASES = [['a', 'le', 'epoque'], ['a', 'l', 'epoque'], ['a', 'une', 'epoque'], ['dans', 'le', 'temps'], ['par', 'le', 'passe']];
/** Words that make "avant" a preposition ("avant la réforme", "avant de partir", "avant qu'il"). */
const BEFORE_OBJECT = new Set('le la les l de d du des un une que qu mon ma mes son sa ses notre nos leur leurs cette ces cet tout toute tous toutes'.split(' '));
/** Words that bring a statement back to the present ("…, aujourd'hui tout est regroupé"). */
const PRESENT_WORDS = new Set('maintenant desormais actuellement dorenavant depuis'.split(' '));
const NOWADAYS = ['aujourd', 'hui'];
/** A goal ("pour déclarer un employé") spans at most this many words, and ends at a main verb. */
const PURPOSE_WORDS = 6;
const MAIN_VERBS = new Set('est sont etait etaient sera seront serait seraient ont avait avaient reste restent devient semble parait'.split(' '));

/** A quoted word or two, as scare quotes put it: folded, tokens joined by a space. */
const QUOTED = /["«“”]\s*([^"«»“”\n]{1,40}?)\s*["»”“]/gu;
const SCARE_QUOTE_WORDS = 3;
/** Quote marks (all in the BMP: no `u` flag, which makes the test slower). */
const QUOTE_CHARS = /["«“”]/;

/** What most statements quote: one shared empty set, not a new one per statement. */
const NO_PHRASES: ReadonlySet<string> = new Set();

/** The short quoted phrases of a text ("simples", « ouvert »), folded. */
export function quotedPhrases(text: string): ReadonlySet<string> {
  if (!QUOTE_CHARS.test(text)) return NO_PHRASES;
  const phrases = new Set<string>();
  for (const match of text.matchAll(QUOTED)) {
    const words = tokenize(match[1] ?? '').filter((t) => t !== BOUNDARY);
    if (words.length > 0 && words.length <= SCARE_QUOTE_WORDS) phrases.add(words.join(' '));
  }
  return phrases;
}

/**
 * The frame of each token, or null when the whole statement is plain (most statements: one pass
 * finds no word that opens a frame and no verb in the imperfect).
 */
export function readFrames(
  tokens: readonly string[],
  question: boolean,
  quoted: ReadonlySet<string> = new Set(),
  classes: readonly number[] = wordsOf(tokens).classes,
  wishes = false,
): Frame[] | null {
  let imperfect = false;
  const openers: number[] = []; // where a word may open a frame, in order
  for (let i = 0; i < tokens.length; i++) {
    if (!imperfect && isImperfect(tokens[i] as string)) imperfect = true;
    if ((classes[i] as number) & OPENER) openers.push(i);
  }
  if (!imperfect && openers.length === 0 && !question && quoted.size === 0) return null;
  const frames: Frame[] = new Array<Frame>(tokens.length).fill(question ? 'ironic' : 'plain');
  const pastStatement = imperfect && setInPast(tokens, classes);
  // « si tout était au même endroit »: after « si » the imperfect of its clause is a hypothesis, not
  // the past, unless the statement is set in the past (« avant, si on avait un souci, c'était… »).
  const conditions = pastStatement ? NO_CONDITIONS : conditionsAmong(tokens, openers);
  let clauseStart = 0;
  let next = 0; // the first opener not yet read
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !((classes[i] as number) & BOUNDARY_WORD)) continue;
    // Quotes are clause breaks for the tokenizer: a quoted word stands alone between two of them.
    if (quoted.size > 0 && quoted.has(tokens.slice(clauseStart, i).join(' '))) frames.fill('ironic', clauseStart, i);
    else {
      const conditioned = isConditioned(tokens, conditions, clauseStart, i);
      markClause(tokens, classes, frames, clauseStart, i, imperfect && !conditioned, pastStatement, openers, next, wishes);
      if (conditioned) markConditions(tokens, frames, conditions, clauseStart, i);
    }
    while (next < openers.length && (openers[next] as number) < i) next++;
    clauseStart = i + 1;
  }
  return frames;
}

/** Frames inside one clause [start, end); `openers` from index `next` on are the clause's, then later ones. */
function markClause(
  tokens: readonly string[],
  classes: readonly number[],
  frames: Frame[],
  start: number,
  end: number,
  imperfect: boolean,
  pastStatement: boolean,
  openers: readonly number[],
  next: number,
  wishes: boolean,
): void {
  if (imperfect) {
    let spanStart = start;
    for (let i = start; i <= end; i++) {
      if (i < end && !bringsToPresent(tokens, classes, i)) continue;
      markPast(tokens, frames, spanStart, i, pastStatement);
      spanStart = i;
    }
  }
  let from = start; // openers before this are inside a frame already marked
  for (let n = next; n < openers.length && (openers[n] as number) < end; n++) {
    const i = openers[n] as number;
    if (i < from) continue;
    const frame = frameOpenedAt(tokens, i, end, wishes);
    if (frame === null) continue;
    if (frame === 'proposed' && judgesTheProposal(tokens, i)) {
      // The idea or the agreement is the clause's point: the praise before it is of the idea too.
      for (let k = start; k < end; k++) if (frames[k] === 'plain') frames[k] = frame;
      return;
    }
    // A goal, a difficulty and a hypothesis reach the words after them, not the rest of a long clause.
    // A difficulty and « au lieu de » also end at a new subject (« difficultés de ce type, il faut y remédier »).
    const stop =
      frame === 'purpose' || frame === 'proposed'
        ? purposeEnd(tokens, i, end)
        : frame === 'hindered'
          ? subjectAfter(tokens, i + 2, purposeEnd(tokens, i, end))
          : frame === 'instead'
            ? subjectAfter(tokens, i + 2, end)
            : end;
    // The difficulty word itself is a plain complaint; what follows it is what is hard to get.
    // A hypothesis inside a rhetorical question (« …seront ravis ??? ») stays ironic.
    for (let k = frame === 'hindered' ? i + 1 : i; k < stop; k++) if (frame !== 'proposed' || frames[k] === 'plain') frames[k] = frame;
    // A hypothesis lets the frames inside it open (« sera gratuite afin qu'il soit efficace »: a goal).
    if (frame === 'proposed') continue;
    if (stop === end) return;
    from = stop;
  }
}

/** A span in the imperfect with a comparative, or in a statement set in the past, is the past. */
function markPast(tokens: readonly string[], frames: Frame[], start: number, end: number, pastStatement: boolean): void {
  let imperfect = false;
  let comparative = false;
  for (let i = start; i < end; i++) {
    const token = tokens[i] as string;
    if (isImperfect(token)) imperfect = true;
    if (COMPARATIVES.has(token) && tokens[i - 1] !== 'ne' && !(token === 'plus' && isNegated(tokens, i))) comparative = true;
  }
  if (imperfect && (comparative || pastStatement)) {
    for (let i = start; i < end; i++) if (frames[i] === 'plain') frames[i] = 'past';
  }
}

/** "maintenant", "désormais", "aujourd'hui": the statement is back in the present. */
function bringsToPresent(tokens: readonly string[], classes: readonly number[], i: number): boolean {
  return ((classes[i] as number) & PRESENT) !== 0 && (PRESENT_WORDS.has(tokens[i] as string) || startsWith(tokens, i, NOWADAYS));
}

/** Where a goal opened at i ends: at the main verb, or a few words on. */
function purposeEnd(tokens: readonly string[], i: number, end: number): number {
  if (tokens[i + 1] === 'que' || tokens[i + 1] === 'qu') return end;
  const limit = Math.min(end, i + PURPOSE_WORDS);
  for (let k = i + 2; k < limit; k++) if (MAIN_VERBS.has(tokens[k] as string)) return k;
  return limit;
}

/** Subjects that open a clause of their own inside a comma-free sentence (« au lieu de simplifier on complexifie »); « nous », « vous » are as often objects (« au lieu de nous répondre »). */
const NEW_SUBJECTS = new Set('on il ils elle elles je'.split(' '));

/** Where the next subject stands from k on, or `end`. */
function subjectAfter(tokens: readonly string[], k: number, end: number): number {
  for (; k < end; k++) if (NEW_SUBJECTS.has(tokens[k] as string)) return k;
  return end;
}

/** The frame a word opens at i, or null. */
function frameOpenedAt(tokens: readonly string[], i: number, end: number, wishes: boolean): Frame | null {
  const token = tokens[i] as string;
  if (DISTANCING.has(token) || DISTANCING_BY_FIRST.get(token)?.some((p) => startsWith(tokens, i, p))) return 'ironic';
  if (REGRET_AUX.has(token) && REGRET_PARTICIPLES.has(tokens[i + 1] ?? '')) return 'ironic';
  for (const concession of CONCESSIONS) {
    if (startsWith(tokens, i, concession) && !CONCESSION_ADVERBS.has(tokens[i + concession.length] ?? '')) return 'conceded';
  }
  if ((token === 'pour' || (token === 'afin' && tokens[i + 1] === 'de')) && opensInfinitive(tokens, token === 'afin' ? i + 2 : i + 1, end)) {
    return 'purpose';
  }
  if (token === 'lieu' && tokens[i - 1] === 'au' && tokens[i + 1] === 'de') return 'instead';
  // « afin qu il », typed without its apostrophe, keeps a bare `qu`.
  if ((token === 'pour' || token === 'afin') && (tokens[i + 1] === 'que' || tokens[i + 1] === 'qu')) return 'purpose';
  if (REPORTING.has(token) && (tokens[i + 1] === 'que' || tokens[i + 1] === 'de')) return 'reported';
  if (HINDRANCES.has(token) && (tokens[i + 1] === 'de' || tokens[i + 1] === 'a') && !negatedBefore(tokens, i)) return 'hindered';
  return proposesAt(tokens, i, wishes) ? 'proposed' : null;
}

/** "pas de difficulté à…", "je n'ai jamais eu de mal à…": a negated difficulty hinders nothing. */
function negatedBefore(tokens: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5 && tokens[k] !== BOUNDARY; k--) if (NEGATORS_BEFORE.has(tokens[k] as string)) return true;
  return false;
}

/**
 * Whether an infinitive follows at k, after at most two clitics ("pour le faire", "pour ne pas").
 * « le », « la », « les » are articles as often as clitics: after one, an infinitive that is also a
 * noun is the noun (« pour le pouvoir d'achat », « pour le devenir des jeunes »).
 */
function opensInfinitive(tokens: readonly string[], k: number, end: number): boolean {
  for (let n = 0; n < 3 && k < end; n++, k++) {
    const token = tokens[k] as string;
    if (isInfinitive(token)) return !(NOUN_INFINITIVES.has(token) && ARTICLES.has(tokens[k - 1] as string));
    if (!CLITICS.has(token)) return false;
  }
  return false;
}


/** Words of difficulty whose complement is what is hard to get ("difficile d'avoir…", "du mal à trouver…", « m'empêche de… »). */
const HINDRANCES = new Set(
  'difficile difficiles difficulte difficultes impossible impossibilite complique compliquee dur mal galere penible empeche empechent empechait'.split(' '),
);
/** "pas difficile de…" hinders nothing. */
const NEGATORS_BEFORE = new Set(['ne', 'pas', 'jamais', 'plus', 'guere', 'aucune', 'aucun', 'sans']);

/** First words of everything that opens a frame: the only tokens worth a closer look. */
const OPENERS = new Set([
  ...DISTANCING, ...DISTANCING_PHRASES.map((p) => p[0] as string), ...REGRET_AUX, ...CONCESSIONS.map((p) => p[0] as string),
  'pour', 'afin', 'lieu', ...REPORTING, ...HINDRANCES, ...HYPOTHESIS_OPENERS,
]);
const OPENER = wordClass(OPENERS);
const DISTANCING_BY_FIRST = byFirstWord(DISTANCING_PHRASES);
/** Words that may set a statement in the past, or bring it back to the present (see setInPast, markClause). */
const PAST_START = wordClass([...PAST_WORDS, ...PAST_PHRASES.map((p) => p[0] as string), 'avant', 'y']);
const PRESENT = wordClass([...PRESENT_WORDS, NOWADAYS[0] as string]);

/** Whether the statement is set in the past: "avant, …", "autrefois", "à l'époque", "il y a dix ans". */
function setInPast(tokens: readonly string[], classes: readonly number[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!((classes[i] as number) & PAST_START)) continue;
    const token = tokens[i] as string;
    if (PAST_WORDS.has(token) || PAST_PHRASES.some((p) => startsWith(tokens, i, p))) return true;
    // Adverbial "avant" ("avant, c'était…", "ça marchait bien avant avec…"), not "avant la réforme".
    if (token === 'avant' && tokens[i - 1] !== 'que' && !BEFORE_OBJECT.has(tokens[i + 1] ?? '') && !/^\d/.test(tokens[i + 1] ?? '')) return true;
    if (token === 'y' && tokens[i + 1] === 'a' && /^(?:\d+|quelques|plusieurs|longtemps|dix|vingt|trente)$/.test(tokens[i + 2] ?? '')) return true;
  }
  return false;
}

function startsWith(tokens: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k]) return false;
  return true;
}
