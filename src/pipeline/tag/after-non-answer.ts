/**
 * A statement that opens with a non-answer and goes on, after a comma or a colon, with an answer of
 * its own: « RAS, depuis la carte vitale les remboursements sont plus rapides », « Je ne sais pas,
 * peut-être en regroupant les services ». The non-answer only clears the ground; the rest is read
 * alone, and the statement is kept (published whole, as written) when that rest holds a judgement or
 * a proposal the lexicon reads clearly. A rest that only says why the writer is not concerned
 * (« Non concerné : je suis retraité », « Sans objet, il y a trop longtemps ») reads nothing clear or
 * a non-answer of its own, and the statement stays set aside; so does one joined without punctuation
 * (« Non concerné car je n'ai pas d'enfants »: the reason belongs to the non-answer). After « RAS »,
 * which says nothing is wrong, even weak praise is kept (« RAS, site internet OK »).
 */
import type { ContextKind } from './context.ts';
import { readEvidence, type Evidence } from './evidence.ts';
import { isNonAnswer } from './non-answer.ts';
import { BOUNDARY } from './tokens.ts';
import { contentWords, THRESHOLD } from './unit.ts';
import { wordsOf } from './words.ts';

/** Words that may stand alone before the non-answer (« Non, RAS, … »), in a clause of their own. */
const BARE_OPENERS = new Set(['oui', 'non', 'bonjour']);
/** A rest of a single word (« Non concerné, frontalier ») names a circumstance, it does not judge. */
const MIN_REST_WORDS = 2;

/**
 * The evidence of what follows a leading non-answer, when it holds a clear reading (a tag at
 * THRESHOLD); null when the statement does not open so, or the rest says nothing clear.
 */
export function readAfterNonAnswer(
  tokens: readonly string[],
  context: ContextKind,
  question: boolean,
  quoted: ReadonlySet<string>,
): Evidence | null {
  const lead = restAfterNonAnswer(tokens);
  if (lead === null) return null;
  const { rest, nothingToReport } = lead;
  if (contentWords(rest) < (nothingToReport ? 1 : MIN_REST_WORDS)) return null;
  const evidence = readEvidence(rest, context, question, quoted, wordsOf(rest));
  if (evidence.nonAnswer) return null;
  // « RAS, site internet OK », « RAS, ça va »: nothing to report and praise, however weak, say together
  // that all is well.
  if (nothingToReport && evidence.working > 0 && evidence.broken === 0 && evidence.needs === 0) {
    return { ...evidence, working: Math.max(evidence.working, THRESHOLD) };
  }
  return evidence.working >= THRESHOLD || evidence.broken >= THRESHOLD || evidence.needs >= THRESHOLD ? evidence : null;
}

/** Non-answers that say nothing is wrong (« RAS », « rien à signaler »), unlike « non concerné ». */
const NOTHING_TO_REPORT = new Set(['ras', 'r a s', 'rien a signaler']);

/**
 * The tokens after the leading clauses that are non-answers (« RAS », « Non concerné »), and whether
 * one of them says there is nothing to report; null when the statement does not open so.
 */
function restAfterNonAnswer(tokens: readonly string[]): { rest: string[]; nothingToReport: boolean } | null {
  let start = 0;
  let nonAnswer = false;
  let nothingToReport = false;
  for (let end = tokens.indexOf(BOUNDARY); end > start; end = tokens.indexOf(BOUNDARY, start)) {
    const clause = tokens.slice(start, end);
    if (isNonAnswer(clause)) {
      nonAnswer ||= !(clause.length === 1 && BARE_OPENERS.has(clause[0] as string));
      nothingToReport ||= NOTHING_TO_REPORT.has(clause.join(' '));
    } else if (!(clause.length === 1 && BARE_OPENERS.has(clause[0] as string))) break;
    start = end + 1;
    while (tokens[start] === BOUNDARY) start++;
  }
  return nonAnswer && start < tokens.length ? { rest: tokens.slice(start), nothingToReport } : null;
}
