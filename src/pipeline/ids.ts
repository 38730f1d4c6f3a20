/**
 * Stable ids derived from content and source, so that the same input always gives the same ids.
 * Pure JavaScript (no node:crypto) because the entry form reuses the parser in the browser.
 */

/** 64-bit FNV-1a over UTF-16 code units, as 13 base-36 characters. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  const high = (h2 >>> 0).toString(36).padStart(7, '0');
  const low = (h1 >>> 0).toString(36).padStart(7, '0');
  return (high + low).slice(0, 13);
}

/** Id from several parts; the separator cannot appear in paths or counts. */
export function stableId(...parts: Array<string | number>): string {
  return hashText(parts.join('\u0000'));
}
