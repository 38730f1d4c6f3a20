/**
 * How the texts write each term, for « Vouliez-vous dire … ? »: the suggestion is spelled as most
 * texts spell it (« conseillers » from 40 texts, not « conseillère » from the first one holding it).
 */
import { indexTerm, splitWords } from '../french.ts';
import { compareStrings } from './postings.ts';

/**
 * Per term, its most usual words in lower case: those held by the most texts (a text counts once
 * per word), all of them when several tie, in code-unit order. The reader's browser breaks a tie by
 * the word closest to what was typed (`usualSpelling`), which the build cannot know.
 */
export function usualForms(texts: readonly string[]): Map<string, string[]> {
  const holders = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(splitWords(text).map(({ word }) => word.toLowerCase()));
    for (const word of words) holders.set(word, (holders.get(word) ?? 0) + 1);
  }
  const best = new Map<string, { count: number; words: string[] }>();
  for (const [word, count] of holders) {
    const term = indexTerm(word);
    if (term === '') continue;
    const current = best.get(term);
    if (!current || count > current.count) best.set(term, { count, words: [word] });
    else if (count === current.count) current.words.push(word);
  }
  return new Map([...best].map(([term, { words }]) => [term, words.sort(compareStrings)]));
}
