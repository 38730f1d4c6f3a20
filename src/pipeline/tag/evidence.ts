/**
 * Reads one statement's tokens and weighs the evidence for each tag: lexicon cues, French negation
 * and its traps, proposals at the start, and cues whose meaning depends on the question.
 *
 * Negation: `ne` opens a negation closed by pas/plus/jamais/rien/guère/aucun/personne; `pas`,
 * `jamais`, `aucun`, `sans`, `rien` alone also negate, and `moins`/`peu` softly ("moins bien",
 * "peu efficace"). Cues between `ne` and the negator, and the first cue in the next few content
 * words after it (never across a clause boundary), are negated: praise becomes a complaint ("n'est
 * pas adapté"), a complaint becomes praise ("pas de difficulté", "aucun problème"), a service noun
 * becomes a lack ("jamais de réponse"). A negation that meets no cue is a weak complaint ("ne sont
 * plus publics"), a strong one under an "improved?" question.
 */
import type { ContextKind } from './context.ts';
import { cueIndex, matchAt, type Cue } from './cues.ts';
import {
  NEGATORS,
  NEGATORS_AFTER_NE,
  NOT_INFINITIVES,
  START_SKIP,
  START_SKIP_PHRASES,
  STOPWORDS,
} from './lexicon.ts';
import { BOUNDARY, dropPlural, tokenize } from './tokens.ts';

export interface Evidence {
  working: number;
  broken: number;
  needs: number;
  /** A non-answer phrase was read ("je ne sais pas"). */
  nonAnswer: boolean;
}

type TagKey = 'working' | 'broken' | 'needs';

/** Weight of a negation that meets no cue: a weak complaint, strong under an "improved?" question. */
const BARE_NEGATION = 0.4;
const BARE_NEGATION_WORKING = 1;
/** Content words a lack ("manque de") reaches, like a negation: "manque de clarté" is a complaint. */
const LACK_REACH = 2;
/** A complaint inside a proposal ("Arrêter le gaspillage") counts half: the statement is the proposal. */
const COMPLAINT_IN_PROPOSAL = 0.5;
/** Weight from which a request turns the praise of its clause into a wish. */
const CLEAR_REQUEST = 0.8;
/** Under "what is missing?", a statement opening on "Un…", "Des…" names the thing wished for. */
const INDEFINITE_START = 0.6;
const SOFT_NEGATORS: ReadonlyMap<string, number> = new Map([
  ['moins', 1],
  ['peu', 1],
]);
const GERUND_EXCEPTIONS = new Set('tant attendant cependant maintenant pendant avant durant devant autant'.split(' '));
const POSSESSIVES = new Set('mes ses leurs nos vos tes mon son leur notre votre ton ma sa ta'.split(' '));
const COPULAS = new Set(['est', 'etait', 'sont', 'etaient', 'reste', 'devient', 'semble', 'parait']);
const COPULA_SUBJECTS = new Set(['qui', 'ce', 'il', 'elle', 'cela', 'ca', 'que', 'ils', 'elles', 'on']);
const INDEFINITES = new Set(['un', 'une', 'des']);
/** Adverbs of manner that turn the verb before them into a complaint. */
const MANNERS = new Set(['mal', 'moin bien', 'de moin en moin', 'plu mal', 'trop', 'tre mal']);
/** Conjunctions open a new clause: a negation does not reach past them. */
const CLAUSE_WORDS = new Set('et ou car mais donc alors puis parce quand lorsque si qui comme puisque tandis afin'.split(' '));
const DURATIONS = new Set('mois semaines semaine ans annees jours heures'.split(' '));
const COUNTS = new Set('deux trois quatre cinq six sept huit dix quinze plusieurs'.split(' '));
/** "3 mois pour répondre", "plusieurs semaines": a delay, a weak complaint. */
const DURATION = 0.6;

const startSkipPhrases = START_SKIP_PHRASES.map((p) => tokenize(p));

