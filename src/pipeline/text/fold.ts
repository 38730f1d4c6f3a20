/** Text folding used wherever French input is matched loosely (headings, regions, headers, keywords). */

/** Lower case, accents removed, œ/æ expanded, punctuation folded to single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`´]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/** A folded form with no spaces or apostrophes, for comparing identifiers (`Île-de-France` = `iledefrance`). */
export function foldKey(text: string): string {
  return foldText(text).replace(/[\s']+/g, '');
}
