/**
 * A statement that opens with a non-answer and goes on, after a comma or a colon, with an answer of
 * its own: « RAS, depuis la carte vitale les remboursements sont plus rapides », « Je ne sais pas,
 * peut-être en regroupant les services ». The non-answer only clears the ground; the rest is read
 * alone, and the statement is kept (published whole, as written) when that rest holds a judgement or
 * a proposal the lexicon reads clearly. A rest that only says why the writer is not concerned
 * (« Non concerné : je suis retraité », « Sans objet, il y a trop longtemps ») reads nothing clear or
 * a non-answer of its own, and the statement stays set aside; so does one joined without punctuation
 * (« Non concerné car je n'ai pas d'enfants »: the reason belongs to the non-answer).
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
  const rest = restAfterNonAnswer(tokens);
  if (rest === null || contentWords(rest) < MIN_REST_WORDS) return null;
  const evidence = readEvidence(rest, context, question, quoted, wordsOf(rest));
  if (evidence.nonAnswer) return null;
  return evidence.working >= THRESHOLD || evidence.broken >= THRESHOLD || evidence.needs >= THRESHOLD ? evidence : null;
}

/** The tokens after the leading clauses that are non-answers (« RAS », « Non concerné »), or null. */
function restAfterNonAnswer(tokens: readonly string[]): string[] | null {
  let start = 0;
  let nonAnswer = false;
  for (let end = tokens.indexOf(BOUNDARY); end > start; end = tokens.indexOf(BOUNDARY, start)) {
    const clause = tokens.slice(start, end);
    if (isNonAnswer(clause)) nonAnswer ||= !(clause.length === 1 && BARE_OPENERS.has(clause[0] as string));
    else if (!(clause.length === 1 && BARE_OPENERS.has(clause[0] as string))) break;
    start = end + 1;
    while (tokens[start] === BOUNDARY) start++;
  }
  return nonAnswer && start < tokens.length ? tokens.slice(start) : null;
}
