/**
 * French typography (french-typography.ts: typographic apostrophes, no-break spaces) over a whole HTML page, once, for every page the site renders (applied by
 * src/middleware.ts): thousands of strings in components, chapters and the consultation's own text
 * get the same rule without being edited. Pure and linear: one pass over the page's UTF-8 bytes.
 *
 * Only text a reader sees changes:
 * - text nodes, except inside `<script>`, `<style>`, `<textarea>` (skipped whole, up to their closing
 *   tag: an inline script allowed by its CSP hash keeps its bytes) and `<pre>`, `<code>`, `<kbd>`,
 *   `<samp>` (commands and code are copied as written);
 * - among attributes, the values shown on screen: `title` (tooltip), `alt` (shown when an image
 *   fails), `placeholder`. Not `aria-label`: never laid out, so no line can break in it, and a screen
 *   reader says both spaces alike; not `content` (a `<meta>` carries the Content-Security-Policy,
 *   whose ` ; ` are syntax), nor `href`, `data-*` or `value` (data the page's scripts read or send).
 * Comments, the doctype and tags are copied as they are.
 */
import { frenchTypography, TYPOGRAPHIC_APOSTROPHE } from './french-typography.ts';

/** What a tag's name means to the pass (bit flags: `code` is both verbatim and inline). */
const RAW_TEXT = 1; // content is raw text up to the closing tag, copied untouched: script, style, textarea
const VERBATIM = 2; // content (nested elements too) is code or typed input, copied untouched
const INLINE = 4; // phrasing: text right after it closes continues its line (`</a> : suite`)
const KINDS: ReadonlyArray<readonly [string, number]> = [
  ['script', RAW_TEXT], ['style', RAW_TEXT], ['textarea', RAW_TEXT],
  ['pre', VERBATIM], ['code', VERBATIM | INLINE], ['kbd', VERBATIM | INLINE], ['samp', VERBATIM | INLINE],
  ...['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']
    .map((name) => [name, INLINE] as const),
];
/** The names above by their first letter (`a` = 0): a tag is classified without decoding its name. */
const KINDS_BY_LETTER: ReadonlyArray<ReadonlyArray<readonly [string, number]>> = Array.from({ length: 26 }, (_, letter) =>
  KINDS.filter(([name]) => name.charCodeAt(0) - 0x61 === letter),
);
/** The attributes whose values are rewritten (see the module). */
const SHOWN_ATTRIBUTE = /(\s(?:title|alt|placeholder)\s*=\s*)("[^"]*"|'[^']*')/gi;

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const EQUALS = 0x3d;
const DASH = 0x2d;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** `html` with French typography in its visible text (see the module). For tests and small pages; the site uses the bytes. */
export function frenchTypographyHtml(html: string): string {
  const bytes = encoder.encode(html);
  const spaced = frenchTypographyHtmlBytes(bytes);
  return spaced === bytes ? html : decoder.decode(spaced);
}

/** What `scanTag` found (module state rather than an object per tag: pages have tens of thousands of tags). */
let tagEnd = 0;
let tagKind = 0;
let tagShown = false;

/**
 * A page's UTF-8 bytes with French typography in its visible text (the same array when nothing
 * changes). It works on bytes, not on a string: a page is rendered to bytes anyway, and decoding and
 * re-encoding it cost ten times the pass itself (100 MB: ~0.7 s to decode alone, against ~0.1 s to
 * walk the bytes). One loop walks the tags and notes, per text run, whether the run holds a place
 * the rule may change (one of « : ; ! ? % » after a space, a space after a digit, « or °); only those
 * runs are decoded and go through the rule (french-typography.ts), and only the runs and tags that
 * change are copied anew. Runs end at `<`, so they never split a character.
 */
