/**
 * Word and PDF copies carry their list bullets as characters of the Symbol and Wingdings fonts, in
 * Unicode's private use area (U+F0B7 « », U+F0A7 « », U+F0D8 « »…): published as such, they show as
 * empty boxes on the site, in the search and in the exports. A bullet that starts a line becomes
 * « - », as Decidim's HTML lists are read; any other private-use character is dropped.
 */
const PRIVATE_USE = /[\uE000-\uF8FF]/;
const BULLET_AT_LINE_START = /(^|\n)[ \t]*[\uF06E\uF076\uF0A7\uF0A8\uF0B7\uF0D8\uF0E0\uF0E8\uF0FC][ \t]*/g;
const ANY_PRIVATE_USE = /[\uE000-\uF8FF]/g;

/** The cell's text without private-use characters, its line-start bullets as « - ». */
export function withoutPrivateUse(text: string): string {
  if (!PRIVATE_USE.test(text)) return text;
  return text.replace(BULLET_AT_LINE_START, '$1- ').replace(ANY_PRIVATE_USE, '');
}
