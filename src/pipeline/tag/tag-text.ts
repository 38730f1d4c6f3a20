/**
 * Tags one free-text answer: the subset of {working, broken, needs} it holds, or `none` for a
 * non-answer, with a confidence, statement by statement.
 *
 * How a decision is made (deterministic):
 * 1. the answer is split into statements (sentence ends, ";", contrast markers, list numbers), and a
 *    statement that both praises and complains at a cleft (« …, c'est l'informatique qui ne suit pas »);
 * 2. each statement is a non-answer ("RAS"), a bare refusal ("Aucun", whose meaning depends on the
 *    question), a bare position on the change a yes/no question proposes (see below), or is read for
 *    evidence: score(tag) = lexicon evidence + λ·clip(ln(3·p(tag)), 0, 1)
 *    where p is the learned model's posterior when there is one (λ = 0.5: the model can add up to
 *    0.5 to a tag it finds more likely than chance, never subtract); a tag is kept when its score
 *    reaches 1 (evidence.ts reads negation, frames.ts irony, the past, concession and goals,
 *    modifiers.ts degree words and intensifiers);
 * 3. (neighbours.ts) a statement after a contrast marker with no evidence of its own, after praise, is a complaint
 *    ("positive, sauf la santé"); after a complaint, only a short exception is praise ("Aucun, sauf
 *    la poste"): « mais » after a complaint most often adds to it. The other way round, a statement
 *    with only weak evidence of a complaint before a contrast and praise (« Ça bloque souvent, mais
 *    la recherche est rapide ») is the complaint the contrast opposes, unless it speaks in the first
 *    person (« je ne suis plus concerné, mais… » sets the scene);
 *    A lead-in ending in « : » passes its tag to the verbless items of the list after it (lead-in.ts);
 *    a statement that only leaves a telephone number or an e-mail address is a non-answer (contact-offer.ts);
 * 4. under a "what is missing / what must change?" question a complaint is also a need (not under
 *    "what would you like?": there a complaint most often rejects the question's premise);
 * 5. when no statement reaches 1, the question decides (context prior 0.7 for its tag) together with
 *    the weak evidence; under a mixed « satisfaction et/ou difficultés » question, weak evidence below
 *    0.5 is no position (`none`: naming an administration without judging it); with no question and
 *    no evidence, the answer is taken as a need at confidence 0.2: in a consultation about the future
 *    system an unqualified remark most often points at something to address, and the low confidence
 *    flags it for review;
 * 6. an answer is `none` when every statement is a non-answer.
 *
 * « Oui » / « Non » (« Pour », « Contre », « Tout à fait », « Pas d'accord »…) answering a yes/no
 * question that proposes a change (« Faut-il reconnaître le vote blanc ? », context.ts
 * `proposesChange`) is a position, and both are *needs*, confidence 0.7: « Oui » asks for the change;
 * « Non » says « il ne faut pas » do it, which the lexicon reads as a need wherever it is written out
 * (a request keeps its tag under negation). Neither says what works or what fails today. Both count
 * under the same tag so that the white paper's reader sees the positions for and against side by
 * side, with the question: setting « Non » aside while « Oui » counts would overstate the support
 * for every proposal. Where the question is not a yes/no question proposing a change (« Pouvez-vous
 * identifier des règles inutiles ? », « Quels services… ? ») or there is none, « Oui » and « Non »
 * answer nothing and stay set aside.
 *
 * A yes/no question that judges today in words of one clear polarity (judging-question.ts: « Y a-t-il
 * trop d'échelons ? », « Êtes-vous satisfait de l'accueil ? », « Pensez-vous que les services sont
 * efficaces ? ») is different: « Oui » takes the question's verdict (*broken* after « trop »,
 * *working* after « satisfait »), « Non » the opposite (« Non » to « trop d'échelons ? » says their
 * number is fine: *working*), confidence 0.6. Where the polarity is not plain (a negation, a softener,
 * words of both kinds, a question word, « Pouvez-vous identifier… ? »), they stay set aside.
 *
 * A comparative inside a condition in the imperfect (« Si le traitement était plus rapide, … »,
 * frames.ts `counterfactual`) is a need and also a complaint: the irrealis says the treatment is not
 * fast today, which is what the writer reports. Before a condition (« plus simple si tout était au
 * même endroit ») the comparative only weighs a proposal: a need alone. Measured: the development
 * set does not change (no labelled answer has such a condition); of the 143,719 real answers it adds
 * *broken* to two (« Si le traitement était plus rapide… », « si l'organisation était plus simple… »),
 * both right when read by hand; the trap fixtures hold both readings.
 */
