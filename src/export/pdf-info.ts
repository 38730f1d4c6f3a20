/**
 * What a reader sees of the PDF in its file's properties: the document information dictionary (title,
 * subject, keywords, creation and modification dates) and the catalog's language. Chromium writes its
 * page's <title> and the time of printing there; they are rewritten to the consultation's title and the
 * exports' date (`export-date.ts`), never the clock's, so that two prints give the same bytes.
 *
 * Chromium's PDF (Skia) has one revision and a classic cross-reference table: the objects are rewritten
 * where they stand and the offsets after them moved by as many bytes (PDF 32000-1, 7.5.4). A PDF laid out
 * otherwise only gets its dates, rewritten in place at the same length.
 * Without a date (no dated session, no SOURCE_DATE_EPOCH), the PDF has none: both are optional
 * (PDF 32000-1, 14.3.3), and a reader then shows none rather than a false one.
 */

export interface PdfInfo {
  title: string;
  /** The creation and modification date; null: none (Chromium's time of printing removed). */
  date: Date | null;
  subject?: string;
  keywords?: string;
  /** The catalog's /Lang, added when Chromium wrote none (it takes the page's lang). */
  lang?: string;
}

/** A PDF date (PDF 32000-1, 7.9.4), in UTC: `D:20261207000000+00'00'`. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString(); // 2026-12-07T00:00:00.000Z
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

/** A text string as UTF-16BE with its byte order mark, in hexadecimal: any character, no escaping. */
export function pdfTextString(text: string): string {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

export function withDocumentInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const date = info.date ? pdfDate(info.date) : null;
  const rewritten = rewriteInfo(text, info, date) ?? datesInPlace(text, date);
  return new Uint8Array(Buffer.from(withXmpDates(rewritten, info.date), 'latin1'));
}

/** The Info dictionary and catalog rewritten, offsets moved; null when the PDF is not laid out as Chromium's. */
function rewriteInfo(text: string, info: PdfInfo, date: string | null): string | null {
  const xref = readXref(text);
  if (!xref) return null;
  const edits = new Map<number, (dictionary: string) => string | null>();
  edits.set(xref.info, (dictionary) => {
    const kept = withoutKeys(dictionary, ['Title', 'Subject', 'Keywords', 'CreationDate', 'ModDate']);
    if (kept === null) return null;
    const entries = [
      `/Title ${pdfTextString(info.title)}`,
      ...(info.subject ? [`/Subject ${pdfTextString(info.subject)}`] : []),
      ...(info.keywords ? [`/Keywords ${pdfTextString(info.keywords)}`] : []),
      ...kept,
      ...(date ? [`/CreationDate (${date})`, `/ModDate (${date})`] : []),
    ];
    return `<<${entries.join('\n')}>>`;
  });
  if (info.lang) {
    const lang = info.lang;
    edits.set(xref.root, (dictionary) => (/\/Lang\b/.test(dictionary) ? dictionary : `${dictionary.slice(0, -2)}\n/Lang (${lang})>>`));
  }
  return rewriteObjects(text, xref, edits);
}

export interface Xref {
  /** Where the `xref` keyword stands, and where its table (with the trailer) ends. */
  start: number;
  /** Each object's byte offset, by object number (in-use entries only). */
  offsets: Map<number, number>;
  root: number;
  info: number;
}

/** The last (and only) cross-reference table and its trailer; null for a cross-reference stream or an update. */
export function readXref(text: string): Xref | null {
  const last = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!last) return null;
  const start = Number(last[1]);
  const table = /^xref\r?\n([^]*?)trailer\s*<<([^]*?)>>\s*startxref/.exec(text.slice(start, last.index + last[0].length));
  if (!table) return null;
  const trailer = table[2] ?? '';
  const root = /\/Root (\d+) 0 R/.exec(trailer)?.[1];
  const info = /\/Info (\d+) 0 R/.exec(trailer)?.[1];
  if (!root || !info || /\/Prev\b/.test(trailer)) return null;
  const offsets = new Map<number, number>();
  const lines = (table[1] ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  for (let at = 0; at < lines.length; ) {
    const section = /^(\d+) (\d+)$/.exec(lines[at++] ?? '');
    if (!section) return null;
    const first = Number(section[1]);
    for (let n = 0; n < Number(section[2]); n++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])$/.exec(lines[at++] ?? '');
      if (!entry) return null;
      if (entry[3] === 'n') offsets.set(first + n, Number(entry[1]));
    }
  }
  return { start, offsets, root: Number(root), info: Number(info) };
}

