/**
 * What the /saisie form shows of a draft's check: each diagnostic of `check`, filed under the field it
 * comes from and told in the form's words, plus the form's own rule (the place, which names the file).
 * One list, in the page's order: the summary lists it and counts it, and each field shows its share.
 * Browser-safe, no DOM.
 */
import type { Diagnostic, RawItem, Severity } from '../pipeline/model.ts';
import type { NoteDraft } from './draft.ts';
import type { LineOrigin } from './note-template.ts';
import { compareFields, fieldLabel, itemKey, parseItemKey, votesKey, type FieldKey } from './form-fields.ts';
import { formWording } from './form-wording.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';
import { countProblems } from './form-counts.ts';
import { futureDateDiagnostic, localToday } from './future-date.ts';

export interface FormProblem {
  field: FieldKey;
  /** The field's name, as the summary's link reads it. */
  label: string;
  code: string;
  severity: Severity;
  /**
   * The field's value is refused (aria-invalid): a blocking problem, or a number the note does not
   * take, which the browser already holds for invalid (its min and step).
   */
  invalid: boolean;
  /** In the form's words: its fields and buttons, never the note's keys, lists or lines. */
  message: string;
  hint: string;
}

export interface ProblemSource {
  draft: NoteDraft;
  /** The note's path and, for each of its lines (index 0 = line 1), where it comes from. */
  note: { path: string; origins: readonly LineOrigin[] };
  /** Every diagnostic of `check` on the note. */
  diagnostics: readonly Diagnostic[];
  /** The items as the note parser read them (to name the item a duplicate repeats). */
  items: readonly RawItem[];
  /** Today (AAAA-MM-JJ), for a workshop date still to come; the browser's own day by default. */
  today?: string;
}

/** Workshop fields, for problems reported at the top of the note (« date-manquante » → date). */
const FIELDS_BY_CODE: ReadonlyArray<[prefix: string, field: FieldKey]> = [
  ['titre', 'titre'],
  ['date', 'date'],
  ['format', 'format'],
  ['region', 'region'],
  ['departement', 'departements'],
  ['structure', 'structures'],
  ['ambassadeur', 'ambassadeurs'],
  ['participant', 'participants'],
  ['profil', 'profil'],
  ['note-vide', 'elements'],
];

export function fieldKeyOf(origin: LineOrigin | undefined, code = ''): FieldKey {
  if (!origin || origin.kind === 'other') return FIELDS_BY_CODE.find(([prefix]) => code.startsWith(prefix))?.[1] ?? 'note';
  if (origin.kind === 'field') return origin.field;
  if (origin.kind === 'section') return `section:${origin.tag}`;
  return itemKey(origin.tag, origin.index);
}

/** The form's own rule: not a `check` rule (a note may omit it), but the file name needs the place. */
function missingPlace(file: string): Diagnostic {
  return { code: 'lieu-manquant', severity: 'warning', message: 'Le lieu n’est pas indiqué.', file, line: 1, column: 1 };
}

export function formProblems({ draft, note, diagnostics, items, today = localToday() }: ProblemSource): FormProblem[] {
  const fieldOfLine = (line: number, code: string) => fieldKeyOf(note.origins[line - 1], code);
  const itemAt = (line: number) => items.find((item) => item.source.line === line);
  const filed: Array<{ field: FieldKey; diagnostic: Diagnostic }> = diagnostics.map((diagnostic) => ({
    field: diagnostic.file === note.path ? fieldOfLine(diagnostic.line, diagnostic.code) : 'note',
    diagnostic,
  }));
  if (!draft.lieu.trim()) filed.push({ field: 'lieu', diagnostic: missingPlace(note.path) });
  const future = futureDateDiagnostic(draft.date, today, note.path);
  if (future) filed.push({ field: 'date', diagnostic: future });
  filed.push(...countProblems(draft, note.path));

  return filed
    .map(({ field, diagnostic }) => {
      const item = diagnostic.file === note.path ? itemAt(diagnostic.line) : undefined;
      const repeated = diagnostic.code === 'doublon' && item ? firstWithText(items, item) : undefined;
      const wording = formWording(diagnostic, {
        label: fieldLabel(field),
        ...(item ? { itemText: item.text } : {}),
        ...(repeated ? { duplicateOf: fieldLabel(fieldOfLine(repeated.source.line, '')) } : {}),
      });
      const box = onVotesBox(draft, field, diagnostic.code);
      const invalid = diagnostic.severity === 'blocking' || REFUSED_NUMBERS.has(diagnostic.code);
      return { field: box, label: frenchTypography(fieldLabel(box)), code: diagnostic.code, severity: diagnostic.severity, invalid, ...wording };
    })
    .sort((a, b) => compareFields(a.field, b.field));
}

/** Codes that say a typed number is not taken into the note. */
const REFUSED_NUMBERS = new Set(['nombre-invalide', 'vote-invalide']);

/** `check`'s word on an item's votes (« 1001 votes… ») belongs to its « Votes » box, when that box holds them. */
function onVotesBox(draft: NoteDraft, field: FieldKey, code: string): FieldKey {
  const item = code === 'vote-invalide' ? parseItemKey(field) : null;
  return item && (draft.items[item.tag][item.index]?.votes ?? null) !== null ? votesKey(item.tag, item.index) : field;
}

/** The first item with the same text, which a duplicate repeats (as `validateItems` compares them). */
function firstWithText(items: readonly RawItem[], duplicate: RawItem): RawItem | undefined {
  const text = duplicate.text.trim();
  return items.find((item) => item !== duplicate && item.source.line < duplicate.source.line && item.text.trim() === text);
}

/** The problems by field, each field's in the list's order. */
export function problemsByField(problems: readonly FormProblem[]): Map<FieldKey, FormProblem[]> {
  const byField = new Map<FieldKey, FormProblem[]>();
  for (const problem of problems) byField.set(problem.field, [...(byField.get(problem.field) ?? []), problem]);
  return byField;
}
