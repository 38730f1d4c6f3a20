/**
 * Frames: stretches of a statement where praise and complaints do not mean what they say.
 * - `ironic`: distancing ("censés être gratuits", "soi-disant simplifié", "on croit que c'est
 *   simple", "sous prétexte que…"), regret ("aurait été plus simple", "aurait été apprécié") and
 *   rhetorical questions ("Est-il vraiment utile de… ?"): praise there is a complaint.
 * - `past`: "it used to be better": a clause in the imperfect with a comparative ("les formulaires
 *   papier étaient plus simples") or in a statement set in the past ("avant, ça fonctionnait bien",
 *   "à l'époque…"): praise there says what was lost, a complaint about today.
 * - `conceded`: after "malgré", "en dépit de": what is conceded counts half.
 * - `purpose`: after "pour"/"afin de" + infinitive, "pour que": a goal, not a judgement ("pour
 *   former correctement"): praise there counts nothing, a complaint half.
 * - `reported`: after "on m'a dit que", "m'indique qu'il faut": someone else's words; a request
 *   or praise there is not the writer's.
 * A frame lasts to the end of its clause (the next comma, colon or parenthesis), except a question,
 * which frames the whole statement. One linear pass per statement; tokens are folded.
 */
import { NOT_INFINITIVES } from './grammar.ts';
import { BOUNDARY } from './tokens.ts';

export type Frame = 'plain' | 'ironic' | 'past' | 'conceded' | 'purpose' | 'reported';

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
/** Words that set a statement in the past ("avant, …", "autrefois", "à l'époque"). */
const PAST_WORDS = new Set('auparavant autrefois jadis naguere anciennement'.split(' '));
const PAST_PHRASES = [['a', 'le', 'epoque'], ['a', 'une', 'epoque'], ['dans', 'le', 'temps'], ['par', 'le', 'passe']];
/** After adverbial "avant" (not "avant la réforme", "avant de partir"): a pause or a new clause. */
const AFTER_ADVERBIAL_AVANT = new Set('ce c on il ils elle elles nous je j tout ca cela y'.split(' '));
const COMPARATIVES = new Set('plus mieux meilleur meilleure meilleurs meilleures'.split(' '));
/** Words in -ait that are not imperfect verbs. */
const NOT_IMPERFECT = new Set('connait reconnait parait apparait disparait nait plait complait tait lait sait souhait'.split(' '));

export function readFrames(tokens: readonly string[], question: boolean): Frame[] {
  const frames: Frame[] = new Array<Frame>(tokens.length).fill(question ? 'ironic' : 'plain');
  const pastStatement = setInPast(tokens);
  let clauseStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i] !== BOUNDARY) continue;
    markClause(tokens, frames, clauseStart, i, pastStatement);
    clauseStart = i + 1;
  }
  return frames;
}

/** Frames inside one clause [start, end). */
function markClause(tokens: readonly string[], frames: Frame[], start: number, end: number, pastStatement: boolean): void {
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
  for (let i = start; i < end; i++) {
    const frame = frameOpenedAt(tokens, i, end);
    if (frame === null) continue;
    for (let k = i; k < end; k++) frames[k] = frame;
    return;
  }
}

/** The frame a word opens at i, or null. */
function frameOpenedAt(tokens: readonly string[], i: number, end: number): Frame | null {
  const token = tokens[i] as string;
  if (DISTANCING.has(token) || DISTANCING_PHRASES.some((p) => startsWith(tokens, i, p))) return 'ironic';
  if (REGRET_AUX.has(token) && REGRET_PARTICIPLES.has(tokens[i + 1] ?? '')) return 'ironic';
  for (const concession of CONCESSIONS) {
    if (startsWith(tokens, i, concession) && !CONCESSION_ADVERBS.has(tokens[i + concession.length] ?? '')) return 'conceded';
  }
  if ((token === 'pour' || (token === 'afin' && tokens[i + 1] === 'de')) && opensInfinitive(tokens, token === 'afin' ? i + 2 : i + 1, end)) {
    return 'purpose';
  }
  if ((token === 'pour' || token === 'afin') && tokens[i + 1] === 'que') return 'purpose';
  if (REPORTING.has(token) && (tokens[i + 1] === 'que' || tokens[i + 1] === 'de')) return 'reported';
  return null;
}

/** Whether an infinitive follows at k, after at most two clitics ("pour le faire", "pour ne pas"). */
function opensInfinitive(tokens: readonly string[], k: number, end: number): boolean {
  for (let n = 0; n < 3 && k < end; n++, k++) {
    const token = tokens[k] as string;
    if (isInfinitive(token)) return true;
    if (!CLITICS.has(token)) return false;
  }
  return false;
}

function isInfinitive(token: string): boolean {
  if (token === 'etre' || token === 'avoir' || token === 'faire') return true;
  return token.length >= 5 && /(?:er|ir|re|oir)$/.test(token) && !NOT_INFINITIVES.has(token);
}

function isImperfect(token: string): boolean {
  if (token === 'etais' || token === 'avais' || token === 'etions' || token === 'avions') return true;
  if (token.length < 5 || NOT_IMPERFECT.has(token)) return false;
  if (token.endsWith('aient')) return true;
  return token.endsWith('ait') && !token.endsWith('fait') && !token.endsWith('trait');
}

/** "ne … plus" is a negation, not a comparative. */
function isNegated(tokens: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (tokens[k] === 'ne') return true;
  return false;
}

/** Whether the statement is set in the past: "avant, …", "autrefois", "à l'époque", "il y a dix ans". */
function setInPast(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (PAST_WORDS.has(token) || PAST_PHRASES.some((p) => startsWith(tokens, i, p))) return true;
    if (token === 'avant' && tokens[i - 1] !== 'que') {
      const next = tokens[i + 1];
      if (next === undefined || next === BOUNDARY || AFTER_ADVERBIAL_AVANT.has(next)) return true;
    }
    if (token === 'y' && tokens[i + 1] === 'a' && /^(?:\d+|quelques|plusieurs|longtemps|dix|vingt|trente)$/.test(tokens[i + 2] ?? '')) return true;
  }
  return false;
}

function startsWith(tokens: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k]) return false;
  return true;
}
