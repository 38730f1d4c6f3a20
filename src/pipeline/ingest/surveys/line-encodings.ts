/**
 * The encoding each line of a file is written in. An export whose header was typed in UTF-8 and whose
 * rows came from a Windows-1252 tool (or the reverse) loses its accented headers, and with them its
 * region, profile and text columns, to any one decoding of the whole file: such a file is decoded
 * line by line. Lines end at LF or a lone CR, the same byte in both encodings and never inside a
 * UTF-8 sequence, so the split is the one the CSV reader counts lines by.
 */
import { sequenceLength } from './utf8-scan.ts';

/** `stray`: UTF-8 with a few ill-formed bytes (more good sequences than bad bytes on the line). */
export type LineKind = 'ascii' | 'utf-8' | 'stray' | 'windows-1252';

export interface LineSurvey {
  /** Kind of each line, line 1 first. */
  kinds: LineKind[];
  /** Byte offset where each line starts. */
  starts: number[];
}

/** One pass over the bytes from `from` (after a BOM). */
export function surveyLines(bytes: Uint8Array, from: number): LineSurvey {
  const kinds: LineKind[] = [];
  const starts = [from];
  let good = 0;
  let bad = 0;
  const close = (): void => {
    kinds.push(bad === 0 ? (good === 0 ? 'ascii' : 'utf-8') : good > bad ? 'stray' : 'windows-1252');
    good = bad = 0;
  };
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      if (b === 0x0a || (b === 0x0d && bytes[i] !== 0x0a)) {
        close();
        starts.push(i);
      }
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) good++;
    else bad++;
    i += length || 1;
  }
  close();
  return { kinds, starts };
}

/** Windows-1252 lines as Windows-1252, the others as UTF-8; runs of lines share one decoding call. */
export function decodeByLine(bytes: Uint8Array, { kinds, starts }: LineSurvey): string {
  const utf8 = new TextDecoder('utf-8');
  const cp1252 = new TextDecoder('windows-1252');
  let text = '';
  let runStart = starts[0] ?? 0;
  let run = utf8;
  kinds.forEach((kind, line) => {
    if (kind === 'ascii') return; // the same text in both encodings: it joins the current run
    const decoder = kind === 'windows-1252' ? cp1252 : utf8;
    if (decoder === run) return;
    const start = starts[line] ?? bytes.length;
    text += run.decode(bytes.subarray(runStart, start));
    runStart = start;
    run = decoder;
  });
  return text + run.decode(bytes.subarray(runStart));
}

/** 1-based numbers of the lines of the given kinds. */
export function linesOf(survey: LineSurvey, ...wanted: LineKind[]): number[] {
  const lines: number[] = [];
  survey.kinds.forEach((kind, index) => {
    if (wanted.includes(kind)) lines.push(index + 1);
  });
  return lines;
}