interface Statement {
  tokens: readonly string[];
  forms: readonly string[];
  start: number;
  context: ContextKind;
  /** An infinitive at the start is the subject ("Monter une entreprise est trop cher"), not a proposal. */
  infinitiveIsSubject: boolean;
}

export function readEvidence(tokens: readonly string[], context: ContextKind): Evidence {
  const forms = tokens.map(dropPlural);
  const index = cueIndex();
  const evidence: Evidence = { working: 0, broken: 0, needs: 0, nonAnswer: false };
  const start = startOf(tokens);
  const statement: Statement = { tokens, forms, start, context, infinitiveIsSubject: hasCopula(tokens, start) };

  let neOpen = -1; // index of an open `ne`, or -1
  let reach = 0; // content words still negated after a negator
  let negationOpen = false;
  let confirmed = false; // a negator (not only `ne`) was read
  let negatedCue = false; // the current negation met a cue
  let soft = false; // opened by "moins"/"peu": no complaint when it meets nothing
  let lackScope = false; // opened by "manque de": the missing service is already counted
  let requestSeen = false; // in this statement: later praise is the state wished for
  let requestInClause = false; // in this clause: a complaint here is what the proposal removes
  let lastPraise = { end: -2, weight: 0 }; // the last praise cue read, for "fonctionne mal"
  let clauseWorking = 0; // praise before the clause began: "Un outil fiable est indispensable" wishes, not praises
  const endClause = () => {
    if (requestInClause) evidence.working = clauseWorking;
    clauseWorking = evidence.working;
    requestInClause = false;
  };

  const closeNegation = () => {
    if (negationOpen && confirmed && !negatedCue && !soft) {
      evidence.broken += context === 'working' ? BARE_NEGATION_WORKING : BARE_NEGATION;
    }
    negationOpen = false;
    confirmed = false;
    negatedCue = false;
    soft = false;
    lackScope = false;
    reach = 0;
    neOpen = -1;
  };

  if (context === 'needs' && INDEFINITES.has(tokens[start] ?? '')) {
    evidence.needs += INDEFINITE_START;
    requestSeen = true;
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === BOUNDARY) {
      closeNegation();
      endClause();
      continue;
    }
    const cue = cueAt(index, tokens, forms, i, i === start);
    if (cue && cue.kind === 'absence' && lackScope) {
      i += cue.length - 1;
      continue;
    }
    if (cue && cue.kind !== 'neutral') {
      const negated = negationOpen && cue.negatable;
      if (negationOpen) negatedCue = true;
      // "fonctionne mal", "marche moins bien": the manner turns the praise of the verb before it around.
      if (cue.kind === 'complaint' && !negated && lastPraise.end >= i - 1 && MANNERS.has(forms.slice(i, i + cue.length).join(' '))) {
        evidence.working -= lastPraise.weight;
        evidence.broken += lastPraise.weight;
        lastPraise.end = -2;
      }
      const before = evidence.working;
      const applied = apply(evidence, cue, negated, statement, i, { statement: requestSeen, clause: requestInClause });
      if (evidence.working > before && cue.kind === 'praise') lastPraise = { end: i + cue.length - 1, weight: evidence.working - before };
      // A clear request (not a passing infinitive, "facile de créer") makes the praise around it a wish.
      if (applied === 'request' && cue.weight >= CLEAR_REQUEST) requestSeen = requestInClause = true;
      i += cue.length - 1;
      if (negationOpen && confirmed && neOpen < 0) closeNegation(); // a negator reaches its first cue only
      if (cue.kind === 'lack' && !negationOpen) {
        negationOpen = true;
        confirmed = true;
        negatedCue = true;
        lackScope = true;
        reach = LACK_REACH;
      }
      continue;
    }
    if (cue) {
      i += cue.length - 1;
      continue;
    }
    if (token === 'ne') {
      if (!negationOpen) {
        negationOpen = true;
        confirmed = false;
        negatedCue = false;
      }
      soft = false;
      neOpen = i;
      reach = 0;
      continue;
    }
    const negatorReach = NEGATORS.get(token);
    if (negatorReach !== undefined && isNegator(token, i, neOpen, start)) {
      if (!negationOpen) negatedCue = false;
      negationOpen = true;
      confirmed = true;
      soft = false;
      neOpen = -1;
      reach = Math.max(reach, negatorReach);
      continue;
    }
    const softReach = SOFT_NEGATORS.get(token);
    if (softReach !== undefined && !negationOpen) {
      negationOpen = true;
      confirmed = true;
      soft = true;
      negatedCue = false;
      reach = softReach;
      continue;
    }
    if (DURATIONS.has(token) && i > 0 && isCount(tokens[i - 1] as string)) evidence.broken += DURATION;
    if (CLAUSE_WORDS.has(token) && negationOpen && neOpen < 0) {
      closeNegation();
      continue;
    }
    if (token === 'que' && neOpen >= 0) {
      // "ne … que" restricts, it does not negate.
      if (!confirmed) negationOpen = false;
      neOpen = -1;
      continue;
    }
    if (token === 'que' && negationOpen && neOpen < 0) {
      // "jamais plus longue que l'entretien": the negation ends with its clause.
      closeNegation();
      continue;
    }
    if (neOpen >= 0) {
      if (i - neOpen > 5) closeNegation();
      continue;
    }
    if (negationOpen && !STOPWORDS.has(token)) {
      reach--;
      if (reach <= 0) closeNegation();
    }
  }
  closeNegation();
  endClause();
  return evidence;
}

