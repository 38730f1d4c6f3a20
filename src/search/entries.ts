/**
 * Lists of verbatims (search results, the explorer) show identical answers once, with their number.
 * Identical answers are numbered consecutively, the first one carrying how many follow (`repeat`,
 * see `ChunkDoc`), so a list collapses them in one pass. Pure, browser-safe.
 */

/** One line of a list: a document and how many documents of the list it stands for (itself included). */
export interface Entry {
  doc: number;
  count: number;
}

/**
 * The entry starting at `docs[start]`, whose `repeat` is given, and the position after it. A repeat
 * whose first occurrence is not just before it (which the index never produces) stands alone: no
 * answer is ever hidden.
 */
export function entryAt(docs: readonly number[], start: number, repeat: number): Entry & { next: number } {
  const doc = docs[start] ?? 0;
  let next = start + 1;
  if (repeat > 0) {
    while (next < docs.length && (docs[next] ?? 0) > doc && (docs[next] ?? 0) <= doc + repeat) next++;
  }
  return { doc, count: next - start, next };
}

/** Every entry of a list whose documents' `repeat` are all known (the explorer has them from the facet table). */
export function entriesOf(docs: readonly number[], repeatOf: (doc: number) => number): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < docs.length; ) {
    const { next, ...entry } = entryAt(docs, i, repeatOf(docs[i] ?? 0));
    entries.push(entry);
    i = next;
  }
  return entries;
}
