/**
 * A session dated far from every other (« 12/09/2062 », « 2027 » typed for 2026): the year is
 * probably wrong, and the note would be published at that date. The clock is not read — the same
 * files give the same diagnostics whatever the day (the Synthesis is reproducible) — the other
 * sessions are: a date more than six months from the nearest other is said, once a consultation has
 * enough dated sessions to tell. Two waves of workshops months apart each keep their neighbours.
 */
import type { Diagnostic, Session } from '../model.ts';
import type { TextFile } from '../io/consultation-input.ts';
import { diagnostic } from '../diagnostics.ts';
import { longDate } from './notes/date-file-name.ts';

/** Days from the nearest other session beyond which a date is said. */
const ISOLATED_DAYS = 183;
/** Dated sessions needed before one can be told apart from the others. */
const MIN_DATED = 4;
const DAY = 86_400_000;

export function isolatedDateDiagnostics(sessions: readonly Session[], notes: readonly TextFile[]): Diagnostic[] {
  const dated = sessions.filter((s): s is Session & { date: string } => s.date !== null).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (dated.length < MIN_DATED) return [];
  const time = dated.map((s) => Date.parse(`${s.date}T00:00:00Z`));
  const diagnostics: Diagnostic[] = [];
  dated.forEach((session, i) => {
    const gaps = [i > 0 ? (time[i] as number) - (time[i - 1] as number) : Infinity, i + 1 < time.length ? (time[i + 1] as number) - (time[i] as number) : Infinity];
    if (Math.min(...gaps) / DAY <= ISOLATED_DAYS) return;
    const others = dated.filter((_, j) => j !== i);
    const [first, last] = [others[0]?.date as string, others[others.length - 1]?.date as string];
    diagnostics.push(
      diagnostic({
        code: 'date-isolee',
        severity: 'warning',
        message: `La date de cette session, ${longDate(session.date)}, est à plus de six mois de celle de toute autre (les autres vont du ${longDate(first).slice(3)} au ${longDate(last).slice(3)}) : l’année est-elle la bonne ?`,
        hint: 'Corrigez la date de l’en-tête (« date: AAAA-MM-JJ ») et le nom du fichier, qui commence par elle ; si la session a bien eu lieu à cette date, ne changez rien.',
        file: session.file,
        line: dateLine(notes.find((note) => note.file === session.file)),
      }),
    );
  });
  return diagnostics;
}

/** The line of a note's `date:` in its header, 1 when it cannot be found. */
function dateLine(note: TextFile | undefined): number {
  const index = note?.content.split('\n').findIndex((line) => /^date\s*:/i.test(line)) ?? -1;
  return index >= 0 ? index + 1 : 1;
}
