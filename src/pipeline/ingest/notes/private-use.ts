/**
 * Word's and PDF's bullets inside a line: characters of the Symbol and Wingdings fonts, in Unicode's
 * private use area (U+F0B7 « », U+F0A7 « »…), shown as empty boxes once published. At a line's
 * start they are bullets (bullets.ts); inside a line they are what is left of a list flattened into
 * one line (« Suppression du Sénat.  Retour de l'ISF. ») — a separator between two feedbacks when a
 * new statement starts after them (a capital letter, a digit, a quotation mark) — or a stray glyph,
 * removed as survey ingestion removes them (text/private-use.ts).
 */
import { withoutPrivateUse } from '../../text/private-use.ts';

export interface GlyphSplit {
  /** The texts between separators, without private-use characters, with their offsets in the text. */
  parts: Array<{ text: string; offset: number }>;
  /** Glyphs read as separators between two feedbacks. */
  separators: number;
  /** Glyphs removed. */
  removed: number;
  /** Offset of the first glyph. */
  first: number;
}

const PRIVATE_USE = /[\uE000-\uF8FF]/gu;
/** After a separator: spaces, then the start of a statement. */
const STATEMENT_START = /^[\s\u00A0]*[\p{Lu}\p{N}«"“(]/u;

/**
 * The text cut at its private-use glyphs that separate two feedbacks, the others removed; null when it
 * holds none. `split: false` keeps it one text (an item whose votes cannot be shared out).
 */
export function splitAtGlyphs(text: string, split = true): GlyphSplit | null {
  const glyphs = [...text.matchAll(PRIVATE_USE)].map((match) => match.index);
  const [first] = glyphs;
  if (first === undefined) return null;
  const cuts: number[] = [];
  let from = 0;
  for (const at of glyphs) {
    const before = text.slice(from, at);
    const separates =
      split && /[\p{L}\p{N}]/u.test(withoutPrivateUse(before)) && (at === 0 || /\s/u.test(text[at - 1] ?? '')) && STATEMENT_START.test(text.slice(at + 1));
    if (separates) {
      cuts.push(at);
      from = at + 1;
    }
  }
  const parts: GlyphSplit['parts'] = [];
  [0, ...cuts.map((at) => at + 1)].forEach((start, index) => {
    const end = cuts[index] ?? text.length;
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    // A glyph at the very start would become « - » (a bullet, for a survey cell): it is no part of the text.
    const clean = withoutPrivateUse(raw.trimStart().replace(/^[\uE000-\uF8FF\s]+/u, '')).replace(/\s+/g, ' ').trim();
    if (clean) parts.push({ text: clean, offset: start + leading });
  });
  return { parts, separators: cuts.length, removed: glyphs.length - cuts.length, first };
}
