/**
 * An item whose section or column gives its tag keeps it, unless it says nothing: « RAS », « Néant »,
 * « Je ne sais pas » under « Ce qui fonctionne » are not something that works. They are read as
 * the answers of an `auto` column are (tag-text.ts): a non-answer is set aside; a bare refusal
 * (« Aucun », « Rien ») answers nothing under broken or needs (nothing broken, nothing missing), and
 * under working says that nothing works: a complaint.
 */
import { isBareRefusal, isNonAnswer } from './non-answer.ts';
import { splitStatements } from './segment.ts';
import { tokenize } from './tokens.ts';
import { wordsOf } from './words.ts';

export type EmptyAnswer = 'none' | 'refusal';

/** Longer answers always say something (a refusal reads at most 16 words): most items skip the reading. */
export const MAX_EMPTY_LENGTH = 80;

/** `none` when every statement answers nothing, `refusal` when one only refuses, null otherwise. */
export function emptyAnswer(text: string): EmptyAnswer | null {
  if (text.length > MAX_EMPTY_LENGTH) return null;
  let refusal = false;
  for (const piece of splitStatements(text)) {
    const tokens = tokenize(text, piece.start, piece.end);
    const { classes } = wordsOf(tokens);
    if (isNonAnswer(tokens, classes)) continue;
    if (!isBareRefusal(tokens, classes)) return null;
    refusal = true;
  }
  return refusal ? 'refusal' : 'none';
}