import { TAGS, type Tag } from '../model.ts';
import type { BayesModel } from './bayes.ts';
import { asksWhatIsLacking, contextKind, proposesChange, type ContextKind } from './context.ts';
import { readEvidence } from './evidence.ts';
import { readAfterNonAnswer } from './after-non-answer.ts';
import { quotedPhrases } from './frames.ts';
import { isNonAnswer, refusalOf } from './non-answer.ts';
import { yesMeans, type Verdict } from './judging-question.ts';
import { stanceOf } from './stance.ts';
import { splitCleft, splitStatements, type Piece } from './segment.ts';
import { tokenize } from './tokens.ts';
import { wordsOf } from './words.ts';
import { contentWords, settle, THRESHOLD, type Scores, type Unit } from './unit.ts';
import { applyConcession, applyContrast, impliedNeeds } from './neighbours.ts';
import { applyLeadIns } from './lead-in.ts';
import { holdsContact } from './contact-offer.ts';

export interface TaggedSegment {
  text: string;
  tags: Tag[];
  confidence: number;
  /** The tag with the strongest evidence: where the statement is published when it holds several. */
  primary: Tag;
}

export interface TextTagging {
  /** Ordered subset of working, broken, needs; empty when `none`. */
  tags: Tag[];
  /** The answer says nothing ("RAS", "sans objet", "je ne sais pas"…). */
  none: boolean;
  /** `none` for another reason: under a mixed question it names without a judgement read (« Les charges »). */
  unjudged?: true;
  /** `none`, and some statement leaves a contact (« disponible pour en parler : [téléphone] », contact-offer.ts). */
  contact?: true;
  /** 0–1. */
  confidence: number;
  /** The statements that carry a tag, adjacent statements with the same tags merged. */
  segments: TaggedSegment[];
}

export interface TagOptions {
  /** A model learned from the consultation's labelled items (see bayes.ts). */
  model?: BayesModel | null;
}

export { THRESHOLD } from './unit.ts';

const MODEL_WEIGHT = 0.5;
const PRIOR = 0.7;
/** Under a mixed question, weak evidence below this is no position at all. */
const MIXED_MINIMUM = 0.5;
/** Under a mixed question, an answer of at most this many content words names without judging. */
const MIXED_BARE_WORDS = 3;
const FALLBACK_CONFIDENCE = 0.2;
/** « Oui » / « Non » to a question proposing a change: a clear position, but a bare one. */
const STANCE_CONFIDENCE = 0.7;
/** A statement that only leaves a contact: as sure a non-answer as « RAS » after words (0.85). */
const CONTACT_CONFIDENCE = 0.9;
/** « Oui » / « Non » to a question judging today: clear, but a verdict read from the question's words. */
export const JUDGED_CONFIDENCE = 0.6;

export function tagText(text: string, context?: string | null, options: TagOptions = {}): TextTagging {
  const kind = contextKind(context);
  const model = options.model ?? null;
  const lacking = asksWhatIsLacking(context);
  const polar = proposesChange(context);
  const yes = polar ? null : yesMeans(context);
  const units: Unit[] = [];
  for (const piece of splitStatements(text)) {
    const unit = readUnit(text, piece, kind, lacking, polar, yes, model);
    // « …fonctionne bien sur le terrain, c'est l'informatique qui ne suit pas »: praise and a complaint
    // in one sentence, each of its own subject, are two statements (segment.ts `splitCleft`).
    const parts = unit.scores.working > 0 && unit.scores.broken > 0 ? splitCleft(text, piece) : null;
    if (parts === null) units.push(unit);
    else for (const part of parts) units.push(readUnit(text, part, kind, lacking, polar, yes, model));
  }
  const spoken = units.filter((unit) => !unit.nonAnswer);
  if (spoken.length === 0) {
    const confidence = units.length === 0 ? 0.95 : Math.min(...units.map((u) => u.confidence));
    if (units.some((unit) => holdsContact(unit.piece.text))) {
      return { tags: [], none: true, contact: true, confidence, segments: [] };
    }
    return { tags: [], none: true, confidence, segments: [] };
  }
  applyConcession(units);
  applyContrast(units);
  applyLeadIns(units);
  if (!spoken.some((unit) => unit.tags.length > 0)) return fallback(text, spoken, kind, model, lacking);
  if (lacking) impliedNeeds(units);
  const segments = group(text, units);
  const tags = TAGS.filter((tag) => segments.some((s) => s.tags.includes(tag)));
  return { tags, none: false, confidence: round(Math.min(...segments.map((s) => s.confidence))), segments };
}