function isCount(token: string): boolean {
  return COUNTS.has(token) || /^\d+$/.test(token);
}

function isNegator(token: string, i: number, neOpen: number, start: number): boolean {
  if (NEGATORS_AFTER_NE.has(token)) return neOpen >= 0;
  // "Non, …" answering the question is not a negation of what follows.
  if (token === 'non') return i > start;
  return true;
}

/** Whether an infinitive at the start is the sentence's subject: a copula follows, not after "qui"/"c'". */
function hasCopula(tokens: readonly string[], start: number): boolean {
  for (let i = start + 1; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === BOUNDARY) return false;
    if (COPULAS.has(token) && !COPULA_SUBJECTS.has(tokens[i - 1] ?? '')) return true;
  }
  return false;
}

/** The cue at token i: the longest of the anywhere and start-only cues, or a proposal form at the start. */
function cueAt(
  index: ReturnType<typeof cueIndex>,
  tokens: readonly string[],
  forms: readonly string[],
  i: number,
  atStart: boolean,
): Cue | null {
  const anywhere = matchAt(index.anywhere, forms, i);
  if (!atStart) return anywhere;
  const startCue = matchAt(index.atStart, forms, i);
  if (startCue && (!anywhere || startCue.length >= anywhere.length)) return startCue;
  if (anywhere) return anywhere;
  return proposalForm(tokens, i);
}

/** An unlisted infinitive or imperative, or "en + gerund", at the start of a statement is a proposal. */
function proposalForm(tokens: readonly string[], i: number): Cue | null {
  const token = tokens[i] as string;
  if (token.length >= 5 && token.endsWith('er') && !NOT_INFINITIVES.has(token)) {
    return { kind: 'genericInfinitive', weight: 1, length: 1, negatable: false };
  }
  const request: Cue = { kind: 'request', weight: 1, length: 1, negatable: false };
  if (token.length >= 5 && token.endsWith('ez') && token !== 'assez') return request;
  const next = tokens[i + 1];
  if (token === 'en' && next && next.length >= 5 && next.endsWith('ant') && !GERUND_EXCEPTIONS.has(next)) {
    return { ...request, length: 2 };
  }
  return null;
}

