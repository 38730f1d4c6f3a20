/**
 * Notes pasted from a word processor keep its bullets ("•", "–", "−", the Symbol-font ""),
 * which Markdown does not read as lists. They are turned into "-" one character for one, so
 * that every line and column still points at the file as written.
 */

/** A line starting (after indentation) with a word-processor bullet followed by a space. */
const PASTED_BULLET = /^([ \t]*)[•◦▪▫‣⁃∙●○■□–—−\uF0B7\uF0A7](?=[ \t\u00A0])/gm;

/** The body with pasted bullets made Markdown list markers; the front matter is left alone. */
export function normaliseBullets(content: string): string {
  const frontMatter = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(content);
  const start = frontMatter ? frontMatter[0].length : 0;
  const body = content.slice(start);
  if (!/[•◦▪▫‣⁃∙●○■□–—−\uF0B7\uF0A7]/.test(body)) return content;
  return content.slice(0, start) + body.replace(PASTED_BULLET, '$1-');
}
