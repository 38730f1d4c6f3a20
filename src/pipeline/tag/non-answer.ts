/**
 * Statements that answer nothing ("RAS", "?", "sans objet", "non concerné", "je ne sais pas") and
 * bare refusals ("Aucun", "Non", "Rien", "Je n'en vois pas"), whose meaning depends on the question:
 * under « Quels services ont évolué de manière positive ? », « Aucun » is a complaint.
 */
import { NON_ANSWER_WHOLE, NONE_FOUND_FILLERS, NONE_FOUND_MARKERS } from './grammar.ts';
import { BOUNDARY } from './tokens.ts';
import { BOUNDARY_WORD, wordClass, wordsOf } from './words.ts';

/** Words that never change what a short answer means ("RAS merci", "Non concerné !"). */
const TRAILING = new Set(['merci', 'desole', 'desolee', 'pour', 'moi', 'personnellement', 'directement', 'actuellement']);

/** Words a known non-answer may hold: a statement with any other word is none (see words.ts). */
const NON_ANSWER_WORD = wordClass([...[...NON_ANSWER_WHOLE].flatMap((answer) => answer.split(' ')), ...TRAILING]);
const REFUSAL_MARKER = wordClass(NONE_FOUND_MARKERS);
const REFUSAL_FILLER = wordClass(NONE_FOUND_FILLERS);

// Known non-answers are short; longer statements skip the look-up.
const MAX_NON_ANSWER_TOKENS = 10;
const MAX_REFUSAL_TOKENS = 16;

/** Whether the whole statement is a known non-answer. */
export function isNonAnswer(tokens: readonly string[], classes: readonly number[] = wordsOf(tokens).classes): boolean {
  if (tokens.length > MAX_NON_ANSWER_TOKENS) return false;
  for (let i = 0; i < tokens.length; i++) {
    const word = classes[i] as number;
    if (!(word & BOUNDARY_WORD) && !(word & NON_ANSWER_WORD)) return false;
  }
  const words = tokens.filter((t) => t !== BOUNDARY);
  if (NON_ANSWER_WHOLE.has(words.join(' '))) return true;
  const core = words.filter((t) => !TRAILING.has(t));
  return core.length < words.length && NON_ANSWER_WHOLE.has(core.join(' '));
}

/** Whether the statement only refuses ("Aucun !", "Non", "Je n'en vois pas", "Pas vraiment"). */
export function isBareRefusal(tokens: readonly string[], classes: readonly number[] = wordsOf(tokens).classes): boolean {
  if (tokens.length > MAX_REFUSAL_TOKENS) return false;
  let marker = false;
  for (let i = 0; i < tokens.length; i++) {
    const word = classes[i] as number;
    if (word & BOUNDARY_WORD) continue;
    if (word & REFUSAL_MARKER) marker = true;
    else if (!(word & REFUSAL_FILLER)) return false;
  }
  return marker;
}