/** Index of the first word that can start a proposal, after "Et", "Oui,", "Pour moi"… */
function startOf(tokens: readonly string[]): number {
  let i = 0;
  for (;;) {
    const token = tokens[i];
    if (token === undefined) return i;
    if (token === BOUNDARY || START_SKIP.has(token)) {
      i++;
      continue;
    }
    const phrase = startSkipPhrases.find((p) => p.length > 0 && p.every((word, k) => tokens[i + k] === word));
    if (phrase) {
      i += phrase.length;
      continue;
    }
    return i;
  }
}

/** Adds a cue's weight to the tag it means here; returns 'request' for proposals. */
function apply(
  evidence: Evidence,
  cue: Cue,
  negated: boolean,
  statement: Statement,
  i: number,
  requestSeen: { statement: boolean; clause: boolean },
): TagKey | 'request' | 'none' {
  const w = cue.weight;
  const { context } = statement;
  const atStart = i === statement.start;
  switch (cue.kind) {
    case 'praise':
      if (negated) return add(evidence, 'broken', requestSeen.clause ? w * COMPLAINT_IN_PROPOSAL : w);
      // Praise after a request is the state wished for ("il faudrait un site plus simple").
      return requestSeen.statement ? 'none' : add(evidence, 'working', w);
    case 'complaint':
      // "il faudrait des outils peu coûteux": the absence of a problem is wished for, not praised.
      if (negated) return requestSeen.statement ? 'none' : add(evidence, 'working', w);
      return add(evidence, 'broken', requestSeen.clause ? w * COMPLAINT_IN_PROPOSAL : w);
    case 'request':
      // "mes besoins", "ses souhaits / besoins" name someone's needs, they do not ask for anything.
      if (possessed(statement.tokens, i)) return 'none';
      return request(evidence, w);
    case 'refusal':
      // "Je n'en vois pas" answering "which services improved?" is a complaint.
      if (context === 'working') return add(evidence, 'broken', w);
      evidence.nonAnswer = true;
      return 'none';
    case 'infinitive':
      return statement.infinitiveIsSubject ? 'none' : request(evidence, w);
    case 'genericInfinitive':
      // Under "which rules are useless?", "Fournir chaque année les mêmes pièces" names the rule.
      if (statement.infinitiveIsSubject || context === 'broken') return 'none';
      return request(evidence, w);
    case 'lack':
      return add(evidence, lackTag(context, atStart), w);
    case 'absence':
      return negated ? add(evidence, lackTag(context, atStart), 1) : 'none';
    case 'change':
      if (context === 'working') return add(evidence, negated ? 'broken' : 'working', w);
      if (negated) return add(evidence, 'broken', w);
      // "Recrutement de cadres :" heading an answer about satisfaction is a topic, not a proposal.
      if (context === 'mixed' || context === 'broken') return 'none';
      return request(evidence, w);
    case 'cut':
      if (context === 'needs' || (atStart && context !== 'working')) return request(evidence, w);
      return add(evidence, 'broken', w);
    case 'more':
      // Under "what improved?", "Plus de trésoreries en campagne" means there are none left.
      if (context === 'working') return add(evidence, 'broken', w);
      return request(evidence, w);
    case 'nonAnswer':
      evidence.nonAnswer = true;
      return 'none';
    case 'neutral':
      return 'none';
  }
}

function possessed(tokens: readonly string[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 3), i).filter((t) => t !== BOUNDARY);
  return before.some((t) => POSSESSIVES.has(t));
}

function request(evidence: Evidence, weight: number): 'request' {
  evidence.needs += weight;
  return 'request';
}

function lackTag(context: ContextKind, atStart: boolean): TagKey {
  return context === 'needs' || (context === null && atStart) ? 'needs' : 'broken';
}

function add(evidence: Evidence, tag: TagKey, weight: number): TagKey {
  evidence[tag] += weight;
  return tag;
}
