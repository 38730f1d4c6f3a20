/**
 * The PDF's outline (its bookmarks, which Chromium makes from the headings) with the page each one leads
 * to: the contents page of the white paper gets its page numbers from a first print (src/export/pdf.ts),
 * since Chromium has no `target-counter()`. Read from Chromium's layout (one cross-reference table,
 * uncompressed outline and page tree dictionaries, `/Dest [page /XYZ …]`); anything else reads as no outline.
 */
import { readXref } from './pdf-info.ts';

export interface OutlineEntry {
  title: string;
  /** 1 for the outline's top items, 2 for their children… */
  depth: number;
  /** The page it leads to, from 1; null when its destination is not a page of the page tree. */
  page: number | null;
}

/** Every outline item, in reading order (depth first), with its page. */
export function readOutline(pdf: Uint8Array): OutlineEntry[] {
  const text = Buffer.from(pdf).toString('latin1');
  const xref = readXref(text);
  if (!xref) return [];
  const dictionary = (object: number): string => {
    const offset = xref.offsets.get(object);
    if (offset === undefined) return '';
    const found = new RegExp(`^${object} 0 obj\\s*(<<[^]*?>>)\\s*(?:endobj|stream)`).exec(text.slice(offset, offset + 100_000));
    return found?.[1] ?? '';
  };
  const reference = (dict: string, key: string): number | null => {
    const found = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return found ? Number(found[1]) : null;
  };
  const catalog = dictionary(xref.root);
  const pages = new Map<number, number>();
  const walk = (object: number, seen: Set<number>) => {
    if (seen.has(object)) return;
    seen.add(object);
    const node = dictionary(object);
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]), seen);
    } else if (/\/Type\s*\/Page\b/.test(node)) pages.set(object, pages.size + 1);
  };
  const root = reference(catalog, 'Pages');
  if (root !== null) walk(root, new Set());
  const entries: OutlineEntry[] = [];
  const visit = (first: number | null, depth: number, seen: Set<number>) => {
    for (let item = first; item !== null && !seen.has(item); ) {
      seen.add(item);
      const node = dictionary(item);
      const title = /\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(node)?.[1];
      const destination = /\/Dest\s*\[\s*(\d+) 0 R/.exec(node)?.[1];
      entries.push({ title: title ? pdfString(title) : '', depth, page: destination ? (pages.get(Number(destination)) ?? null) : null });
      visit(reference(node, 'First'), depth + 1, seen);
      item = reference(node, 'Next');
    }
  };
  const outlines = reference(catalog, 'Outlines');
  if (outlines !== null) visit(reference(dictionary(outlines), 'First'), 1, new Set());
  return entries;
}

/** A PDF text string: UTF-16BE in hexadecimal (after its byte order mark), or a literal with its escapes (PDFDocEncoding read as Latin-1). */
function pdfString(token: string): string {
  if (token.startsWith('<')) {
    const bytes = Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : bytes.toString('latin1');
  }
  return token
    .slice(1, -1)
    .replace(/\\\r?\n/g, '')
    .replace(/\\([0-7]{1,3}|.)/g, (_escape, code: string) =>
      /^[0-7]+$/.test(code) ? String.fromCharCode(parseInt(code, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[code] ?? code,
    );
}
