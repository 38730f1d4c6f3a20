/**
 * Accent-insensitive name matching: « Gwenaelle » written for « Gwenaëlle », « MENARD » for
 * « Ménard ». Case is kept (capitals carry meaning for names), only the accents are ignored.
 */

/** Without accents, case kept (« Gwenaëlle » → « Gwenaelle »); œ/æ stay, the length may not. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** Lower case without accents, for look-ups in word lists. */
export function foldWord(word: string): string {
  return stripAccents(word).toLocaleLowerCase('fr-FR').replace(/’/g, "'");
}

const VARIANTS: Readonly<Record<string, string>> = {
  a: 'aàâäáã', e: 'eéèêë', i: 'iîïíì', o: 'oôöóò', u: 'uùûüú', y: 'yÿ', c: 'cç', n: 'nñ',
  A: 'AÀÂÄÁÃ', E: 'EÉÈÊË', I: 'IÎÏÍÌ', O: 'OÔÖÓÒ', U: 'UÙÛÜÚ', Y: 'YŸ', C: 'CÇ', N: 'NÑ',
};

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * A regular-expression source matching `text` with or without each accent, same case:
 * « Gwenaëlle » → « Gw[eéèêë]n[aàâ…][eéèêë]ll[eéèêë] ». Spaces match any run of spaces.
 */
export function accentInsensitiveSource(text: string): string {
  let source = '';
  for (const char of stripAccents(text)) {
    const variants = VARIANTS[char];
    if (variants) source += `[${variants}]`;
    else if (/\s/.test(char)) source += '\\s+';
    else if (char === '’' || char === "'") source += "['’]";
    else source += char.replace(SPECIAL, '\\$&');
  }
  return source;
}
