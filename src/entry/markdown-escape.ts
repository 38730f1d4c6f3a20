/**
 * Escaping of what an ambassador types, so that the written note reads back as typed: a leading
 * « 1. » or « - » must not open a nested list, « # » a heading, « * » an emphasis, « [x] » a link.
 * Escapes are CommonMark backslash escapes, which every Markdown reader removes, so the text the
 * pipeline reads is the text typed. `#mot` and `(3 votes)` are left alone on purpose: they are the
 * note's own markers for themes and dot-votes (see `item-line.ts`).
 */

/** One line of text: newlines and runs of spaces become one space. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Characters that open an inline construct anywhere (code, emphasis, links, HTML, strikethrough). */
const INLINE = /[\\`*_[\]<~]/g;
/** « &amp; », « &#35; »: an entity reference would be decoded, so its « & » is escaped. */
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
/** Block markers at the start of a line: list bullets, ordered list numbers, headings, quotes. */
const LEADING_BULLET = /^([-+])/;
const LEADING_NUMBER = /^(\d{1,9})([.)])/;
const LEADING_BLOCK = /^([#>=|])/;

/** Escapes one line of plain text for use inside a Markdown paragraph or list item. */
export function escapeLine(text: string): string {
  return singleLine(text)
    .replace(INLINE, (c) => `\\${c}`)
    .replace(ENTITY, '\\&')
    .replace(LEADING_BULLET, '\\$1')
    .replace(LEADING_NUMBER, '$1\\$2')
    .replace(LEADING_BLOCK, '\\$1');
}

/** Escapes the text of a list item (one line). */
export function escapeItemText(text: string): string {
  return escapeLine(text);
}

/**
 * Escapes a free paragraph (the workshop's context): paragraphs are kept, each line escaped, so a
 * line typed as « ## Ce qui fonctionne » or « - point » stays text and never opens a section or an item.
 */
export function escapeParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeLine(line))
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}
