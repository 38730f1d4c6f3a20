/**
 * How the texts write each term, for « Vouliez-vous dire … ? »: the suggestion is spelled as the
 * texts spell it (never as the first text holding the term happens to), and as close as they allow
 * to what the reader typed: « onseillers » → « conseillers » even where « conseillère » is more usual.
 */
import { indexTerm, splitWords } from '../french.ts';
import { compareStrings } from './postings.ts';

/** Spellings kept per term: enough for number and gender (« conseiller », « -ers », « -ère »), bounded in bytes. */
export const MAX_FORMS = 3;

/**
 * Per term, its most usual words in lower case, at most `MAX_FORMS`: those held by the most texts (a
 * text counts once per word) first, ties in code-unit order. The reader's browser takes the one
 * closest to what was typed, the more usual on a tie (`usualSpelling`), which the build cannot know.
 */
export function usualForms(texts: readonly string[], maxForms = MAX_FORMS): Map<string, string[]> {
  const holders = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(splitWords(text).map(({ word }) => word.toLowerCase()));
    for (const word of words) holders.set(word, (holders.get(word) ?? 0) + 1);
  }
  const byTerm = new Map<string, Array<{ word: string; count: number }>>();
  for (const [word, count] of holders) {
    const term = indexTerm(word);
    if (term === '') continue;
    const forms = byTerm.get(term);
    if (forms) forms.push({ word, count });
    else byTerm.set(term, [{ word, count }]);
  }
  const usual = new Map<string, string[]>();
  for (const [term, forms] of byTerm) {
    forms.sort((a, b) => b.count - a.count || compareStrings(a.word, b.word));
    usual.set(term, forms.slice(0, maxForms).map(({ word }) => word));
  }
  return usual;
}
