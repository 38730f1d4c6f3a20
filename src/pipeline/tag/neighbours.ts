/**
 * Rules that read a statement against its neighbours, after each was read alone (tag-text.ts, steps 3
 * and 4): conceded praise is no praise, a contrast turns weak evidence into the complaint or the
 * exception it announces, and under « what is missing? » a complaint is also a need.
 */
import { TAGS, type Tag } from '../model.ts';
import { concedes } from './concession.ts';
import { contentWords, settle, type Unit } from './unit.ts';

/** A tag read from a contrast rather than from the statement's own words. */
const CONTRAST_CONFIDENCE = 0.45;
/** The least complaint evidence that a contrast turns into a complaint: a bare negation (« ne m'a rien apporté »). */
const WEAK_COMPLAINT = 0.4;
/** An exception after a complaint ("Aucun, sauf la poste") names a few words, not a new account. */
const EXCEPTION_WORDS = 4;

/**
 * Praise conceded (« C'est bien beau de…, mais », « Certes…, mais ») is no evidence that something
 * works: the point is what follows the turn. The statement keeps its other tags; without any, it
 * joins the statement after it (see group).
 */
export function applyConcession(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    if (unit.nonAnswer || unit.scores.working <= 0) continue;
    const next = units[i + 1];
    const turnFollows = next !== undefined && next.piece.contrast && !next.piece.exception;
    if (!concedes(unit.tokens, turnFollows)) continue;
    unit.scores.working = 0;
    settle(unit);
  }
}

/**
 * A statement after "mais", "par contre", "sauf"… with no clear evidence of its own, after praise,
 * is the complaint the contrast announces ("L'ensemble est positif, sauf la santé"). The reverse
 * holds only for a short exception ("Aucun, sauf la poste"): after a complaint, "mais…" most often
 * adds to it ("c'est dramatique mais l'école publique tombe en lambeaux").
 */
export function applyContrast(units: Unit[]): void {
  for (let i = 1; i < units.length; i++) {
    const unit = units[i] as Unit;
    const before = units[i - 1] as Unit;
    if (!unit.piece.contrast || unit.nonAnswer || unit.tags.length > 0) continue;
    const polar = before.tags.filter((tag) => tag !== 'needs');
    if (polar.length !== 1) continue;
    const previous = polar[0] as Tag;
    if (previous === 'broken' && !(unit.piece.exception && contentWords(unit.tokens) <= EXCEPTION_WORDS)) continue;
    // Weak evidence agreeing with the previous statement ("…, mais pas ceux en avance") is no turn.
    if (unit.scores[previous] > 0 || unit.scores.needs > 0) continue;
    unit.tags = [previous === 'working' ? 'broken' : 'working'];
    unit.confidence = CONTRAST_CONFIDENCE;
  }
  for (let i = 1; i < units.length; i++) weakBeforePraise(units[i - 1] as Unit, units[i] as Unit);
}

/**
 * « Ça bloque souvent, mais la recherche est rapide »: praise after a contrast marker opposes what
 * came before it, so a statement there with weak evidence of a complaint (below the threshold, and
 * none of praise or of a need) is the complaint, not a preamble to the praise (group would merge it
 * into the praise and the complaint would be lost). Only before praise: before a complaint, weak
 * praise is most often conceded (« c'est bien, mais… », see concession.ts). Not in the first person:
 * there weak evidence is most often the writer's own circumstances (« je ne suis plus concerné,
 * mais… », « je suis loin de la retraite, mais… »), which set the scene for the praise.
 */
function weakBeforePraise(before: Unit, unit: Unit): void {
  if (!unit.piece.contrast || unit.piece.exception || before.nonAnswer || before.tags.length > 0) return;
  if (unit.tags.length !== 1 || unit.tags[0] !== 'working') return;
  const { working, broken, needs } = before.scores;
  if (broken < WEAK_COMPLAINT || working > 0 || needs > 0 || speaksOfSelf(before.tokens)) return;
  before.tags = ['broken'];
  before.confidence = CONTRAST_CONFIDENCE;
}

/**
 * Under a "what is missing / what should change?" question, a complaint is also a need: « désert
 * médical inquiétant » answers « quels services vous manquent ? ».
 */
export function impliedNeeds(units: Unit[]): void {
  if (units.some((unit) => unit.tags.includes('needs'))) return;
  for (const unit of units) {
    if (unit.tags.includes('broken')) unit.tags = TAGS.filter((tag) => tag === 'needs' || unit.tags.includes(tag));
  }
}

/** A statement in the first person (« je », « nous ») tells the writer's situation before judging anything. */
function speaksOfSelf(tokens: readonly string[]): boolean {
  for (const t of tokens) if (t === 'je' || t === 'j' || t === 'nous') return true;
  return false;
}
