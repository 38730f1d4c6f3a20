/**
 * Closed questions (Likert 1–5, oui/non) → distributions. Without a sidecar a column is a scale when
 * every answer is exactly such a value; a declared scale also accepts « 4 - Plutôt satisfait » or
 * « Oui, tout à fait ». Values outside the scale are reported once per column, not counted.
 */
import type { Diagnostic, ScaleSummary } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { foldText } from '../../text/fold.ts';
import { cellLine, type CsvRecord } from './csv.ts';
import type { ScaleColumn } from './mapping-types.ts';

const LIKERT = ['1', '2', '3', '4', '5'];
const YES_NO = ['non', 'oui'];

/** True when every non-empty cell is exactly 1–5, or exactly oui/non, and at least one is not empty. */
export function looksLikeScale(records: readonly CsvRecord[], column: number): boolean {
  let likert = 0;
  let yesNo = 0;
  for (const record of records) {
    const value = (record.fields[column] ?? '').trim();
    if (value === '') continue;
    if (LIKERT.includes(value)) likert++;
    else if (YES_NO.includes(foldText(value))) yesNo++;
    else return false;
    if (likert > 0 && yesNo > 0) return false;
  }
  return likert + yesNo > 0;
}

/** At least half of the non-empty cells read as scale values (for a header that announces a scale). */
export function mostlyScale(records: readonly CsvRecord[], column: number): boolean {
  let values = 0;
  let filled = 0;
  for (const record of records) {
    const cell = (record.fields[column] ?? '').trim();
    if (cell === '') continue;
    filled++;
    if (lenientValue(cell) !== null) values++;
  }
  return filled > 0 && values * 2 >= filled;
}

/** The scale value of a declared scale cell, or null when it is outside the scale. */
function lenientValue(cell: string): string | null {
  const digit = /^([1-5])(?![\d.,])/.exec(cell);
  if (digit) return digit[1] ?? null;
  const word = foldText(cell).split(' ')[0] ?? '';
  return YES_NO.includes(word) ? word : null;
}

export function summarizeScale(
  records: readonly CsvRecord[],
  scale: ScaleColumn,
  sessionId: string,
  file: string,
): { summary: ScaleSummary; diagnostics: Diagnostic[] } {
  const found = new Map<string, number>();
  let blank = 0;
  let outside = 0;
  let firstOutside: { line: number; value: string } | null = null;
  const examples = new Set<string>();
  const firstLineOf = new Map<string, number>();
  for (const record of records) {
    const cell = (record.fields[scale.column] ?? '').trim();
    if (cell === '') {
      blank++;
      continue;
    }
    const value = lenientValue(cell);
    if (value !== null) {
      found.set(value, (found.get(value) ?? 0) + 1);
      if (!firstLineOf.has(value)) firstLineOf.set(value, cellLine(record, scale.column));
      continue;
    }
    outside++;
    firstOutside ??= { line: cellLine(record, scale.column), value: cell };
    if (examples.size < 3) examples.add(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell);
  }
  const yesNo = (found.get('oui') ?? 0) + (found.get('non') ?? 0);
  const likert = [...found].reduce((n, [value, count]) => (LIKERT.includes(value) ? n + count : n), 0);
  const values = yesNo > likert ? YES_NO : LIKERT;
  // Values of the other kind (a « oui » in a 1–5 column) are outside the scale too.
  let firstLine = firstOutside?.line ?? Number.MAX_SAFE_INTEGER;
  for (const [value, count] of found) {
    if (values.includes(value)) continue;
    outside += count;
    firstLine = Math.min(firstLine, firstLineOf.get(value) ?? firstLine);
    if (examples.size < 3) examples.add(value);
  }
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = found.get(value) ?? 0;

  const diagnostics: Diagnostic[] = [];
  if (outside > 0) {
    diagnostics.push(
      diagnostic({
        code: 'valeur-hors-echelle',
        severity: 'warning',
        message:
          `${outside} réponse${outside > 1 ? 's' : ''} de la colonne « ${scale.header} » ` +
          `hors de l’échelle ${values === LIKERT ? '1 à 5' : 'oui/non'} (par exemple ${[...examples].map((e) => `« ${e} »`).join(', ')}) : non comptée${outside > 1 ? 's' : ''}.`,
        hint: values === LIKERT ? 'Les réponses attendues sont 1, 2, 3, 4 ou 5.' : 'Les réponses attendues sont « oui » ou « non ».',
        file,
        line: firstLine,
        column: scale.column + 1,
      }),
    );
  }
  return { summary: { sessionId, question: scale.header, counts, blank }, diagnostics };
}
