/**
 * The bilan: per file and in total, entries read = entries kept + entries set aside, and why each was
 * set aside. Ingest gives each file's counts, with its reasons; the entries a later stage sets aside
 * (validate, tag) move here from kept to set aside, under the reason that stage names.
 */
import type { RawItem, Reconciliation, RejectionCount, RejectionReason } from './model.ts';
import type { IngestReconciliation } from './ingest/result.ts';

/** Entries a stage after ingest set aside, all for the one reason the stage names. */
export interface SetAside {
  reason: RejectionReason;
  items: readonly RawItem[];
}

/** Counts by reason as a bilan lists them: no zero, largest first, then by reason (deterministic). */
export function reasonCounts(counts: ReadonlyMap<RejectionReason, number> | Partial<Record<RejectionReason, number>>): RejectionCount[] {
  const entries: Array<[RejectionReason, number]> =
    counts instanceof Map ? [...counts] : (Object.entries(counts) as Array<[RejectionReason, number | undefined]>).map(([reason, count]) => [reason, count ?? 0]);
  return entries
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}

interface Tally {
  file: string;
  read: number;
  kept: number;
  rejected: number;
  reasons: Map<RejectionReason, number>;
}

/**
 * Each file's bilan (sorted by file) and the total. Each ingest names why it set its entries aside;
 * an item set aside later leaves its file's kept entries for its stage's reason.
 */
export function reconcile(files: readonly IngestReconciliation[], setAside: readonly SetAside[], published: number): Reconciliation {
  const byFile = new Map<string, Tally>();
  for (const f of files) {
    const reasons = new Map<RejectionReason, number>();
    for (const { reason, count } of f.reasons ?? []) add(reasons, reason, count);
    byFile.set(f.file, { file: f.file, read: f.read, kept: f.kept, rejected: f.rejected, reasons });
  }
  for (const { reason, items } of setAside) {
    // Indexed: at a million survey answers, a quarter may be non-answers.
    for (let i = 0; i < items.length; i++) {
      const entry = byFile.get((items[i] as RawItem).source.file);
      if (!entry) continue;
      entry.kept--;
      entry.rejected++;
      add(entry.reasons, reason, 1);
    }
  }
  const sorted = [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const total = new Map<RejectionReason, number>();
  for (const f of sorted) for (const [reason, count] of f.reasons) add(total, reason, count);
  const sum = (key: 'read' | 'kept' | 'rejected') => sorted.reduce((n, f) => n + f[key], 0);
  return {
    files: sorted.map((f) => ({ file: f.file, read: f.read, kept: f.kept, rejected: f.rejected, reasons: reasonCounts(f.reasons) })),
    read: sum('read'),
    kept: sum('kept'),
    rejected: sum('rejected'),
    reasons: reasonCounts(total),
    published,
  };
}

function add(counts: Map<RejectionReason, number>, reason: RejectionReason, count: number): void {
  counts.set(reason, (counts.get(reason) ?? 0) + count);
}
