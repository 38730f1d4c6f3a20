/**
 * Excel's `sep=;` first line: Excel writes it (and reads it) to say which character separates the
 * fields. It is not the header: read as one, the whole file was misread (« sep= » taken for a column).
 * The line is blanked, not cut, so that every line keeps its number in the file.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { DELIMITER_NAMES, type Delimiter } from './delimiter.ts';

export interface SeparatorLine {
  /** The text with the `sep=` line emptied (its line break kept); the text as it was without one. */
  text: string;
  /** The declared separator, or null without a `sep=` line. */
  delimiter: Delimiter | null;
  diagnostics: Diagnostic[];
}

/** `sep=;`, possibly quoted or followed by the separators of an empty row, as spreadsheets re-save it. */
const SEP_LINE = /^"?sep=([;,\t|])"?[;,\t|]*[ \t]*$/i;

export function readSeparatorLine(text: string, file: string): SeparatorLine {
  const end = text.indexOf('\n');
  const first = (end === -1 ? text : text.slice(0, end)).replace(/\r$/, '');
  const match = SEP_LINE.exec(first);
  const delimiter = (match?.[1] ?? null) as Delimiter | null;
  if (delimiter === null) return { text, delimiter: null, diagnostics: [] };
  return {
    text: text.slice(first.length),
    delimiter,
    diagnostics: [
      diagnostic({
        code: 'separateur-declare',
        severity: 'info',
        message: `La première ligne « ${first.trim()} » déclare le séparateur ${DELIMITER_NAMES[delimiter]}, comme l’écrit Excel : il est retenu, et l’en-tête est lu à la ligne suivante.`,
        hint: 'Rien à corriger : cette ligne n’est pas une réponse et n’est pas publiée.',
        file,
        line: 1,
      }),
    ],
  };
}
