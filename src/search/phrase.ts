/**
 * The phrase test: whether a query's words follow one another in a text, compounds read whole or as
 * their parts (engine.ts ranks the texts that hold the words side by side first).
 */
import { indexTerm, pairJoiner } from './french.ts';
import { isCompound, splitWords, wordParts } from './words.ts';

/** One word of a text for the phrase test: its term, and, where a compound begins, the compound's term and its parts' count. */
export interface PhrasePosition {
  term: string;
  whole?: { term: string; span: number };
}

/**
 * A text's words in order, stop words left out (they are no terms): a compound is its parts, the first
 * also standing for the whole, so that « rendez-vous » then « SMS » follow one another, and « milo »
 * then « lent » in « i-milo lent » (in the index's terms, the compound's parts come between).
 */
export function phrasePositions(text: string, joined: ReadonlySet<string> = new Set()): PhrasePosition[] {
  const positions: PhrasePosition[] = [];
  for (const span of splitWords(text, pairJoiner(joined))) {
    if (!isCompound(span.word)) {
      const term = indexTerm(span.word);
      if (term !== '') positions.push({ term });
      continue;
    }
    const first = positions.length;
    for (const part of wordParts(span)) {
      const term = indexTerm(part.word);
      if (term !== '') positions.push({ term });
    }
    if (positions.length === first) positions.push({ term: '' });
    const head = positions[first] as PhrasePosition;
    head.whole = { term: indexTerm(span.word), span: positions.length - first };
  }
  return positions;
}

/** Whether the words' terms follow one another somewhere in a text (`phrasePositions`). */
export function holdsPhrase(positions: readonly PhrasePosition[], wordTerms: ReadonlyArray<ReadonlySet<string>>): boolean {
  const from = (k: number, at: number): boolean => {
    const terms = wordTerms[k];
    if (!terms) return true;
    const position = positions[at];
    if (!position) return false;
    if (terms.has(position.term) && from(k + 1, at + 1)) return true;
    return position.whole !== undefined && terms.has(position.whole.term) && from(k + 1, at + position.whole.span);
  };
  for (let start = 0; start < positions.length; start++) if (from(0, start)) return true;
  return false;
}