function readUnit(
  text: string,
  piece: Piece,
  kind: ContextKind,
  lacking: boolean,
  polar: boolean,
  yes: Verdict | null,
  model: BayesModel | null,
): Unit {
  // The same tokens as the statement's own text, read in place (a flat string reads faster).
  const tokens = tokenize(text, piece.start, piece.end);
  const known = wordsOf(tokens);
  const unit: Unit = { piece, tokens, nonAnswer: false, scores: { working: 0, broken: 0, needs: 0 }, tags: [], confidence: 0 };
  // « Oui » / « Non » to « Faut-il… ? » takes a position on the change: a need either way (see above).
  if (polar && stanceOf(tokens) !== null) {
    return { ...unit, scores: { working: 0, broken: 0, needs: THRESHOLD }, tags: ['needs'], confidence: STANCE_CONFIDENCE };
  }
  // « Oui » / « Non » to « Y a-t-il trop d'échelons ? » judges today: yes is the question's verdict, no its opposite.
  if (yes !== null) {
    const stance = stanceOf(tokens);
    if (stance !== null) {
      const tag: Tag = stance === 'for' ? yes : yes === 'working' ? 'broken' : 'working';
      return { ...unit, scores: { working: 0, broken: 0, needs: 0, [tag]: THRESHOLD }, tags: [tag], confidence: JUDGED_CONFIDENCE };
    }
  }
  if (isNonAnswer(tokens, known.classes)) return { ...unit, nonAnswer: true, confidence: 0.95 };
  const refusal = refusalOf(tokens, known.classes);
  if (refusal !== null) {
    // "Aucun" under "which services improved?" is a complaint; elsewhere it answers nothing.
    // "Pas de service public" names an absence: a complaint under every question but one that asks
    // what one would like (« quels nouveaux services souhaitez-vous ? »), where, like "Aucun", it
    // wishes for nothing. Under "what is missing?" (asked of those who lack services) it says there
    // are none: what is missing is the service itself. "Peu de services publics" judges: a complaint.
    const wish = kind === 'needs' && !lacking;
    if (kind !== 'working' && (refusal === 'refusal' || (refusal === 'absence' && wish))) {
      return { ...unit, nonAnswer: true, confidence: 0.8 };
    }
    unit.scores.broken = 1.5;
  } else {
    const quoted = quotedPhrases(piece.text);
    const evidence = readEvidence(tokens, kind, piece.question, quoted, known);
    // « Je suis disponible pour en parler : [téléphone] » leaves a contact, no feedback.
    if (evidence.working === 0 && evidence.broken === 0 && evidence.needs === 0 && holdsContact(piece.text)) {
      return { ...unit, nonAnswer: true, confidence: CONTACT_CONFIDENCE };
    }
    unit.scores = { working: evidence.working, broken: evidence.broken, needs: evidence.needs };
    if (model) addModel(unit.scores, model.predict(piece.text));
    if (evidence.nonAnswer && !TAGS.some((tag) => unit.scores[tag] >= THRESHOLD)) {
      // « RAS, depuis la carte vitale les remboursements sont plus rapides »: what follows the non-answer answers.
      const rest = readAfterNonAnswer(tokens, kind, piece.question, quoted);
      if (rest === null) return { ...unit, nonAnswer: true, confidence: 0.85 };
      unit.scores = { working: rest.working, broken: rest.broken, needs: rest.needs };
      if (model) addModel(unit.scores, model.predict(piece.text));
    }
  }
  settle(unit);
  return unit;
}

