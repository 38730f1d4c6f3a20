/**
 * Which words of a text to highlight, and which part of a long text to show. Pure: the client turns
 * the segments into text nodes and <mark> elements (never HTML: item text is untrusted).
 */
import { indexTerm, splitWords } from './french.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** The text cut into plain and marked segments: a word is marked when its index term was matched. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const span of splitWords(text)) {
    if (!terms.has(indexTerm(span.word))) continue;
    if (span.start > last) segments.push({ text: text.slice(last, span.start), mark: false });
    segments.push({ text: text.slice(span.start, span.end), mark: true });
    last = span.end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/** At most `max` characters around the first matched word, cut at spaces, with « … » where cut. */
export function excerpt(text: string, terms: ReadonlySet<string>, max = 240): string {
  if (text.length <= max) return text;
  const first = splitWords(text).find((span) => terms.has(indexTerm(span.word)));
  const center = first ? first.start : 0;
  let start = Math.max(0, Math.min(center - Math.floor(max / 3), text.length - max));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < center ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > center ? space : end;
  }
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
