/**
 * The date the exports give themselves (« À propos », the workbook's properties). The same inputs must
 * give the same bytes whatever the day of the export: the date is never the clock's. It is the
 * reproducible-builds convention's `SOURCE_DATE_EPOCH` (seconds) when set, else the latest session
 * date of the consultation; null when neither exists.
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';

export interface ExportDate {
  /** The calendar day, `AAAA-MM-JJ` (UTC). */
  day: string;
  /** The instant the workbook's properties carry: SOURCE_DATE_EPOCH's, or the session day at midnight UTC. */
  instant: Date;
  source: 'SOURCE_DATE_EPOCH' | 'sessions';
}

export function exportDate(synthesis: Pick<Synthesis, 'sessions'>, sourceDateEpoch: string | undefined): ExportDate | null {
  // Read as `buildDay` (src/site/accessibility-status.ts) reads it: whole seconds, anything else ignored.
  const epoch = sourceDateEpoch?.trim();
  if (epoch !== undefined && /^\d+$/.test(epoch)) {
    const instant = new Date(Number(epoch) * 1000);
    if (!Number.isNaN(instant.getTime())) return { day: instant.toISOString().slice(0, 10), instant, source: 'SOURCE_DATE_EPOCH' };
  }
  let latest: string | null = null;
  for (const session of synthesis.sessions) if (session.date && (latest === null || session.date > latest)) latest = session.date;
  return latest === null ? null : { day: latest, instant: new Date(`${latest}T00:00:00Z`), source: 'sessions' };
}
