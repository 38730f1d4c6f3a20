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
import { NEGATORS, NEGATORS_AFTER_NE, STOPWORDS } from './grammar.ts';
import { applyCue, type Evidence } from './meaning.ts';
import { cueAt, readStatement } from './statement.ts';
import { BOUNDARY } from './tokens.ts';

export type { Evidence } from './meaning.ts';

/** Weight of a negation that meets no cue: a weak complaint, strong under an "improved?" question. */
const BARE_NEGATION = 0.4;
const BARE_NEGATION_WORKING = 1;
/** Content words a lack ("manque de") reaches, like a negation: "manque de clarté" is a complaint. */
const LACK_REACH = 2;
/** Weight from which a request turns the praise of its clause into a wish. */
const CLEAR_REQUEST = 0.8;
/** Under "what is missing?", a statement opening on "Un…", "Des…" names the thing wished for. */
const INDEFINITE_START = 0.6;
const SOFT_NEGATORS: ReadonlyMap<string, number> = new Map([
  ['moins', 1],
  ['peu', 1],
]);
const INDEFINITES = new Set(['un', 'une', 'des']);
/**
 * "il faut" + a chore, in the present, tells a burden rather than asks for something: "Maintenant il
 * faut poster les demandes", "il faut passer par des professionnels".
 */
const CHORES = new Set(
  ('passer poster envoyer renvoyer fournir refournir remplir aller deplacer attendre compter payer appeler telephoner ' +
    'rappeler justifier prouver recommencer refaire patienter courir relancer imprimer scanner photocopier ressaisir ' +
    'chercher insister batailler battre galerer joindre presenter repasser redemander monter attendre renouveler ' +
    'toujours chaque encore sans souvent systematiquement').split(' '),
);
const PRESENT_MUST = new Set(['faut']);
const CHORE_SKIP = new Set(['il', 'se', 'me', 'te', 'nous', 'vous', 'le', 'la', 'les', 'y', 'en', 'lui', 'leur', 'a', 'donc', 'alors', 'maintenant']);
const CHORE = 0.8;
/** Adverbs of manner that turn the verb before them into a complaint. */
const MANNERS = new Set(['mal', 'moin bien', 'de moin en moin', 'plu mal', 'trop', 'tre mal']);
/** Conjunctions open a new clause: a negation does not reach past them. */
const CLAUSE_WORDS = new Set('et ou car mais donc alors puis parce quand lorsque si qui comme puisque tandis afin'.split(' '));
const DURATIONS = new Set('mois semaines semaine ans annees jours heures'.split(' '));
const COUNTS = new Set('deux trois quatre cinq six sept huit dix quinze plusieurs'.split(' '));
/** "3 mois pour répondre", "plusieurs semaines": a delay, a weak complaint. */
const DURATION = 0.6;

export function readEvidence(tokens: readonly string[], context: ContextKind): Evidence {
  const evidence: Evidence = { working: 0, broken: 0, needs: 0, nonAnswer: false };
  const statement = readStatement(tokens, context);
  const { forms, start } = statement;

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
    const cue = cueAt(statement, i);
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
      if (cue.kind === 'request' && isChore(tokens, i, cue.length)) {
        evidence.broken += CHORE;
        i += cue.length - 1;
        continue;
      }
      const before = evidence.working;
      const applied = applyCue(evidence, cue, negated, statement, i, { statement: requestSeen, clause: requestInClause });
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

/** Whether the request at i is a present "(il) faut" followed by a chore. */
function isChore(tokens: readonly string[], i: number, length: number): boolean {
  if (!tokens.slice(i, i + length).some((t) => PRESENT_MUST.has(t))) return false;
  for (let k = i + length; k < tokens.length && k < i + length + 4; k++) {
    const token = tokens[k] as string;
    if (CHORE_SKIP.has(token)) continue;
    return CHORES.has(token);
  }
  return false;
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
