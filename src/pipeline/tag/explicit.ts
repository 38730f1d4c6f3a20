/**
 * An item whose section or column gives its tag keeps it, unless it says nothing: « RAS », « Néant »,
 * « Je ne sais pas » under « Ce qui fonctionne » are not something that works. They are read as
 * the answers of an `auto` column are (tag-text.ts): a non-answer is set aside; a bare refusal
 * (« Aucun », « Rien ») answers nothing under broken or needs (nothing broken, nothing missing), and
 * under working says that nothing works: a complaint. A statement that names an absent or scarce
 * service (« Pas de service public », « Peu de services publics ») says something: under broken or
 * needs it keeps its section's tag; under working, like « Aucun », it says what does not work.
 * Under a yes/no question proposing a change (« Faut-il reconnaître le vote blanc ? »), a bare « Oui »
 * or « Non » takes a position (see tag-text.ts): it keeps its column's tag. Under one that judges today
 * (« Êtes-vous satisfait de l'accueil ? », judging-question.ts) it takes the question's verdict, as in
 * an `auto` column (`judgedAnswer`): the column's tag says what its answers are meant to say, the
 * answer « Non » says the opposite.
 */
import { isNonAnswer, refusalOf } from './non-answer.ts';
import { splitStatements } from './segment.ts';
import type { Verdict } from './judging-question.ts';
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

/**
 * The verdict of a bare « Oui » / « Non » (« Non, pas du tout. ») to a question whose « Oui » means
 * `yes` (judging-question.ts `yesMeans`): the question's verdict for yes, its opposite for no; null
 * when a statement says something else (read for its words) or the answer takes no side or both.
 */
export function judgedAnswer(text: string, yes: Verdict): Verdict | null {
  let verdict: Verdict | null = null;
  for (const piece of splitStatements(text)) {
    const tokens = tokenize(text, piece.start, piece.end);
    const stance = stanceOf(tokens);
    if (stance === null) {
      if (isNonAnswer(tokens, wordsOf(tokens).classes)) continue;
      return null;
    }
    const said: Verdict = stance === 'for' ? yes : yes === 'working' ? 'broken' : 'working';
    if (verdict !== null && verdict !== said) return null;
    verdict = said;
  }
  return verdict;
}
