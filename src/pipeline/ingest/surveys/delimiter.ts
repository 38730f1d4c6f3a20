/**
 * Which character separates the fields. Counted outside quotes on the header record, then confirmed
 * on the first records, so that a `;` inside a multi-line quoted cell cannot fool the guess.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';

export type Delimiter = ';' | ',' | '\t' | '|';
export type DelimiterSetting = 'auto' | ';' | ',' | '\t';

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t', '|'];
/** Records read after the header to confirm a guess. */
const SAMPLE_RECORDS = 20;

export const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = {
  ';': '« ; » (point-virgule)',
  ',': '« , » (virgule)',
  '\t': 'la tabulation',
  '|': '« | » (barre verticale)',
};

export interface DelimiterChoice {
  delimiter: Delimiter;
  diagnostics: Diagnostic[];
}

/** `text` has `\n` or CRLF line breaks (see prepareNewlines). */
export function chooseDelimiter(text: string, setting: DelimiterSetting, file: string): DelimiterChoice {
  const detected = detectDelimiter(text);
  if (setting === 'auto') return { delimiter: detected, diagnostics: [] };
  const declaredFields = fieldCounts(text, setting, 1)[0] ?? 1;
  const detectedFields = fieldCounts(text, detected, 1)[0] ?? 1;
  if (declaredFields > 1 || detectedFields < 2 || detected === setting) return { delimiter: setting, diagnostics: [] };
  // The declared one does not split the header at all: read with the one found, so that the mapping
  // is not reported as missing column after missing column (one root cause, one diagnostic).
  return {
    delimiter: detected,
    diagnostics: [
      diagnostic({
        code: 'separateur-incorrect',
        severity: 'blocking',
        message: `Le séparateur déclaré est ${DELIMITER_NAMES[setting]}, mais le fichier utilise ${DELIMITER_NAMES[detected]}.`,
        hint: `Mettez « separateur: auto » dans le fichier .yml de l’enquête (ou le séparateur ${DELIMITER_NAMES[detected]}).`,
        file,
      }),
    ],
  };
}

export function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; score: number; fields: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const counts = fieldCounts(text, delimiter, SAMPLE_RECORDS + 1);
    const header = counts[0] ?? 1;
    if (header < 2) continue;
    const sample = counts.slice(1);
    const consistent = sample.filter((n) => n === header).length;
    const score = sample.length === 0 ? 1 : consistent / sample.length;
    if (!best || score > best.score || (score === best.score && header > best.fields)) {
      best = { delimiter, score, fields: header };
    }
  }
  if (best) return best.delimiter;
  // One column: pick a character that never occurs outside quotes, so that no answer gets split.
  for (const delimiter of CANDIDATES) {
    if (fieldCounts(text, delimiter, SAMPLE_RECORDS + 1).every((n) => n === 1)) return delimiter;
  }
  return ';';
}

/** Number of fields of each of the first `max` non-empty records, quotes respected. */
export function fieldCounts(text: string, delimiter: string, max: number): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let recordHasContent = false;
  for (let i = 0; i < text.length && counts.length < max; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"') {
      inQuotes = true;
      recordHasContent = true;
    } else if (c === delimiter) {
      fields++;
      recordHasContent = true;
    } else if (c === '\r' && text[i + 1] === '\n') {
      // The CR of a CRLF break (see prepareNewlines): not content.
    } else if (c === '\n') {
      if (recordHasContent) counts.push(fields);
      fields = 1;
      recordHasContent = false;
    } else {
      recordHasContent = true;
    }
  }
  if (recordHasContent && counts.length < max) counts.push(fields);
  return counts;
}
