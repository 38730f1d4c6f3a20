/**
 * An item whose section or column gives its tag keeps it, unless it says nothing: « RAS », « Néant »,
 * « Je ne sais pas » under « Ce qui fonctionne » are not something that works. They are read as
 * the answers of an `auto` column are (tag-text.ts): a non-answer is set aside; a bare refusal
 * (« Aucun », « Rien ») answers nothing under broken or needs (nothing broken, nothing missing), and
 * under working says that nothing works: a complaint. A statement that names an absent or scarce
 * service (« Pas de service public », « Peu de services publics ») says something: under broken or
 * needs it keeps its section's tag; under working, like « Aucun », it says what does not work.
 * Under a yes/no question proposing a change (« Faut-il reconnaître le vote blanc ? »), a bare « Oui »
 * or « Non » takes a position (see tag-text.ts): it keeps its column's tag.
 */
import { isNonAnswer, refusalOf } from './non-answer.ts';
import { splitStatements } from './segment.ts';
import { stanceOf } from './stance.ts';
import { tokenize } from './tokens.ts';
import { wordsOf } from './words.ts';

export type EmptyAnswer = 'none' | 'refusal' | 'absence';

/** Longer answers always say something (a refusal reads at most 16 words): most items skip the reading. */
export const MAX_EMPTY_LENGTH = 80;

/**
 * `none` when every statement answers nothing; `refusal` when one only refuses; `absence` when one
 * names an absent or scarce service and the others answer nothing or refuse; null otherwise, and
 * when `position` (the question proposes a change) and a statement says yes or no.
 */
export function emptyAnswer(text: string, position = false): EmptyAnswer | null {
  if (text.length > MAX_EMPTY_LENGTH) return null;
  let says: EmptyAnswer = 'none';
  for (const piece of splitStatements(text)) {
    const tokens = tokenize(text, piece.start, piece.end);
    const { classes } = wordsOf(tokens);
    if (position && stanceOf(tokens) !== null) return null;
    if (isNonAnswer(tokens, classes)) continue;
    const refusal = refusalOf(tokens, classes);
    if (refusal === null) return null;
    if (refusal !== 'refusal') says = 'absence';
    else if (says === 'none') says = 'refusal';
  }
  return says;
}
