/**
 * The site writes French typography (U+00A0 before « : » and inside « », U+202F before « ; ! ? »
 * and in numbers, U+2019 for an apostrophe between letters: src/site/typography/); the Synthesis
 * and the tests' expectations use ordinary spaces and either apostrophe. Comparing a page's text
 * with them goes through this one helper, on both sides when the expectation is the consultation's.
 * Soft hyphens (U+00AD, src/site/soft-hyphens.ts: the break points of long words in tables' first
 * column) are dropped: they are in the text, invisible unless a line breaks there.
 */
export function plainTypography(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2019/g, "'").replace(/\u00ad|&shy;/g, '');
}
