/**
 * Splits an answer into the statements it holds: at sentence ends, semicolons and line breaks, and
 * before contrast markers ("mais", "par contre", "en revanche", "cependant", "toutefois"…), which
 * usually turn from praise to complaint or back.
 */

export interface Piece {
  /** The statement as written (trimmed, contrast marker excluded). */
  text: string;
  /** Offsets in the original answer. */
  start: number;
  end: number;
  /** The statement follows a contrast marker. */
  contrast: boolean;
  /** The marker names an exception ("sauf", "hormis", "à part"), not a turn ("mais", "par contre"). */
  exception: boolean;
  /** The statement ends with a question mark ("Est-il vraiment utile de…?"). */
  question: boolean;
}

// "mais aussi/également/encore" adds rather than opposes; "non seulement… mais" neither.
// "sauf que" is consumed whole: the statement after it is not a wish opening on "Que…".
const CONTRAST =
  /(^|[\s,;(])(mais(?!\s+(?:aussi|également|egalement|encore)\b)|par contre|en revanche|cependant|toutefois|néanmoins|neanmoins|pourtant|sauf\s+que|sauf\s+qu['’]|sauf|hormis|excepté|en dehors de|à part ça|a part ca|sinon)(?:(?<=['’])|(?=[\s,:.!?]|$))/giu;

const EXCEPTION = /^(?:sauf|hormis|excepté|en dehors de|à part|a part)/iu;

// Sentence ends: . ! ? … followed by a space or the end; ; and line breaks always.
const SENTENCE_END = /[;\n\r]+|[.!?…]+(?=\s|$)|(?<=[a-zà-ÿ]{2})\.(?=[A-ZÀ-Ý][a-zà-ÿ])/gu;

// "etc." or "M." is not the end of a sentence; neither is "R.A.S." (single letters).
const ABBREVIATION = /(?:^|[\s(])(?:etc|ex|cf|mr|mme|mlle|dr|st|ste|art|no|n°|p|vol|env|tel|tél|[a-zà-ÿ])$/iu;

/** The statements of `text`, in order. A text without any break is one piece. */
export function splitStatements(text: string): Piece[] {
  const cuts: Array<{ at: number; next: number; contrast: boolean; exception: boolean }> = [];
  for (const match of text.matchAll(SENTENCE_END)) {
    const at = match.index;
    if (match[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, at - 6), at))) continue;
    cuts.push({ at, next: at + match[0].length, contrast: false, exception: false });
  }
  for (const match of text.matchAll(CONTRAST)) {
    const at = match.index + (match[1] ?? '').length;
    const marker = match[2] ?? '';
    cuts.push({ at, next: at + marker.length, contrast: true, exception: EXCEPTION.test(marker) });
  }
  cuts.sort((a, b) => a.at - b.at || Number(a.contrast) - Number(b.contrast));

  const pieces: Piece[] = [];
  let start = 0;
  let contrast = false;
  let exception = false;
  for (const cut of cuts) {
    if (cut.at < start) {
      // A contrast marker right after a sentence end ("… rapide. Mais…") marks the next piece.
      if (cut.contrast && cut.next > start) {
        start = cut.next;
        contrast = true;
        exception = cut.exception;
      }
      continue;
    }
    push(pieces, text, { start, end: cut.at, contrast, exception, question: !cut.contrast && text.slice(cut.at, cut.next).includes('?') });
    start = cut.next;
    contrast = cut.contrast;
    exception = cut.exception;
  }
  push(pieces, text, { start, end: text.length, contrast, exception, question: false });
  return pieces;
}

function push(
  pieces: Piece[],
  text: string,
  at: { start: number; end: number; contrast: boolean; exception: boolean; question: boolean },
): void {
  const { start, end, contrast, exception, question } = at;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim().replace(/^[,:;.\-–—]+\s*/u, '');
  // A piece without a letter or digit ("!!!", "…") carries nothing.
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return;
  const offset = start + lead + (raw.trim().length - trimmed.length);
  pieces.push({ text: trimmed, start: offset, end: offset + trimmed.length, contrast, exception, question });
}
