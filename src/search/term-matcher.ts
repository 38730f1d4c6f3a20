/** Which words of a displayed text a query matched, for `highlight`. */
import { indexTerm } from './french.ts';
import { isCompound } from './words.ts';

/**
 * Whether a word of a displayed text matched one of `terms` (same analysis as the index); of a compound,
 * the whole (« rendez-vous ») or the parts that matched (« milo » in « i-milo »): see `highlight`.
 */
export function termMatcher(terms: readonly string[]): (word: string) => boolean {
  const matched = new Set(terms);
  // Without a compound among the terms, no compound of a text (nor two words side by side) can match whole.
  const compounds = terms.some((term) => term.includes('-'));
  const cache = new Map<string, boolean>();
  return (word) => {
    let found = cache.get(word);
    if (found === undefined) {
      found = (compounds || !isCompound(word)) && matched.has(indexTerm(word));
      cache.set(word, found);
    }
    return found;
  };
}