export function frenchTypographyHtmlBytes(html: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const length = html.length;
  const rewrite = new Rewrite(html);
  let textStart = 0;
  let candidate = false;
  let verbatimDepth = 0;
  let afterInline = false;
  let previous = 0; // the byte before `code`
  for (let i = 0; i < length; i++) {
    const code = html[i]!;
    if (code !== LESS_THAN) {
      if (code >= 0x80) {
        // « » ° are C2 AB, C2 BB, C2 B0 in UTF-8; € is E2 82 AC.
        if (previous === 0xc2 ? code === 0xab || code === 0xbb || code === 0xb0 : code === 0xac && previous === 0x82) candidate = true;
      } else if (code === 0x20) {
        if (previous >= 0x30 && previous <= 0x39) candidate = true;
      } else if (code === 0x3a || code === 0x3b || code === 0x21 || code === 0x3f || code === 0x25) {
        // (`;` also ends `&#39;` `&#x27;` `&apos;`, Astro's escape of an apostrophe in an expression.)
        if (isSpace(previous) || (code === 0x3b && (previous === 0x39 || previous === 0x37 || previous === 0x73))) candidate = true;
      } else if (code === SINGLE_QUOTE) {
        // After an ASCII letter or the last byte of a multi-byte one (« é' »): the rule decides.
        if (isLetter(previous) || previous >= 0x80) candidate = true;
      }
      previous = code;
      continue;
    }
    if (!scanTag(html, i)) {
      // A `<` that opens no tag (`1 < 2` written raw) is text.
      previous = code;
      continue;
    }
    // The text run before this tag.
    if (i > textStart) {
      if (candidate && verbatimDepth === 0) {
        const typeset = typesetText(html, textStart, i, afterInline);
        if (typeset) rewrite.replace(textStart, i, typeset);
      }
      afterInline = true;
    }
    candidate = false;
    previous = GREATER_THAN;
    const end = tagEnd;
    const next = html[i + 1];
    if (next === SLASH) {
      if (verbatimDepth > 0 && tagKind & VERBATIM) verbatimDepth--;
      afterInline = (tagKind & INLINE) !== 0;
    } else if (next !== BANG) {
      // (A comment or the doctype is invisible: the text around it stays one line.) A start tag:
      afterInline = false;
      if (tagKind & RAW_TEXT) {
        textStart = closingTagEnd(html, i + 1, end);
        i = textStart - 1;
        continue;
      }
      if (tagKind & VERBATIM) {
        if (html[end - 2] !== SLASH) verbatimDepth++;
      } else if (tagShown && verbatimDepth === 0) {
        const tag = decoder.decode(html.subarray(i, end));
        const spaced = tag.replace(SHOWN_ATTRIBUTE, (_match, before: string, value: string) => before + frenchTypographyHtmlText(value, false));
        if (spaced !== tag) rewrite.replace(i, end, spaced);
      }
    }
    textStart = end;
    i = end - 1;
  }
  if (candidate && verbatimDepth === 0 && length > textStart) {
    const typeset = typesetText(html, textStart, length, afterInline);
    if (typeset) rewrite.replace(textStart, length, typeset);
  }
  return rewrite.finish();
}

/** The text run html[start, end) through the rule, or null when the rule leaves it as is. */
function typesetText(html: Uint8Array, start: number, end: number, afterInline: boolean): string | null {
  const text = decoder.decode(html.subarray(start, end));
  const spaced = frenchTypographyHtmlText(text, afterInline);
  return spaced === text ? null : spaced;
}

/**
 * An apostrophe between letters written as a character reference (`&#39;`: Astro escapes `'` in
 * every `{expression}`, so the consultation's text and most strings reach the page this way).
 */
const ESCAPED_APOSTROPHE = /(?<=\p{L}\p{M}*)(?:&#0*39;|&#[xX]0*27;|&apos;)(?=\p{L})/gu;

/** `frenchTypography` over HTML text (a text run or an attribute's value), character references read. */
function frenchTypographyHtmlText(text: string, afterInline: boolean): string {
  const unescaped = text.includes('&') ? text.replace(ESCAPED_APOSTROPHE, TYPOGRAPHIC_APOSTROPHE) : text;
  return frenchTypography(unescaped, afterInline);
}

/**
 * The rewritten page, in one buffer allocated at the first change: unchanged spans are copied,
 * changed runs encoded in place. (An array per changed run, then joined, spent more time
 * allocating than the pass did walking.)
 */
class Rewrite {
  readonly #source: Uint8Array<ArrayBuffer>;
  #bytes: Uint8Array<ArrayBuffer> | null = null;
  #length = 0;
  #copied = 0; // source[0, #copied) is written

  constructor(source: Uint8Array<ArrayBuffer>) {
    this.#source = source;
  }

  /** Writes the source up to `start`, then `text` in place of source[start, end). */
  replace(start: number, end: number, text: string): void {
    this.#copy(start);
    // A UTF-16 unit never takes more than 3 bytes in UTF-8.
    const bytes = this.#reserve(text.length * 3);
    this.#length += encoder.encodeInto(text, bytes.subarray(this.#length)).written;
    this.#copied = end;
  }

  /** The rewritten page, or the source itself when nothing changed. */
  finish(): Uint8Array<ArrayBuffer> {
    if (!this.#bytes) return this.#source;
    this.#copy(this.#source.length);
    return this.#bytes.subarray(0, this.#length);
  }

  #copy(end: number): void {
    this.#reserve(end - this.#copied).set(this.#source.subarray(this.#copied, end), this.#length);
    this.#length += end - this.#copied;
    this.#copied = end;
  }

  /** The buffer, with room for `more` bytes after what is written. */
  #reserve(more: number): Uint8Array<ArrayBuffer> {
    // Room for the no-break spaces and apostrophes, each one or two bytes longer than what it replaces.
    this.#bytes ??= new Uint8Array(this.#source.length + (this.#source.length >> 5) + 64);
    if (this.#length + more <= this.#bytes.length) return this.#bytes;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + more));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
    return grown;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
}

function isLetter(code: number | undefined): boolean {
  return code !== undefined && ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a));
}

