/**
 * Several feedbacks in one item, enumerated « a) … b) … » or « 1) … 2) … » (« Fiscalité : a) Trop de
 * niches fiscales. b) La CSG sur les petites retraites. »), as cahiers and pasted notes write them on
 * one line or on lines Markdown glues to the item above. Published as one item, they would be one
 * statement for the tagger, the themes and the counts; each is split into an item of its own.
 *
 * Only an unmistakable enumeration is split: markers « a) », « b) »… (or « 1) », « 2) »…) in order
 * from the first, at least two, each at the start of a line or after a punctuation mark (or a `#theme`)
 * and a space — « (cf. a) et b)) » and « le plan b) » stay text. What comes before the first marker
 * is kept: a finished sentence as an item of its own, a lead-in (« Fiscalité : ») at the head of each
 * part, so that « La CSG sur les petites retraites » still says what it is about.
 */

export interface EnumerationPart {
  /** The part's text, lead-in included. */
  text: string;
  /** Offset in the item's text where the part starts (its marker, or the item's start for a leading sentence). */
  offset: number;
}

export interface Enumeration {
  parts: EnumerationPart[];
  /** The markers, as written (« a) », « b) »), to name them. */
  markers: string[];
}

/** A marker followed by a space and some text. */
const MARKER = /(?<![\p{L}\p{N}])([a-zA-Z]|\d{1,2})\)[ \t\u00A0]+(?=\S)/gu;
/** What may come right before a marker within a line: a punctuation mark, or the previous part's `#theme`, and a space. */
const AFTER_PUNCTUATION = /(?:[.:;,!?…]|#[\p{L}\p{N}_-]+)[ \t\u00A0]+$/u;
/** A finished sentence ending the lead, followed by the lead-in of the enumeration. */
const LAST_SENTENCE = /^([\s\S]*[.!?…][)»"”]*)\s+(\S[\s\S]*)$/u;

/**
 * The item's parts when its text enumerates, else null. `lineStarts`: offsets where a line of the item
 * starts (a marker there needs no punctuation before it).
 */
export function findEnumeration(text: string, lineStarts: readonly number[] = [0]): Enumeration | null {
  const markers: Array<{ label: string; start: number; end: number }> = [];
  for (const match of text.matchAll(MARKER)) {
    const start = match.index;
    const label = match[1] ?? '';
    const boundary = lineStarts.includes(start) || AFTER_PUNCTUATION.test(text.slice(0, start));
    if (!boundary) continue;
    const previous = markers.at(-1);
    if (previous ? label === successor(previous.label) : isFirst(label)) markers.push({ label, start, end: start + match[0].length });
  }
  if (markers.length < 2) return null;

  const parts: EnumerationPart[] = [];
  const { sentence, leadIn } = splitLead(text.slice(0, markers[0]?.start ?? 0));
  if (sentence) parts.push({ text: sentence, offset: 0 });
  markers.forEach((marker, index) => {
    const body = text
      .slice(marker.end, markers[index + 1]?.start ?? text.length)
      .trim()
      .replace(/[\s,;]+$/u, '');
    if (body) parts.push({ text: leadIn ? `${leadIn} ${body}` : body, offset: marker.start });
  });
  return { parts, markers: markers.map((marker) => `${marker.label})`) };
}

/** The text before the first marker: a finished sentence (an item) and a lead-in (the head of each part). */
function splitLead(lead: string): { sentence: string; leadIn: string } {
  const trimmed = lead.trim();
  if (!trimmed) return { sentence: '', leadIn: '' };
  if (/[.!?…][)»"”]*$/u.test(trimmed)) return { sentence: trimmed, leadIn: '' };
  const split = LAST_SENTENCE.exec(trimmed);
  return split ? { sentence: (split[1] ?? '').trim(), leadIn: (split[2] ?? '').trim() } : { sentence: '', leadIn: trimmed };
}

function isFirst(label: string): boolean {
  return label === 'a' || label === 'A' || label === '1';
}

function successor(label: string): string {
  if (/^\d+$/.test(label)) return String(Number(label) + 1);
  return String.fromCharCode(label.charCodeAt(0) + 1);
}
