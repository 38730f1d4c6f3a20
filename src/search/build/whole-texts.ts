/**
 * Texts too long to display whole in a result (`maxText`): cut at a word for the display chunks, and kept whole in
 * whole-texts files (`l-<n>.json`) that only a reader copying such a text's citation downloads. The chunks a query
 * reads stay as small as before; the site gains a few files (none for a consultation without long texts).
 */
import type { WholeTexts } from '../format.ts';

/**
 * Whole-texts files at most, whatever the consultation: some static hosts refuse sites of more than ~20,000 files
 * (the display chunks take up to 12,500). Beyond, each file holds more.
 */
export const MAX_WHOLE_TEXT_FILES = 2_500;

/** `text` cut to at most `max` characters, at a word when one ends past 60 % of it; the whole text when it fits. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max * 0.6 ? cut : max).trimEnd();
}

export interface WholeTextFiles {
  files: WholeTexts[];
  /** Document number → its whole-texts file, for the documents whose text is cut. */
  fileOf: Map<number, number>;
}

/**
 * The documents' texts longer than `max`, in document order, in files of about `budget` bytes of JSON (more when
 * they would be more than `MAX_WHOLE_TEXT_FILES`).
 */
export function splitWholeTexts(texts: readonly string[], max: number, budget: number): WholeTextFiles {
  const long = texts.flatMap((text, doc) => (text.length > max ? [{ doc, text, bytes: JSON.stringify(text).length + 8 }] : []));
  const total = long.reduce((sum, entry) => sum + entry.bytes, 0);
  const perFile = Math.max(budget, Math.ceil(total / MAX_WHOLE_TEXT_FILES));
  const files: WholeTexts[] = [];
  const fileOf = new Map<number, number>();
  let current: WholeTexts | undefined;
  let bytes = 0;
  for (const entry of long) {
    if (!current || (bytes > 0 && bytes + entry.bytes > perFile)) {
      current = { docs: [], texts: [] };
      files.push(current);
      bytes = 0;
    }
    current.docs.push(entry.doc);
    current.texts.push(entry.text);
    bytes += entry.bytes;
    fileOf.set(entry.doc, files.length - 1);
  }
  return { files, fileOf };
}
