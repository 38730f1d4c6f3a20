/**
 * French typography for plain text: the rule that the site's HTML pass (html.ts) applies to every
 * text node, and that the search client applies to the text it builds in the browser. No DOM and no
 * Node import, so that both bundles can share it.
 *
 * What it does (Lexique des règles typographiques en usage à l'Imprimerie nationale):
 * - a straight apostrophe between two letters (« l'appli », « aujourd'hui ») becomes the typographic
 *   one, U+2019 (« l’appli »): the site's own strings, its chapters and the consultation's text mix
 *   both, and a page should not. Nothing else: a quote mark after a space or before one
 *   (« 'test' ») is a quotation mark, not an apostrophe, and stays;
 *
 * and only where an ordinary space is already written — it never adds a space (« Note: » stays as
 * is) and never changes a character other than that space:
 * - before « : » and inside « guillemets » (`« `, ` »`): U+00A0, the no-break word space the Lexique
 *   asks for there, and the one every font has (the site's stack ends in Arial/Liberation Sans,
 *   which lack U+202F: a browser then borrows it from another font, at another width);
 * - before « ; ! ? »: U+202F, the narrow no-break space (« espace fine insécable »);
 * - between digit groups (`12 345`) and between a number and its unit (`3 Ko`, `9 h`): U+202F, as
 *   `toLocaleString('fr-FR')` and Intl's unit style already write them; before « % » and « € »:
 *   U+00A0, as Intl's percent and currency styles do, so that all the site's figures look alike;
 * - after « n° » before a number: U+00A0.
 * Colons without a space before them are never touched: times (14:30), ratios (3:1), URLs
 * (https://…) keep theirs; nor are emoticons (` :)`, ` ;-)`, ` :D`).
 */

export const NO_BREAK_SPACE = '\u00a0';
export const TYPOGRAPHIC_APOSTROPHE = '\u2019';

/** A straight apostrophe between two letters (Unicode letters: « c'était », « O'Neil »). */
const STRAIGHT_APOSTROPHE = /(?<=\p{L}\p{M}*)'(?=\p{L})/gu;
export const NARROW_NO_BREAK_SPACE = '\u202f';

/**
 * Each alternative matches only the space(s) to replace (plus « for the opening guillemet), so that
 * the replacement is decided by the character that follows. In order:
 * 1. spaces before ! ? » : ; — the last two unless they start an emoticon (`:)`, `;-)`, `:D`, `:/`
 *    not followed by a letter or digit);
 * 2. « followed by spaces;
 * 3. a space between a digit and % or €;
 * 4. a space between a digit and a unit standing alone (`Ko`, `o`, `h`, `min`…, not `heures`);
 * 5. a space between digit groups: 1 to 3 digits not preceded by a digit, a comma or a dot, then
 *    groups of exactly three (`2026 123` is a year and a count, not a number);
 * 6. the space after a standalone « n° » before a digit.
 */
const SPACING =
  /[ \t\n\r\f]+(?=[!?»]|[:;](?!-?[()DPp/\\|[\]*](?![\p{L}\p{N}])))|«[ \t\n\r\f]+|(?<=\d) (?=[%€])|(?<=\d) (?=(?:[kKMGT]?o|ms|min|s|h)(?![\p{L}\p{N}]))|(?<=(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})*) (?=\d{3}(?!\d))|(?<=(?<![\p{L}\p{N}])[nN]°) (?=\d)/gu;

/** A cheap first look: most text nodes (names, numbers without spaces) have nothing to change. */
const CANDIDATE = /[ \t\n\r\f][:;!?»]|«|\d [\d%€kKMGTomsh]|° \d/u;

/**
 * `text` with typographic apostrophes and French no-break spaces (see the module). `afterInline` says whether the text continues
 * a line already started, e.g. a text node right after `</a>`: only then are spaces at its very
 * start replaced (` : ` after a link's text); at the start of a block they are not content.
 */
export function frenchTypography(text: string, afterInline = true): string {
  const curled = text.includes("'") ? text.replace(STRAIGHT_APOSTROPHE, TYPOGRAPHIC_APOSTROPHE) : text;
  return CANDIDATE.test(curled) ? spaced(curled, afterInline) : curled;
}

function spaced(text: string, afterInline: boolean): string {
  return text.replace(SPACING, (match: string, offset: number) => {
    if (match.charCodeAt(0) === 0xab) return `«${NO_BREAK_SPACE}`;
    if (offset === 0 && !afterInline) return match;
    const next = text.charAt(offset + match.length);
    if (next === ':' || next === '»' || next === '%' || next === '€') return NO_BREAK_SPACE;
    if (next >= '0' && next <= '9') return text.charAt(offset - 1) === '°' ? NO_BREAK_SPACE : NARROW_NO_BREAK_SPACE;
    return NARROW_NO_BREAK_SPACE;
  });
}
