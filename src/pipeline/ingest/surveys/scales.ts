/**
 * Closed questions (Likert 1–5, oui/non, or a declared numeric range such as 0–10) → distributions.
 * Without a sidecar a column is a scale when every answer is exactly 1–5 or oui/non; a declared scale
 * also accepts « 4 - Plutôt satisfait » or « Oui, tout à fait ». Values outside the scale are reported
 * once per column, not counted; when they are whole numbers, the warning proposes the range they span.
 */
import type { Diagnostic, ScaleSummary } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { foldText } from '../../text/fold.ts';
import { cellLine, type CsvRecord } from './csv.ts';
import type { ScaleColumn } from './mapping-types.ts';
import { MAX_SCALE_VALUES } from './sidecar-schema.ts';

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
function lenientValue(cell: string, range: ScaleColumn['range'] = null): string | null {
  if (range) {
    const number = /^(\d{1,3})(?![\d.,])/.exec(cell)?.[1];
    return number !== undefined && Number(number) >= range.min && Number(number) <= range.max ? String(Number(number)) : null;
  }
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
  // Whole numbers seen, to propose the range of a scale that is not 1–5.
  let lowest = Infinity;
  let highest = -Infinity;
  for (const record of records) {
    const cell = (record.fields[scale.column] ?? '').trim();
    if (cell === '') {
      blank++;
      continue;
    }
    if (/^\d{1,3}$/.test(cell)) {
      lowest = Math.min(lowest, Number(cell));
      highest = Math.max(highest, Number(cell));
    }
    const value = lenientValue(cell, scale.range);
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
  const values = scale.range ? rangeValues(scale.range) : yesNo > likert ? YES_NO : LIKERT;
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
    const name = values === YES_NO ? 'oui/non' : `${values[0] ?? ''} à ${values[values.length - 1] ?? ''}`;
    const spanned = values !== YES_NO && lowest < highest ? { min: Math.min(lowest, Number(values[0])), max: Math.max(highest, Number(values[values.length - 1])) } : null;
    diagnostics.push(
      diagnostic({
        code: 'valeur-hors-echelle',
        severity: 'warning',
        message:
          `${outside} réponse${outside > 1 ? 's' : ''} de la colonne « ${scale.header} » ` +
          `hors de l’échelle ${name} (par exemple ${[...examples].map((e) => `« ${e} »`).join(', ')}) : non comptée${outside > 1 ? 's' : ''}.`,
        hint: outsideHint(scale, values, spanned),
        file,
        line: firstLine,
        column: scale.column + 1,
      }),
    );
  }
  return { summary: { sessionId, question: scale.header, counts, blank }, diagnostics };
}

function rangeValues(range: { min: number; max: number }): string[] {
  return Array.from({ length: range.max - range.min + 1 }, (_, i) => String(range.min + i));
}

/** What answers are expected and, when the numbers met span another range, how to declare it. */
function outsideHint(scale: ScaleColumn, values: readonly string[], spanned: { min: number; max: number } | null): string {
  if (values === YES_NO) return 'Les réponses attendues sont « oui » ou « non ».';
  const expected = scale.range
    ? `Les réponses attendues sont les nombres entiers de ${scale.range.min} à ${scale.range.max}.`
    : 'Les réponses attendues sont 1, 2, 3, 4 ou 5.';
  if (spanned === null || spanned.max - spanned.min + 1 > MAX_SCALE_VALUES) return expected;
  return (
    `${expected} Si la question a une autre échelle (les nombres vont ici de ${spanned.min} à ${spanned.max}), déclarez-la dans le fichier .yml ` +
    `de l’enquête : echelles: [{ colonne: "${scale.header}", min: ${spanned.min}, max: ${spanned.max} }].`
  );
}
