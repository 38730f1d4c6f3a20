/**
 * Notes pasted from a word processor, a PDF or a mail keep their bullets (« • », « – », « ► », « ✓ »,
 * « ➢ », « → », the Symbol and Wingdings fonts' private-use characters…), which Markdown does not
 * read as lists: the lines were glued into one paragraph, or a whole section was set aside. They are
 * turned into "-" one character for one, so that every line and column still points at the file as
 * written. Only at a line's start and before a space: « → » inside a sentence is an arrow.
 */

/**
 * Characters used as bullets: dots and squares, dashes, triangles and arrows, check marks, stars, and
 * every private-use character (a Symbol or Wingdings glyph, whichever it is, is a bullet there).
 * One UTF-16 unit each, so that the replacement keeps the columns.
 */
const BULLET_CHARACTERS = '•·◦▪▫‣⁃∙●○■□◆◇♦❖–—−►▸▶▹➢➤➔➜→⇒✓✔✗✘☐☑★☆∗⁎✱\uE000-\uF8FF';

/** A line starting (after indentation) with a pasted bullet followed by a space. */
const PASTED_BULLET = new RegExp(`^([ \\t]*)[${BULLET_CHARACTERS}](?=[ \\t\\u00A0])`, 'gmu');
const ANY_BULLET = new RegExp(`[${BULLET_CHARACTERS}]`, 'u');

/** Whether a line starts with a pasted bullet (for a draft's pasted element, read as a note's line is). */
export function startsWithPastedBullet(line: string): boolean {
  PASTED_BULLET.lastIndex = 0;
  return PASTED_BULLET.test(line);
}

/** The body with pasted bullets made Markdown list markers; the front matter is left alone. */
export function normaliseBullets(content: string): string {
  const frontMatter = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(content);
  const start = frontMatter ? frontMatter[0].length : 0;
  const body = content.slice(start);
  if (!ANY_BULLET.test(body)) return content;
  return content.slice(0, start) + body.replace(PASTED_BULLET, '$1-');
}
