/**
 * The site writes French no-break spaces (U+00A0 before « : » and inside « », U+202F before « ; ! ? »
 * and in numbers: src/site/typography/); the Synthesis and the tests' expectations use ordinary
 * spaces. Comparing a page's text with them goes through this one helper.
 */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
