/**
 * The inverted index with lunr's scoring (BM25, k1 = 1.2, b = 0.75, lunr's idf), computed the way
 * `lunr.Builder` does but in two linear passes over plain arrays, so that 100,000 or a million
 * items fit in memory and nothing is quadratic.
 */
import { indexTerms } from '../french.ts';
import { TF_SCALE } from '../format.ts';

const K1 = 1.2;
const B = 0.75;

export interface TermPostings {
  term: string;
  /** lunr's idf × 1000, rounded. */
  idf: number;
  /** Ascending document numbers. */
  docs: number[];
  /** BM25 term-frequency part × TF_SCALE, rounded, at least 1. */
  tfs: number[];
}

/**
 * Postings of every term, sorted by term (code-unit order). `texts[i]` is document `i`; `joined`: the
 * compounds read whole when written apart (`joinableTerms`).
 */
export function buildPostings(texts: readonly string[], joined: ReadonlySet<string> = new Set()): TermPostings[] {
  const raw = new Map<string, number[]>(); // term → [doc, count, doc, count…]
  const lengths = new Uint32Array(texts.length);
  let totalLength = 0;
  texts.forEach((text, doc) => {
    const terms = indexTerms(text, joined);
    lengths[doc] = terms.length;
    totalLength += terms.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      const list = raw.get(term);
      if (list) list.push(doc, count);
      else raw.set(term, [doc, count]);
    }
  });
  const documentCount = texts.length;
  const averageLength = documentCount === 0 ? 0 : totalLength / documentCount;
  const terms = [...raw.keys()].sort(compareStrings);
  return terms.map((term) => {
    const list = raw.get(term) ?? [];
    const docs: number[] = [];
    const tfs: number[] = [];
    for (let i = 0; i < list.length; i += 2) {
      const doc = list[i] ?? 0;
      const tf = list[i + 1] ?? 0;
      const norm = K1 * (1 - B + (B * (lengths[doc] ?? 0)) / averageLength) + tf;
      docs.push(doc);
      tfs.push(Math.max(1, Math.round((((K1 + 1) * tf) / norm) * TF_SCALE)));
    }
    return { term, idf: Math.round(idf(docs.length, documentCount) * 1000), docs, tfs };
  });
}

/** lunr.idf: log(1 + |(N − df + 0.5) / (df + 0.5)|). */
export function idf(documentsWithTerm: number, documentCount: number): number {
  return Math.log(1 + Math.abs((documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