/**
 * The learned model supports a tag, it never vetoes the lexicon: a proposal the lexicon reads
 * clearly ("Ne multipliez pas les outils") stays a proposal even if the workshop notes rarely say so.
 */
function addModel(scores: Scores, posterior: Record<Tag, number>): void {
  for (const tag of TAGS) {
    const lift = Math.log(3 * Math.max(posterior[tag], 1e-9));
    scores[tag] += MODEL_WEIGHT * Math.max(0, Math.min(1, lift));
  }
}

/** No statement is clear: the question's orientation and the weak evidence decide. */
function fallback(text: string, spoken: Unit[], kind: ContextKind, model: BayesModel | null, lacking: boolean): TextTagging {
  const scores: Scores = { working: 0, broken: 0, needs: 0 };
  for (const unit of spoken) for (const tag of TAGS) scores[tag] += unit.scores[tag];
  if (kind !== null && kind !== 'mixed') scores[kind] += PRIOR;
  const best = TAGS.reduce((a, b) => (scores[b] > scores[a] ? b : a));
  if (kind === 'mixed' && scores[best] < MIXED_MINIMUM) {
    // Under « satisfaction et/ou difficultés », naming an administration without judging it takes no
    // position; a longer account without a clear cue is most often a difficulty told as a story.
    if (contentWords(tokenize(text)) <= MIXED_BARE_WORDS) return { tags: [], none: true, unjudged: true, confidence: 0.5, segments: [] };
    scores.broken = Math.max(scores.broken, MIXED_MINIMUM);
  }
  const decided = scores[best] > 0 || scores.broken > 0 || model !== null;
  const tag: Tag = decided ? TAGS.reduce((a, b) => (scores[b] > scores[a] ? b : a)) : 'needs';
  const confidence = decided ? round(Math.min(0.6, 0.25 + 0.2 * Math.max(0, scores[best]))) : FALLBACK_CONFIDENCE;
  const whole = text.trim();
  // Under "what is missing / what must change?", a complaint names what to change (see impliedNeeds).
  const tags: Tag[] = lacking && tag === 'broken' ? ['broken', 'needs'] : [tag];
  return { tags, none: false, confidence, segments: [{ text: whole, tags, confidence, primary: tag }] };
}

/**
 * Statements in order, adjacent ones with the same tags merged; a statement without a tag joins the
 * one before it (or the next one at the start); non-answers are left out.
 */
function group(text: string, units: Unit[]): TaggedSegment[] {
  const groups: Array<{ start: number; end: number; tags: Tag[]; confidence: number; scores: Scores }> = [];
  let pendingStart = -1;
  for (const unit of units) {
    if (unit.nonAnswer) continue;
    const last = groups[groups.length - 1];
    if (unit.tags.length === 0) {
      if (last) last.end = unit.piece.end;
      else if (pendingStart < 0) pendingStart = opening(unit.piece);
      continue;
    }
    if (last && sameTags(last.tags, unit.tags)) {
      last.end = unit.piece.end;
      last.confidence = Math.min(last.confidence, unit.confidence);
      for (const tag of TAGS) last.scores[tag] += unit.scores[tag];
      continue;
    }
    const start = pendingStart >= 0 ? pendingStart : opening(unit.piece);
    pendingStart = -1;
    groups.push({ start, end: unit.piece.end, tags: unit.tags, confidence: unit.confidence, scores: { ...unit.scores } });
  }
  return groups.map((g) => ({
    text: text.slice(g.start, g.end),
    tags: g.tags,
    confidence: round(g.confidence),
    primary: g.tags.reduce((a, b) => (g.scores[b] > g.scores[a] ? b : a)),
  }));
}

/** Where a published statement opens: at its list number (« 2. la rapidité »: the rank is part of what it says), else its text. */
function opening(piece: Piece): number {
  return piece.numbered ? piece.marker : piece.start;
}

function sameTags(a: Tag[], b: Tag[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
