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
import { readFrames, type Frame } from './frames.ts';
import { applyCue, type Evidence } from './meaning.ts';
import { CHORE, DURATION_WORD, delayAt, isChore } from './burdens.ts';
import { INTERJECTIONS, QUALITY_NOUNS, intensify, isDegree, isPostNegated, shapeCue } from './modifiers.ts';
import { cueAt, readStatement } from './statement.ts';
import { readReductions } from './reduced.ts';
import { END_WISH, wishesEnd } from './ended.ts';
import { dropPlural, formsText } from './tokens.ts';
import { BOUNDARY_WORD, wordClass, wordsOf, type TokenWords } from './words.ts';

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
const SOFT_NEGATORS: ReadonlyMap<string, number> = new Map([['moins', 1], ['peu', 1]]);
const INDEFINITES = new Set(['un', 'une', 'des']);
/** Adverbs of manner that turn the verb before them into a complaint. */
const MANNERS = new Set(['mal', 'moin bien', 'de moin en moin', 'plu mal', 'trop', 'tre mal']);
// The words read token by token, as word classes: one look-up per token for all (see words.ts).
const NE = wordClass(['ne']);
const QUE = wordClass(['que']);
const NEGATOR = wordClass(NEGATORS.keys());
const SOFT_NEGATOR = wordClass(SOFT_NEGATORS.keys());
const STOPWORD = wordClass(STOPWORDS);
// Conjunctions open a new clause, and a negation without `ne` ("sans salariés", "aucun doute") ends
// at the next finite verb: a negation reaches past neither.
const CLAUSE_END = wordClass([
  ...'et ou car mais donc alors puis parce quand lorsque si qui comme puisque tandis afin'.split(' '),
  ...'est sont etait etaient sera seront serait seraient ont avait avaient reste restent devient deviennent semble semblent'.split(' '),
]);
/** Words that say a problem is rare (complaints themselves: "les rendez-vous sont rares"). */
const RARITY = new Set(['rare', 'rares', 'rarement']);
/** Conjunctions that make « il y a un problème » a circumstance (« s'il » reads `se il`). */
const CIRCUMSTANCES = new Set(['quand', 'lorsque', 'se', 'si']);
const ARTICLES = new Set(['un', 'une', 'des', 'du']);
const RARITY_LINKS = new Set(['est', 'sont', 'reste', 'restent', 'tres', 'assez', 'plutot', 'devenu', 'devenus', 'devenue', 'devenues']);
/** What « pas » opens a rejected alternative with, after a request (« …, pas de nouvelles cases »). */
const REJECTED_ARTICLES = new Set(['de', 'du', 'des', 'un', 'une']);
/** A lack reaches forward only through "de": "manque de clarté", not "suivi insuffisant par des professeurs débordés". */
const LACK_LINKS = new Set(['de', 'du', 'des', 'a', 'au', 'aux']);

