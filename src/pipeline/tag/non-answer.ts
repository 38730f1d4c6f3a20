/**
 * Statements that answer nothing ("RAS", "?", "sans objet", "non concerné", "je ne sais pas") and
 * bare refusals ("Aucun", "Non", "Rien", "Je n'en vois pas"), whose meaning depends on the question:
 * under « Quels services ont évolué de manière positive ? », « Aucun » is a complaint.
 */
import { NON_ANSWER_WHOLE, NONE_FOUND_FILLERS, NONE_FOUND_MARKERS } from './grammar.ts';
import { BOUNDARY } from './tokens.ts';

/** Words that never change what a short answer means ("RAS merci", "Non concerné !"). */
const TRAILING = new Set(['merci', 'desole', 'desolee', 'pour', 'moi', 'personnellement', 'directement', 'actuellement']);

// Known non-answers are short; longer statements skip the look-up.
const MAX_NON_ANSWER_TOKENS = 10;
const MAX_REFUSAL_TOKENS = 16;

/** Whether the whole statement is a known non-answer. */
export function isNonAnswer(tokens: readonly string[]): boolean {
  if (tokens.length > MAX_NON_ANSWER_TOKENS) return false;
  const words = tokens.filter((t) => t !== BOUNDARY);
  if (NON_ANSWER_WHOLE.has(words.join(' '))) return true;
  const core = words.filter((t) => !TRAILING.has(t));
  return core.length < words.length && NON_ANSWER_WHOLE.has(core.join(' '));
}

/** Whether the statement only refuses ("Aucun !", "Non", "Je n'en vois pas", "Pas vraiment"). */
export function isBareRefusal(tokens: readonly string[]): boolean {
  if (tokens.length > MAX_REFUSAL_TOKENS) return false;
  let marker = false;
  let words = 0;
  for (const token of tokens) {
    if (token === BOUNDARY) continue;
    words++;
    if (NONE_FOUND_MARKERS.has(token)) marker = true;
    else if (!NONE_FOUND_FILLERS.has(token)) return false;
  }
  return marker;
}