/**
 * Each edited object's dictionary replaced (objects without a stream only), and every offset after it,
 * in the table and at `startxref`, moved by the difference. Null when an object is not where the table says.
 */
function rewriteObjects(text: string, xref: Xref, edits: Map<number, (dictionary: string) => string | null>): string | null {
  const changes: Array<{ from: number; to: number; replacement: string }> = [];
  for (const [object, edit] of edits) {
    const offset = xref.offsets.get(object);
    if (offset === undefined) return null;
    const found = new RegExp(`^${object} 0 obj\\s*(<<[^]*>>)\\s*endobj`).exec(text.slice(offset, text.indexOf('endobj', offset) + 'endobj'.length));
    const dictionary = found?.[1];
    if (!found || dictionary === undefined) return null;
    const replacement = edit(dictionary);
    if (replacement === null) return null;
    const from = offset + found[0].indexOf(dictionary);
    changes.push({ from, to: from + dictionary.length, replacement });
  }
  if (changes.some((change) => change.to > xref.start)) return null;
  changes.sort((a, b) => a.from - b.from);
  const moved = (offset: number) => offset + changes.filter((c) => c.to <= offset).reduce((sum, c) => sum + c.replacement.length - (c.to - c.from), 0);
  let body = '';
  let at = 0;
  for (const change of changes) {
    body += text.slice(at, change.from) + change.replacement;
    at = change.to;
  }
  body += text.slice(at, xref.start);
  const table = text
    .slice(xref.start, text.lastIndexOf('startxref'))
    .replace(/^(\d{10})( \d{5} n)/gm, (_line, offset: string, rest: string) => `${String(moved(Number(offset))).padStart(10, '0')}${rest}`);
  return `${body}${table}startxref\n${moved(xref.start)}\n%%EOF\n`;
}

/** The dictionary's entries but `keys`, as written; null when one cannot be read (not a string, name or number). */
function withoutKeys(dictionary: string, keys: readonly string[]): string[] | null {
  const entries: string[] = [];
  const inner = dictionary.slice(2, -2);
  let at = 0;
  while (at < inner.length) {
    const key = /^\s*\/([^\s/<>()[\]]+)\s*/.exec(inner.slice(at));
    if (!key) return /^\s*$/.test(inner.slice(at)) ? entries : null;
    const valueStart = at + key[0].length;
    const valueEnd = valueEndAt(inner, valueStart);
    if (valueEnd === null) return null;
    if (!keys.includes(key[1] ?? '')) entries.push(`/${key[1]} ${inner.slice(valueStart, valueEnd)}`);
    at = valueEnd;
  }
  return entries;
}

/** Where the value starting at `at` ends: a literal string (balanced parentheses, escapes), a hex string, a name, a number. */
function valueEndAt(text: string, at: number): number | null {
  const first = text[at];
  if (first === '(') {
    let depth = 0;
    for (let i = at; i < text.length; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i + 1;
    }
    return null;
  }
  const simple = /^(<[0-9A-Fa-f\s]*>|\/[^\s/<>()[\]]*|[-+]?[\d.]+|true|false)/.exec(text.slice(at));
  return simple ? at + simple[0].length : null;
}

/**
 * The dates of the Info dictionary rewritten in place, where they have the length of `date`, or, without
 * one, each entry blanked with as many spaces (white space between a dictionary's entries): no offset moves.
 */
function datesInPlace(text: string, date: string | null): string {
  return text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (match, key: string, written: string) =>
    date === null ? ' '.repeat(match.length) : written.length === date.length ? `/${key} (${date})` : match,
  );
}

/**
 * XMP metadata, when the PDF has an uncompressed stream of it (Chromium writes one only for PDF/A): its
 * dates become the same, rewritten at the same length (`2026-12-07T00:00:00+00:00`) so the stream's
 * /Length holds; without a date, each element is blanked with as many spaces (white space between XML elements).
 */
function withXmpDates(text: string, date: Date | null): string {
  const iso = date ? `${date.toISOString().slice(0, 19)}+00:00` : null;
  return text.replace(/<xmp:(CreateDate|ModifyDate|MetadataDate)>([^<]*)<\/xmp:\1>/g, (match, key: string, written: string) =>
    iso === null ? ' '.repeat(match.length) : written.length === iso.length ? `<xmp:${key}>${iso}</xmp:${key}>` : match,
  );
}
