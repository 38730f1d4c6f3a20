/**
 * Reads back what a PDF viewer shows in a file's properties, the way a viewer finds it: `startxref`,
 * the cross-reference table, the trailer's /Info and /Root, each object at the offset the table gives.
 * Written apart from src/export/pdf-info.ts, so that a mistake there is not repeated here.
 */

export interface PdfObjects {
  /** Object numbers whose table offset does not start with `N G obj`: a broken file. */
  misplaced: number[];
  /** Each in-use object's text, from `N G obj` to its `endobj` (dictionaries only: streams are cut at `stream`). */
  object(number: number): string;
  info: Record<string, string>;
  catalog: string;
}

export function readPdf(pdf: Uint8Array): PdfObjects {
  const text = Buffer.from(pdf).toString('latin1');
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? NaN);
  if (text.slice(start, start + 4) !== 'xref') throw new Error(`no cross-reference table at startxref ${start}`);
  const trailerAt = text.indexOf('trailer', start);
  const offsets = new Map<number, number>();
  let first = 0;
  let index = 0;
  for (const line of text.slice(start + 4, trailerAt).split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length === 2) [first, index] = [Number(fields[0]), 0];
    else if (fields.length === 3) {
      if (fields[2] === 'n') offsets.set(first + index, Number(fields[0]));
      index++;
    }
  }
  const misplaced = [...offsets].filter(([number, offset]) => !new RegExp(`^${number} \\d+ obj\\b`).test(text.slice(offset, offset + 20))).map(([n]) => n);
  const object = (number: number): string => {
    const offset = offsets.get(number);
    if (offset === undefined) throw new Error(`no object ${number}`);
    const end = Math.min(...['endobj', 'stream'].map((word) => text.indexOf(word, offset)).filter((at) => at >= 0));
    return text.slice(offset, end);
  };
  const trailer = text.slice(trailerAt, text.indexOf('startxref', trailerAt));
  const ref = (key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(trailer)?.[1]);
  const info: Record<string, string> = {};
  for (const match of object(ref('Info')).matchAll(/\/(\w+)\s*(<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))/g)) info[match[1] ?? ''] = pdfString(match[2] ?? '');
  return { misplaced, object, info, catalog: object(ref('Root')) };
}

/** A PDF string: UTF-16BE in hexadecimal (with its byte order mark), or a literal with its escapes. */
export function pdfString(token: string): string {
  if (token.startsWith('<')) return Buffer.from(token.slice(1, -1), 'hex').swap16().toString('utf16le').replace(/^\uFEFF/, '');
  return token.slice(1, -1).replace(/\\([0-7]{1,3}|.)/g, (_escape, code: string) => (/^[0-7]+$/.test(code) ? String.fromCharCode(parseInt(code, 8)) : code));
}

/** A PDF as Chromium lays it out: Info first, objects, one cross-reference table, trailer. */
export function assemblePdf(objects: Array<[number, string]>, root: number, info: number): Uint8Array {
  let text = '%PDF-1.4\n%\u00d3\u00eb\u00e9\u00e1\n';
  const offsets = new Map<number, number>();
  for (const [number, body] of objects) {
    offsets.set(number, text.length);
    text += `${number} 0 obj\n${body}\nendobj\n`;
  }
  const size = Math.max(...offsets.keys()) + 1;
  const xref = text.length;
  text += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) {
    const offset = offsets.get(n);
    text += offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  text += `trailer\n<</Size ${size}\n/Root ${root} 0 R\n/Info ${info} 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
