/**
 * The entries set aside, listed for the bureau to audit (the « Écartés » sheet, `ecartes.csv`): one
 * per entry the bilan counts as set aside, made where each is set aside (a note's body, a survey's
 * field count, validate, tag) and published here. Their texts are published, so they are masked as
 * the items' are: a paragraph or a table set aside may hold a phone number or a name.
 */
import { SET_ASIDE_TEXT_LENGTH, type Diagnostic, type RawItem, type SetAsideEntry } from './model.ts';
import type { Redaction } from './anonymise/index.ts';
import type { SetAside } from './reconciliation.ts';
import { diagnostic } from './diagnostics.ts';

/**
 * The items the stages after ingest set aside, as entries (their text as that stage read it): the same
 * lists, by reason, that `reconcile` counts, so that the list and the bilan cannot disagree.
 */
export function itemsSetAside(setAside: readonly SetAside[]): SetAsideEntry[] {
  const entries: SetAsideEntry[] = [];
  for (const { reason, items } of setAside) {
    // Indexed: at a million survey answers, a quarter may be non-answers.
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as RawItem;
      entries.push(
        item.source.field !== undefined && item.question !== null
          ? { source: item.source, question: item.question, reason, text: item.text }
          : { source: item.source, reason, text: item.text },
      );
    }
  }
  return entries;
}

/**
 * The entries as published: text and column header masked, the text cut, sorted by place (file, line,
 * column, then reason and text: deterministic). Each text in which something was masked is also a
 * warning at its line, as an item's is, so that the source can be cleaned.
 */
export function publishSetAside(
  entries: readonly SetAsideEntry[],
  redact: (text: string) => Redaction,
): { entries: SetAsideEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // A survey's column header or question is shared by thousands of entries: masked once.
  const contexts = new Map<string, string>();
  const masked = (context: string) => {
    let result = contexts.get(context);
    if (result === undefined) contexts.set(context, (result = redact(context).text));
    return result;
  };
  const published = entries.map(({ source, question, reason, text }): SetAsideEntry => {
    const redaction = redact(text);
    if (redaction.found.length > 0) diagnostics.push(maskedDiagnostic(source, redaction.found));
    const field = source.field === undefined ? undefined : masked(source.field);
    const entry: SetAsideEntry = { source: field === source.field ? source : { ...source, field }, reason, text: cut(redaction.text) };
    if (question !== undefined) entry.question = masked(question);
    return entry;
  });
  return { entries: published.sort(compareEntries), diagnostics };
}

/**
 * Masked before it is cut: a cut could split a phone number or a name, which would then escape the
 * patterns. Spaces are folded so that a row of a table or a pasted page reads on one line.
 */
function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SET_ASIDE_TEXT_LENGTH ? `${flat.slice(0, SET_ASIDE_TEXT_LENGTH - 1).trimEnd()}…` : flat;
}

function maskedDiagnostic(source: SetAsideEntry['source'], found: readonly string[]): Diagnostic {
  return diagnostic({
    code: 'donnee-personnelle',
    severity: 'warning',
    message: `Donnée personnelle masquée dans un texte écarté, que la liste des écartés publie : ${found.join(', ')}.`,
    hint: 'Retirez-la du fichier source : le livre blanc ne doit citer personne.',
    file: source.file,
    line: source.line,
    column: source.column,
  });
}

function compareEntries(a: SetAsideEntry, b: SetAsideEntry): number {
  return (
    compare(a.source.file, b.source.file) ||
    a.source.line - b.source.line ||
    a.source.column - b.source.column ||
    compare(a.reason, b.reason) ||
    compare(a.text, b.text)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
