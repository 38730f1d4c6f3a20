/**
 * Which pairs of words written apart the index reads as one compound (« bien être » as « bien-être »),
 * decided from the texts at build time; `pairJoiner` (french.ts) applies the answer to texts and queries.
 */
import { pairTerm } from '../french.ts';
import { isApart, isCompound, splitWords } from '../words.ts';

/**
 * Articles and determiners: a pair written apart after one is a noun (« le bien être », « les services
 * publics », « la sécurité sociale »), never a verb phrase (« il peut être », « elle doit être »).
 */
const DETERMINERS: ReadonlySet<string> = new Set(
  'le la les l un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs'.split(' '),
);

/**
 * Share of a pair's occurrences written apart that follow a determiner from which it is read as a noun.
 * On the 142,159 real answers: « services publics » 72 %, « bien être » 60 %, « carte grise » 36 %,
 * « auto entrepreneur » 24 %; the verb phrases « peut être » 1 % (5 of 481), « doit être » 1 %,
 * « devrait être » 2 %, and « non concerné », « quelque chose », « compte tenu » 0 %.
 */
const NOUN_SHARE = 0.1;

/** Between a determiner and the pair: spaces, or the apostrophe of an elision (« l’état civil »). */
const AFTER_DETERMINER = /^(?:[ \t\u00a0\u202f]+|['’])$/;

interface PairCounts {
  hyphenated: number;
  apart: number;
  /** Of `apart`, those following a determiner. */
  asNoun: number;
}

/**
 * Compounds read whole when written apart, as terms (« bien-être » → `bien-etre`), among those the
 * texts write hyphenated: when they hyphenate them more often than they write them apart (« ci-dessus »,
 * « celui-ci », « week-end »), or when, written apart, they are nouns often enough (`NOUN_SHARE`:
 * « le bien être », « les services publics »). Not a verb phrase some texts hyphenate: « peut-être »
 * (258 answers) is no longer « il peut être utile » (478), nor one « devrait-être » (a dash, a typo)
 * every « devrait être » (1,056). The parts stay words of their own (`indexedWords`).
 */
export function joinableTerms(texts: readonly string[]): Set<string> {
  const counts = new Map<string, PairCounts>();
  for (const text of texts) {
    for (const { word } of splitWords(text)) {
      const parts = isCompound(word) ? word.split(/[-\u2010\u2011\s]+/) : [];
      if (parts.length !== 2) continue;
      const term = pairTerm(parts[0] ?? '', parts[1] ?? '');
      if (term === '') continue;
      const found = counts.get(term);
      if (found) found.hyphenated++;
      else counts.set(term, { hyphenated: 1, apart: 0, asNoun: 0 });
    }
  }
  if (counts.size === 0) return new Set();
  for (const text of texts) {
    const spans = splitWords(text);
    for (let i = 1; i < spans.length; i++) {
      const [first, second] = [spans[i - 1], spans[i]];
      if (!first || !second || !isApart(text.slice(first.end, second.start))) continue;
      const found = counts.get(pairTerm(first.word, second.word));
      if (!found) continue;
      found.apart++;
      const before = spans[i - 2];
      if (before && DETERMINERS.has(before.word.toLowerCase()) && AFTER_DETERMINER.test(text.slice(before.end, first.start))) found.asNoun++;
    }
  }
  const joined = new Set<string>();
  for (const [term, { hyphenated, apart, asNoun }] of counts) {
    if (hyphenated > apart || asNoun >= NOUN_SHARE * apart) joined.add(term);
  }
  return joined;
}