/**
 * Reads the tag opened by the `<` at `open`: false when that `<` opens none. Otherwise sets
 * `tagEnd` (after its `>`; quoted attribute values are skipped whole, so a `>` in a `title` does not
 * end the tag), `tagKind` (its name's flags) and `tagShown` (whether it has a shown attribute).
 */
function scanTag(html: Uint8Array, open: number): boolean {
  const length = html.length;
  tagKind = 0;
  tagShown = false;
  if (html[open + 1] === BANG) {
    const comment = html[open + 2] === DASH && html[open + 3] === DASH;
    tagEnd = comment ? commentEnd(html, open + 4) : html.indexOf(GREATER_THAN, open) + 1 || length;
    return true;
  }
  const nameStart = html[open + 1] === SLASH ? open + 2 : open + 1;
  if (!isLetter(html[nameStart])) return false;
  let i = nameStart + 1;
  while (i < length) {
    const code = html[i]!;
    if (code === GREATER_THAN || code === SLASH || isSpace(code)) break;
    i++;
  }
  tagKind = kindOf(html, nameStart, i - nameStart);
  for (; i < length; i++) {
    const code = html[i];
    if (code === GREATER_THAN) {
      tagEnd = i + 1;
      return true;
    }
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      const close = html.indexOf(code, i + 1);
      if (close < 0) break;
      i = close;
    } else if (code === EQUALS && !tagShown) {
      tagShown = isShownAttribute(html, i);
    }
  }
  tagEnd = length;
  return true;
}

/** After the `-->` that closes a comment whose text starts at `from` (or the page's end). */
function commentEnd(html: Uint8Array, from: number): number {
  for (let i = html.indexOf(GREATER_THAN, from); i >= 0; i = html.indexOf(GREATER_THAN, i + 1)) {
    if (html[i - 1] === DASH && html[i - 2] === DASH && i - 2 >= from) return i + 1;
  }
  return html.length;
}

/** Whether html[from, from + name.length) is `name` (lower case), in any case. */
function isName(html: Uint8Array, from: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (((html[from + k] ?? 0) | 0x20) !== name.charCodeAt(k)) return false;
  return true;
}

/** The flags of the tag name html[from, from + length). */
function kindOf(html: Uint8Array, from: number, length: number): number {
  const candidates = KINDS_BY_LETTER[((html[from] ?? 0) | 0x20) - 0x61];
  if (!candidates) return 0;
  for (let k = 0; k < candidates.length; k++) {
    const [name, kind] = candidates[k]!;
    if (name.length === length && isName(html, from, name)) return kind;
  }
  return 0;
}

/** Whether the `=` at `equals` follows the name of a shown attribute (` title=`, ` alt=`, ` placeholder=`). */
function isShownAttribute(html: Uint8Array, equals: number): boolean {
  const last = (html[equals - 1] ?? 0) | 0x20;
  const name = last === 0x65 ? 'title' : last === 0x74 ? 'alt' : last === 0x72 ? 'placeholder' : '';
  const start = equals - name.length;
  return name !== '' && isName(html, start, name) && isSpace(html[start - 1] ?? 0);
}

/** Where the raw-text element whose name starts at `nameStart` ends: after its closing tag (from `from` on), or at the page's end. */
function closingTagEnd(html: Uint8Array, nameStart: number, from: number): number {
  let nameEnd = nameStart;
  while (isLetter(html[nameEnd])) nameEnd++;
  const name = decoder.decode(html.subarray(nameStart, nameEnd)).toLowerCase();
  for (let i = html.indexOf(LESS_THAN, from); i >= 0; i = html.indexOf(LESS_THAN, i + 1)) {
    if (html[i + 1] !== SLASH || !isName(html, i + 2, name)) continue;
    const after = html[i + 2 + name.length] ?? GREATER_THAN;
    if (after !== GREATER_THAN && after !== SLASH && !isSpace(after)) continue;
    const end = html.indexOf(GREATER_THAN, i);
    return end < 0 ? html.length : end + 1;
  }
  return html.length;
}
