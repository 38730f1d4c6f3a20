/**
 * Which words of a text to highlight, and which part of a long text to show. Pure: the client turns
 * the segments into text nodes and <mark> elements (never HTML: item text is untrusted).
 * `isMatch` says whether a word matched the query (the engine compares its index term), so this
 * module does not pull lunr into every page's bundle.
 */
import { isApart, isCompound, splitWords, wordParts, type WordSpan } from './words.ts';

export type WordMatcher = (word: string) => boolean;

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The words of a text that matched: a compound whole (« rendez-vous »), else those of its parts that
 * did (« milo » in « i-milo »; « rendus » is no match of « rendez-vous »). Two words side by side
 * that matched as one compound (« bien être » for « bien-être »: the index reads them whole when its
 * texts write the compound hyphenated) are one match.
 */
export function matchedWords(text: string, isMatch: WordMatcher): WordSpan[] {
  const matched: WordSpan[] = [];
  const spans = splitWords(text);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as WordSpan;
    const next = spans[i + 1];
    if (next && !isCompound(span.word) && !isCompound(next.word) && isApart(text.slice(span.end, next.start))) {
      const pair = text.slice(span.start, next.end);
      if (isMatch(pair)) {
        matched.push({ word: pair, start: span.start, end: next.end });
        i++;
        continue;
      }
    }
    if (isMatch(span.word)) matched.push(span);
    else if (isCompound(span.word)) matched.push(...wordParts(span).filter((part) => isMatch(part.word)));
  }
  return matched;
}

/** The text cut into plain and marked segments. */
export function highlight(text: string, isMatch: WordMatcher): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const span of matchedWords(text, isMatch)) {
    if (span.start > last) segments.push({ text: text.slice(last, span.start), mark: false });
    segments.push({ text: text.slice(span.start, span.end), mark: true });
    last = span.end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/** At most `max` characters around the first matched word, cut at spaces, with « … » where cut. */
export function excerpt(text: string, isMatch: WordMatcher, max = 240): string {
  if (text.length <= max) return text;
  const [first] = matchedWords(text, isMatch);
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
