/**
 * Where a file name may wrap (the downloads page, on a phone): after « - », « _ », « . » or « / », so
 * that each line shows whole words (« idees-fortes- | membres.csv »), where the browser would otherwise
 * cut a name with no space anywhere its column ends (« convergence.c | sv »). A date's hyphens are
 * break points too (« 2026- | 12-07 »): Chromium breaks after a hyphen before a digit by itself.
 * The page writes a <wbr> between the parts: invisible, and not read by screen readers.
 */

/** After a run of separators that follows a character, before a character that is no separator. */
const BREAK_AFTER = /(?<=[^-_./][-_./]+)(?=[^-_./])/u;

/** `name` cut after its separators; the parts joined give `name` back. */
export function fileNameParts(name: string): string[] {
  return name.split(BREAK_AFTER);
}