export function readEvidence(
  tokens: readonly string[],
  context: ContextKind,
  question = false,
  quoted: ReadonlySet<string> = new Set(),
  known: TokenWords = wordsOf(tokens),
): Evidence {
  const evidence: Evidence = { working: 0, broken: 0, needs: 0, nonAnswer: false };
  const statement = readStatement(tokens, context, known);
  const { start } = statement;
  const { classes } = known;
  // « ont fait baisser les rendez-vous manqués »: a problem said to shrink is praise (reduced.ts).
  const reductions = readReductions(statement);
  // Frames matter where a cue is read: a statement without any is not read for them.
  let frames: Frame[] | null | undefined;
  const frameAt = (i: number) => (frames === undefined ? (frames = readFrames(tokens, question, quoted, classes, context === 'needs')) : frames)?.[i];

  let neOpen = -1; // index of an open `ne`, or -1
  let reach = 0; // content words still negated after a negator
  let negationOpen = false;
  let confirmed = false; // a negator (not only `ne`) was read
  let negatedCue = false; // the current negation met a cue
  let soft = false; // opened by "moins"/"peu": no complaint when it meets nothing
  let lackScope = false; // opened by "manque de": the missing service is already counted
  let requestSeen = false; // in this statement: later praise is the state wished for
  let requestInClause = false; // in this clause: a complaint here is what the proposal removes
  let requested = ''; // the word after the last clear request (« besoin de », « faut des »)
  let lastPraise = { end: -2, weight: 0 }; // the last praise cue read, for "fonctionne mal"
  let lastDegree = -2; // end of the last degree word ("trop", "mal"), for "trop facile"
  let lastNegatedNoun = -2; // end of the last negated noun ("pas de guide"), for "pas de guide clair"
  let clauseWorking = 0; // praise before the clause began: "Un outil fiable est indispensable" wishes, not praises
  let interjected = 0; // praise from interjections ("Bravo", "Merci"), sarcastic beside a complaint
  let quality = 0; // praise from quality nouns in this clause ("la réactivité"), until a complaint judges them
  let lastComplaint = -9; // end of the last complaint in this clause ("faible efficacité")
  let lastComplaintWeight = 0; // what it added to `broken`
  const endClause = () => {
    if (requestInClause) evidence.working = clauseWorking;
    clauseWorking = evidence.working;
    requestInClause = false;
    quality = 0;
    lastComplaint = -9;
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
    const word = classes[i] as number;
    if (word & BOUNDARY_WORD) {
      closeNegation();
      endClause();
      // « besoin de temps pour accompagner, pas de nouvelles cases à remplir »: after a request, the
      // alternative it rejects, built like what it asks for (« besoin de…, pas de… »), is part of it, no
      // complaint of its own (« Je voudrais un rendez-vous, pas de réponse » still complains): read on after it.
      if (requestSeen && tokens[i + 1] === 'pas' && tokens[i + 2] === requested && REJECTED_ARTICLES.has(requested)) {
        while (i + 1 < tokens.length && !((classes[i + 1] as number) & BOUNDARY_WORD)) i++;
      }
      continue;
    }
    // The reducing word says nothing on its own: « baisser » proposes nothing, « moins de » opens no negation.
    if (reductions.reducers.has(i)) continue;
    let cue = cueAt(statement, i);
    if (cue && cue.kind === 'absence' && lackScope) {
      i += cue.length - 1;
      lastNegatedNoun = i;
      continue;
    }
    if (cue) {
      const shaped = shapeCue(statement, i, cue, { negationOpen, confirmed, lastDegree, lastNegatedNoun });
      if (shaped.kind === 'skip') {
        evidence.broken += shaped.broken;
        i += shaped.length - 1;
        continue;
      }
      cue = shaped.cue;
      // The problem reduced is praise; a negation of the reduction was read already (reduced.ts).
      if ((cue.kind === 'complaint' || cue.kind === 'lack') && reductions.problems.has(i)) cue = { ...cue, kind: 'praise', negatable: false };
    }
    if (cue && cue.kind !== 'neutral') {
      // Spoken French drops `ne`: "ça marche pas", "ça va jamais" negate the praise before them.
      const postNegated = !negationOpen && cue.kind === 'praise' && cue.negatable && isPostNegated(tokens, i + cue.length);
      // A lack negates the praise it reaches ("manque de clarté"), not a complaint ("manque de place, surcharge").
      const negated = (negationOpen && cue.negatable && !(lackScope && cue.kind === 'complaint')) || postNegated;
      if (negationOpen) negatedCue = true;
      cue = intensify(tokens, i, cue, negated);
      // "fonctionne mal", "marche moins bien": the manner turns the praise of the verb before it around.
      if (cue.kind === 'complaint' && !negated && lastPraise.end >= i - 1 && MANNERS.has(formsText(tokens, i, i + cue.length))) {
        evidence.working -= lastPraise.weight;
        evidence.broken += lastPraise.weight;
        lastPraise.end = -2;
      }
      if (cue.kind === 'request' && isChore(tokens, i, cue.length)) {
        evidence.broken += CHORE;
        i += cue.length - 1;
        continue;
      }
      // "On a un rendez-vous vite quand il y a un problème": a problem named as a circumstance.
      if (cue.kind === 'complaint' && !negated && isCircumstance(tokens, i)) {
        i += cue.length - 1;
        continue;
      }
      // "Les pannes sont rares", "plante rarement": a problem said to be rare is praise.
      if (cue.kind === 'complaint' && !negated && RARITY.has(token) && saysRare(tokens, lastComplaint, i)) {
        evidence.broken -= lastComplaintWeight;
        evidence.working += lastComplaintWeight;
        lastComplaint = -9;
        i += cue.length - 1;
        continue;
      }
      const before = evidence.working;
      const brokenBefore = evidence.broken;
      const applied = applyCue(evidence, cue, negated, statement, i, { statement: requestSeen, clause: requestInClause }, frameAt(i));
      if (evidence.working > before && cue.kind === 'praise') lastPraise = { end: i + cue.length - 1, weight: evidence.working - before };
      if (evidence.working > before && cue.kind === 'praise' && INTERJECTIONS.has(dropPlural(token))) interjected += evidence.working - before;
      // A quality named is judged by its clause: "une efficacité inexistante", "la réactivité est catastrophique".
      if (evidence.working > before && cue.kind === 'praise' && QUALITY_NOUNS.has(dropPlural(token))) {
        if (i - lastComplaint <= 2) evidence.working = before;
        else quality += evidence.working - before;
      }
      if (applied === 'broken' && !negated && cue.kind === 'complaint') {
        evidence.working -= quality;
        quality = 0;
        lastComplaint = i + cue.length - 1;
        lastComplaintWeight = evidence.broken - brokenBefore;
      }
      // A clear request (not a passing infinitive, "facile de créer") makes the praise around it a wish.
      if (applied === 'request' && cue.weight >= CLEAR_REQUEST) {
        requestSeen = requestInClause = true;
        // Only a word that asks (« besoin », « il faut »): « Embauche d'une assistante : pas de formation… » complains.
        requested = cue.kind === 'request' ? (tokens[i + cue.length] ?? '') : '';
      }
      i += cue.length - 1 + (postNegated ? 1 : 0);
      if (cue.kind === 'complaint' && isDegree(tokens, i - cue.length + 1, i)) lastDegree = i;
      if (negated && (cue.kind === 'absence' || cue.kind === 'complaint')) lastNegatedNoun = i;
      if (negationOpen && confirmed && neOpen < 0) closeNegation(); // a negator reaches its first cue only
      if (cue.kind === 'lack' && !negationOpen && LACK_LINKS.has(tokens[i + 1] ?? '')) {
        negationOpen = true;
        confirmed = true;
        negatedCue = true;
        lackScope = true;
        reach = LACK_REACH;
      }
      continue;
    }
    if (cue) {
      // « la fin de la double saisie »: the neutral « la fin » asks for a problem's end (ended.ts).
      if (token === 'la' && wishesEnd(statement, i + 1)) {
        evidence.needs += END_WISH;
        requestSeen = requestInClause = true;
      }
      i += cue.length - 1;
      continue;
    }
    if (i === start && token === 'fin' && wishesEnd(statement, i)) {
      evidence.needs += END_WISH;
      requestSeen = requestInClause = true;
      continue;
    }
    if (word & NE) {
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
    const negatorReach = word & NEGATOR ? NEGATORS.get(token) : undefined;
    if (negatorReach !== undefined && isNegator(token, i, neOpen, start)) {
      // « Ce n'est pas la peine de leur demander de l'aide », « plus la peine de… »: the idiom says it is
      // useless, a complaint as a bare negation is; it negates nothing after it (« …de perdre son temps »).
      if (i + 2 < tokens.length && tokens[i + 1] === 'la' && tokens[i + 2] === 'peine') {
        negationOpen = false;
        closeNegation();
        evidence.broken += context === 'working' ? BARE_NEGATION_WORKING : BARE_NEGATION;
        i += 2;
        continue;
      }
      if (!negationOpen) negatedCue = false;
      negationOpen = true;
      confirmed = true;
      soft = false;
      neOpen = -1;
      reach = Math.max(reach, negatorReach);
      continue;
    }
    const softReach = !negationOpen && word & SOFT_NEGATOR ? SOFT_NEGATORS.get(token) : undefined;
    if (softReach !== undefined) {
      negationOpen = true;
      confirmed = true;
      soft = true;
      negatedCue = false;
      reach = softReach;
      continue;
    }
    if (word & DURATION_WORD) evidence.broken += delayAt(tokens, i);
    if (!negationOpen) continue; // the rest only ends or narrows an open negation (an open `ne` is one)
    if (neOpen < 0 && word & CLAUSE_END) {
      closeNegation();
      continue;
    }
    if (word & QUE && neOpen >= 0) {
      // "ne … que" restricts, it does not negate.
      if (!confirmed) negationOpen = false;
      neOpen = -1;
      continue;
    }
    if (word & QUE && negationOpen && neOpen < 0) {
      // "jamais plus longue que l'entretien": the negation ends with its clause.
      closeNegation();
      continue;
    }
    if (neOpen >= 0) {
      if (i - neOpen > 5) closeNegation();
      continue;
    }
    if (negationOpen && !(word & STOPWORD)) {
      reach--;
      if (reach <= 0) closeNegation();
    }
  }
  closeNegation();
  endClause();
  // "Bravo pour la simplification, il faut maintenant trois rendez-vous !": praise shouted beside a
  // complaint in the same sentence is sarcasm.
  if (interjected > 0 && evidence.broken >= 1) evidence.working = Math.max(0, evidence.working - interjected);
  return evidence;
}

/** "quand il y a un problème", "s'il y a un souci", "en cas de panne": the complaint at i is a circumstance. */
function isCircumstance(tokens: readonly string[], i: number): boolean {
  if (tokens[i - 1] === 'de') return tokens[i - 2] === 'cas' && tokens[i - 3] === 'en';
  if (!ARTICLES.has(tokens[i - 1] as string) || tokens[i - 2] !== 'a' || tokens[i - 3] !== 'y' || tokens[i - 4] !== 'il') return false;
  return CIRCUMSTANCES.has(tokens[i - 5] as string);
}

/** Whether the rarity word at i judges the complaint ending at `end`: "pannes rares", "pannes sont très rares". */
function saysRare(tokens: readonly string[], end: number, i: number): boolean {
  if (end < 0 || i - end > 3) return false;
  for (let k = end + 1; k < i; k++) if (!RARITY_LINKS.has(tokens[k] as string)) return false;
  return true;
}

function isNegator(token: string, i: number, neOpen: number, start: number): boolean {
  if (NEGATORS_AFTER_NE.has(token)) return neOpen >= 0;
  // "Non, …" answering the question is not a negation of what follows.
  if (token === 'non') return i > start;
  return true;
}
