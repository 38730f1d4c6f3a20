/**
 * « Exported cells cannot run spreadsheet formulas » (DESIGN §6), for both formats. A CSV field is
 * only text to its reader, which guesses: one starting with = + - @, a tab or a carriage return is
 * prefixed with an apostrophe. An XLSX cell says what it is: text is a typed string (`t="s"`), never
 * evaluated, and a formula needs an `<f>` element; the workbook writes none, and its text shows as typed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../src/export/cells.ts';
import { writeExports, XLSX_NAME } from '../../src/export/index.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-inject-');

const FORMULA_START = /^[=+\-@\t\r]/;
const PLANTED = ['=HYPERLINK("http://x","clic")', '@SUM(1+1) il faudrait un agenda', '+ Simplifier la saisie', '- Les partenaires nous demandent un accès'];

/** Every entry of the workbook's zip, as text, by name. */
function xlsxEntries(file: string): Map<string, string> {
  return new Map(Object.entries(unzipSync(new Uint8Array(readFileSync(file)))).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The texts of the workbook's shared strings (the strings its cells point at), XML entities decoded. */
function sharedStrings(entries: Map<string, string>): string[] {
  const xml = entries.get('xl/sharedStrings.xml') ?? '';
  const decode = (text: string) =>
    text.replace(/&(lt|gt|quot|apos|amp|#x?[0-9a-f]+);/gi, (_, name: string) =>
      ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? String.fromCodePoint(Number(name.replace('#x', '0x').replace('#', ''))));
  return [...xml.matchAll(/<si><t(?: [^>]*)?>([\s\S]*?)<\/t><\/si>/g)].map((match) => decode(match[1] ?? ''));
}

/** The fields of every CSV written (tables with `;`, comments.csv with `,`). */
function csvFields(out: string, files: readonly string[]): string[] {
  return files.filter((file) => file.endsWith('.csv')).flatMap((file) => {
    const text = readFileSync(path.join(out, file), 'utf8').replace(/^\ufeff/, '');
    return Papa.parse<string[]>(text, { delimiter: file === 'comments.csv' ? ',' : ';', skipEmptyLines: true }).data.flat();
  });
}

describe('formula injection', () => {
  it.each(['=1+1', '+33 6', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises %j in a CSV field', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });
  it('leaves ordinary text alone', () => {
    expect(neutraliseCell('Saisie lente')).toBe('Saisie lente');
  });

  describe('with formulas planted in a consultation', () => {
    let synthesis: Synthesis;
    let out: string;
    let files: string[];

    beforeAll(async () => {
      const csv = `comment-id,comment-body\n${PLANTED.map((text, i) => `${i + 1},"${text.replace(/"/g, '""')}"`).join('\n')}\n`;
      synthesis = synthesize({
        notes: [], surveys: [{ file: 'data/enquetes/c.csv', bytes: new TextEncoder().encode(csv), sidecar: null }],
        themes: null, pseudonyms: null, settings: null,
      }).synthesis;
      out = tempDir();
      files = (await writeExports(synthesis, out)).map((f) => f.file);
    });

    it('publishes them, so that the exports carry them', () => {
      expect(synthesis.items.map((item) => item.text).sort()).toEqual([...PLANTED].sort());
    });

    it('prefixes every CSV field that could start a formula', () => {
      const fields = csvFields(out, files);
      for (const text of PLANTED) expect(fields).toContain(`'${text}`);
      for (const field of fields) expect(field).not.toMatch(FORMULA_START);
    });

    it('writes no formula in the workbook: every cell is a typed string or a number, its text as typed', () => {
      const entries = xlsxEntries(path.join(out, XLSX_NAME));
      const sheets = [...entries].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
      expect(sheets.length).toBeGreaterThan(5);
      for (const [name, xml] of sheets) {
        expect(xml, name).not.toMatch(/<f[\s>/]/);
        // A string, a number (no type), or a blank cell (self-closed: no value at all).
        for (const [cell] of xml.matchAll(/<c [^>]*>/g)) expect(cell, name).toMatch(/ t="s"|^<c r="[A-Z]+\d+"(?: s="\d+")?\/?>$/);
      }
      expect([...entries.keys()].filter((name) => /externalLink|connections|queryTable/.test(name))).toEqual([]);
      const strings = sharedStrings(entries);
      for (const text of PLANTED) expect(strings).toContain(text);
      expect(strings.filter((text) => text.startsWith("'"))).toEqual([]);
    });
  });

  it('shows the demo’s verbatims as written in the workbook, the apostrophe only in the CSV', async () => {
    const demo = synthesize(await readConsultation(path.resolve(import.meta.dirname, '../..'))).synthesis;
    const dashed = demo.items.filter((item) => item.text.startsWith('- ')).map((item) => item.text);
    expect(dashed.length).toBeGreaterThan(10);
    const out = tempDir();
    const files = (await writeExports(demo, out)).map((f) => f.file);
    const strings = new Set(sharedStrings(xlsxEntries(path.join(out, XLSX_NAME))));
    const fields = new Set(csvFields(out, files));
    for (const text of dashed) {
      expect(strings.has(text), text).toBe(true);
      expect(strings.has(`'${text}`), text).toBe(false);
      expect(fields.has(`'${text}`), text).toBe(true);
    }
  });
});
