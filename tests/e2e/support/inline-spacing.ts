/**
 * Text glued to an inline element in built HTML: « dans<code>content/</code> », « </strong>est ».
 * Astro 7's default whitespace rules ('jsx') dropped the line break between a word and an element
 * on the next line; a typography pass eating a space would glue them too. What is looked for is a
 * letter, digit or closing punctuation right before an inline element that has content, or right
 * after one closes: French prose never writes them so (an apostrophe or an opening parenthesis
 * before a link, « l'<strong> », « (<a> », and a point or comma after one, are fine).
 */
const INLINE = 'a|abbr|b|cite|code|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|dfn';
// `(?![\s,.;:!?)])`: an element whose text opens with a space is not glued, and one whose text opens with
// a comma or a closing mark goes on the word before it (« (PDF<span>, 6 pages</span>) », details
// filled in after the build; « explorateur<span class="visually-hidden"> : Corse</span> »).
const BEFORE = new RegExp(`[\\p{L}\\p{N}.,;:!?)»](?:<(?:${INLINE})\\b[^>]*>)(?!<\\/|[\\s,.;:!?)])`, 'gu');
// `(?<![>\s])`: an empty element (a legend's colour swatch) has no text of its own to glue, and one whose
// text ends with a space (« <span class="visually-hidden">Chapitre : </span>Idées fortes ») is not glued.
const AFTER = new RegExp(`(?<![>\\s])<\\/(?:${INLINE})>[\\p{L}\\p{N}(«]`, 'gu');

/** Each place where visible text touches an inline element, with some context. */
export function gluedToInline(html: string): string[] {
  // Scripts, styles and drawings hold no prose; their tags stay out of the scan.
  const page = html.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ');
  const found: string[] = [];
  for (const pattern of [BEFORE, AFTER]) {
    for (const match of page.matchAll(pattern)) found.push(page.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30));
  }
  return found;
}
