/**
 * Joins a labels file (key columns + `labels`) to a table of texts, so a development set can keep
 * only ids and labels while the texts stay in their third-party source.
 */
import { findColumn, type Table } from './table.ts';

export interface JoinResult {
  /** Row index in the texts table → labels text. */
  labels: Map<number, string>;
  /** Label rows whose key matched no text row. */
  unmatched: number;
  /** Key columns missing from either table (empty when the join could run). */
  missing: string[];
}

const key = (values: string[]) => values.map((v) => v.trim()).join('\u0000');

export function joinLabels(texts: Table, labels: Table, keyColumns: string[], labelsColumn: string): JoinResult {
  const textKeys = keyColumns.map((c) => findColumn(texts.header, c));
  const labelKeys = keyColumns.map((c) => findColumn(labels.header, c));
  const labelIndex = findColumn(labels.header, labelsColumn);
  const missing = [
    ...keyColumns.filter((_, i) => (textKeys[i] as number) < 0),
    ...keyColumns.filter((_, i) => (labelKeys[i] as number) < 0).map((c) => `${c} (étiquettes)`),
    ...(labelIndex < 0 ? [`${labelsColumn} (étiquettes)`] : []),
  ];
  if (missing.length > 0) return { labels: new Map(), unmatched: 0, missing };

  const byKey = new Map<string, string>();
  for (const row of labels.rows) {
    byKey.set(key(labelKeys.map((i) => row[i] ?? '')), row[labelIndex] ?? '');
  }
  const result = new Map<number, string>();
  const used = new Set<string>();
  texts.rows.forEach((row, index) => {
    const k = key(textKeys.map((i) => row[i] ?? ''));
    const value = byKey.get(k);
    if (value !== undefined) {
      result.set(index, value);
      used.add(k);
    }
  });
  return { labels: result, unmatched: byKey.size - used.size, missing: [] };
}
