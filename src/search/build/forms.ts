/**
 * How the texts write each term: every word they write, for a word typed in part (`w-` shards) and for
 * « Vouliez-vous dire … ? », whose suggestion is spelled as the texts spell it (never as the first text
 * holding the term happens to), and as close as they allow to what the reader typed: « onseillers » →
 * « conseillers » even where « conseillère » is more usual.
 */
import { indexTerm, pairJoiner } from '../french.ts';
import { indexedWords } from '../words.ts';
import { compareStrings } from './postings.ts';

/** Spellings kept per term: enough for number and gender (« conseiller », « -ers », « -ère »), bounded in bytes. */
export const MAX_FORMS = 3;

/** A word as the texts write it (lower case), its term and the number of texts writing it. */
export interface WrittenWord {
  word: string;
  term: string;
  docs: number;
}

/**
 * Every distinct word of the texts in lower case — compounds and their parts, stop words left out —
 * with its term and how many texts hold it (a text counts once per word), in code-unit order; a
 * compound read whole when written apart (`joined`) as written (« bien être »).
 */
export function writtenWords(texts: readonly string[], joined: ReadonlySet<string> = new Set()): WrittenWord[] {
  const holders = new Map<string, number>();
  const join = pairJoiner(joined);
  for (const text of texts) {
    const words = new Set(indexedWords(text, join).map((word) => word.toLowerCase()));
    for (const word of words) holders.set(word, (holders.get(word) ?? 0) + 1);
  }
  const written: WrittenWord[] = [];
  for (const [word, docs] of holders) {
    const term = indexTerm(word);
    if (term !== '') written.push({ word, term, docs });
  }
  return written.sort((a, b) => compareStrings(a.word, b.word));
}

/**
 * Per term, its most usual words in lower case, at most `MAX_FORMS`: those held by the most texts (a
 * text counts once per word) first, ties in code-unit order. The reader's browser takes the one
 * closest to what was typed, the more usual on a tie (`usualSpelling`), which the build cannot know.
 */
export function usualForms(texts: readonly string[], maxForms = MAX_FORMS): Map<string, string[]> {
  return usualFormsOf(writtenWords(texts), maxForms);
}

export function usualFormsOf(written: readonly WrittenWord[], maxForms = MAX_FORMS): Map<string, string[]> {
  const byTerm = new Map<string, WrittenWord[]>();
  for (const entry of written) {
    const forms = byTerm.get(entry.term);
    if (forms) forms.push(entry);
    else byTerm.set(entry.term, [entry]);
  }
  const usual = new Map<string, string[]>();
  for (const [term, forms] of byTerm) {
    forms.sort((a, b) => b.docs - a.docs || compareStrings(a.word, b.word));
    usual.set(term, forms.slice(0, maxForms).map(({ word }) => word));
  }
  return usual;
}
