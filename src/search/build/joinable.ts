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

/**
 * Subject pronouns and « ne »: a pair written apart after one is a verb phrase (« il peut être », « on
 * doit être », « ne peut être »). Not « ce » (a determiner too: « ce pôle emploi »).
 */
const SUBJECTS: ReadonlySet<string> = new Set('je j tu il ils elle elles on nous vous cela ça ca qui ne n'.split(' '));

/**
 * Share of a pair's occurrences written apart that follow a subject from which its spaced form is a verb
 * phrase. On the real answers: « peut être » 29 %, « doit être » 19 %, « devrait être » 27 %; « pôle
 * emploi » 0.03 %, « compte tenu » 2 %, « quelque chose », « non concerné » 0 %.
 */
const VERB_SHARE = 0.1;

/** Between a determiner and the pair: spaces, or the apostrophe of an elision (« l’état civil »). */
const AFTER_DETERMINER = /^(?:[ \t\u00a0\u202f]+|['’])$/;

interface PairCounts {
  hyphenated: number;
  apart: number;
  /** Of `apart`, those following a determiner. */
  asNoun: number;
  /** Of `apart`, those following a subject pronoun or « ne » (`SUBJECTS`). */
  asVerb: number;
}

/** How the index reads the compounds its texts hyphenate, as terms. */
export interface PairReading {
  /** Read whole when written apart (`joinableTerms`). */
  joined: Set<string>;
  /**
   * Not joined, and a verb phrase when written apart (« peut être »: « il peut être utile »): a query
   * typing the compound (« peut-être », the adverb) finds it alone. A query typing another compound the
   * index does not join (« pôle-emploi », written apart 50 times as often) finds its spaced form too.
   */
  verbal: Set<string>;
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
  return readPairs(texts).joined;
}

/** `joinableTerms`, and the other compounds whose spaced form is a verb phrase (`PairReading`). */
export function readPairs(texts: readonly string[]): PairReading {
  const counts = new Map<string, PairCounts>();
  for (const text of texts) {
    for (const { word } of splitWords(text)) {
      const parts = isCompound(word) ? word.split(/[-\u2010\u2011\s]+/) : [];
      if (parts.length !== 2) continue;
      const term = pairTerm(parts[0] ?? '', parts[1] ?? '');
      if (term === '') continue;
      const found = counts.get(term);
      if (found) found.hyphenated++;
      else counts.set(term, { hyphenated: 1, apart: 0, asNoun: 0, asVerb: 0 });
    }
  }
  if (counts.size === 0) return { joined: new Set(), verbal: new Set() };
  for (const text of texts) {
    const spans = splitWords(text);
    for (let i = 1; i < spans.length; i++) {
      const [first, second] = [spans[i - 1], spans[i]];
      if (!first || !second || !isApart(text.slice(first.end, second.start))) continue;
      const found = counts.get(pairTerm(first.word, second.word));
      if (!found) continue;
      found.apart++;
      const before = spans[i - 2];
      if (!before || !AFTER_DETERMINER.test(text.slice(before.end, first.start))) continue;
      const previous = before.word.toLowerCase();
      if (DETERMINERS.has(previous)) found.asNoun++;
      else if (SUBJECTS.has(previous)) found.asVerb++;
    }
  }
  const joined = new Set<string>();
  const verbal = new Set<string>();
  for (const [term, { hyphenated, apart, asNoun, asVerb }] of counts) {
    if (hyphenated > apart || asNoun >= NOUN_SHARE * apart) joined.add(term);
    else if (asVerb >= VERB_SHARE * apart) verbal.add(term);
  }
  return { joined, verbal };
}
