import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseDelimiter, detectDelimiter } from '../../src/pipeline/ingest/surveys/delimiter.ts';
import { cellLine, readTable } from '../../src/pipeline/ingest/surveys/csv.ts';
import { createLineLocator, normalizeNewlines, prepareNewlines } from '../../src/pipeline/ingest/surveys/line-index.ts';
import { FILE, codes, only, parse } from './helpers.ts';

describe('delimiter detection', () => {
  it('finds ;, comma and tab', () => {
    expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
  });

  it('is not fooled by commas in a ; file, nor by separators inside multi-line quoted cells', () => {
    const text = 'Région;Ce qui fonctionne, selon vous;Vos attentes\nBretagne;"un, deux,\ntrois, quatre; cinq";"a, b"\nNormandie;x, y;z\n';
    expect(detectDelimiter(text)).toBe(';');
    const header = '"Commentaire; libre",Région\n"a;b;c\n;d;e",Bretagne\n"f;g",Normandie\n';
    expect(detectDelimiter(header)).toBe(',');
  });

  it('picks, for a one-column file, a character absent from the answers', () => {
    const text = 'Commentaire\nBien, très bien\nPas mal, merci\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(parse(text).items.map((i) => i.text)).toEqual(['Bien, très bien', 'Pas mal, merci']);
  });

  it('says which delimiter was found when the declared one is wrong, and reads on with it', () => {
    const choice = chooseDelimiter('a;b\n1;2\n', ',', FILE);
    expect(choice.delimiter).toBe(';');
    const d = only(choice.diagnostics, 'separateur-incorrect');
    expect(d.message).toContain('« , » (virgule)');
    expect(d.message).toContain('« ; » (point-virgule)');
    expect(chooseDelimiter('a;b\n1;2\n', ';', FILE).diagnostics).toEqual([]);
  });

  it('reports the wrong delimiter once, not a cascade of missing columns', () => {
    const result = parse('Région;Commentaire\nBretagne;Très bien\n', 'separateur: ","\ncolonnes:\n  region: Région\n  textes: [Commentaire]\n');
    expect(codes(result.diagnostics)).toEqual(['separateur-incorrect@1']);
    expect(result.items[0]?.text).toBe('Très bien');
  });
});

describe('Excel’s sep= line', () => {
  it('takes « sep=, » for the separator and the next line for the header, lines those of the file', () => {
    // A « ; » in the answers would win the guess without the declaration.
    const result = parse('sep=,\nRégion,Commentaire\nBretagne,un; deux; trois\nNormandie,quatre; cinq\n');
    expect(result.items.map((i) => [i.text, i.region])).toEqual([['un; deux; trois', '53'], ['quatre; cinq', '28']]);
    expect(codes(result.diagnostics)).toEqual(['separateur-declare@1']);
    expect(only(result.diagnostics, 'separateur-declare').severity).toBe('info');
    expect(result.items[0]?.source.line).toBe(3);
  });

  it('reads the quoted form and the empty row a spreadsheet re-saves it as, in a CRLF file', () => {
    for (const first of ['"sep=;"', 'sep=;;', 'SEP=;']) {
      const result = parse(`${first}\r\nRégion;Commentaire\r\nBretagne;Très bien\r\n`);
      expect(result.items.map((i) => i.text)).toEqual(['Très bien']);
      expect(codes(result.diagnostics)).toEqual(['separateur-declare@1']);
    }
  });

  it('lets a sidecar’s separator win, the line skipped all the same', () => {
    const result = parse('sep=,\nRégion;Commentaire\nBretagne;Très bien\n', 'separateur: ";"\ncolonnes:\n  region: Région\n  textes: [Commentaire]\n');
    expect(result.items.map((i) => i.text)).toEqual(['Très bien']);
    expect(codes(result.diagnostics)).toEqual(['separateur-declare@1']);
  });

  it('leaves a first line that merely starts with « sep » alone', () => {
    const result = parse('sep=;x;Commentaire\nBretagne;a;Très bien\n');
    expect(result.diagnostics.some((d) => d.code === 'separateur-declare')).toBe(false);
  });
});

describe('records and their lines', () => {
  it('keeps the physical line of each record across multi-line cells and mixed CRLF/LF', () => {
    const raw = 'id;Commentaire\r\n1;"ligne un\r\nligne deux\nligne trois"\n2;simple\r\n\r\n3;"a ""cité"" b"\n';
    const table = readTable(normalizeNewlines(raw), ';', FILE);
    expect(table.header).toEqual(['id', 'Commentaire']);
    expect(table.records.map((r) => r.line)).toEqual([2, 5, 7]);
    expect(table.records[0]?.fields[1]).toBe('ligne un\nligne deux\nligne trois');
    expect(table.records[2]?.fields[1]).toBe('a "cité" b');
    expect(table.diagnostics).toEqual([]);
  });

  it('gives items the line where their own cell starts, the data row and the column', () => {
    const result = parse('Ce qui fonctionne;Vos attentes\r\n"un\r\ndeux";"trois"\r\n"quatre";"cinq\nsix"\n"";sept\n');
    const sources = result.items.map((i) => [i.text, i.source.line, i.source.row, i.source.column, i.source.field]);
    expect(sources).toEqual([
      ['un\ndeux', 2, 1, 1, 'Ce qui fonctionne'],
      ['trois', 3, 1, 2, 'Vos attentes'],
      ['quatre', 4, 2, 1, 'Ce qui fonctionne'],
      ['cinq\nsix', 4, 2, 2, 'Vos attentes'],
      ['sept', 6, 3, 2, 'Vos attentes'],
    ]);
  });

  it('reports an unclosed quote at the line and column where it opens, once', () => {
    const result = parse('id;Commentaire\n1;bien\n2;"pas fermé\n3;suite\n4;fin\n');
    const d = only(result.diagnostics, 'guillemet-non-ferme');
    expect([d.line, d.column, d.severity]).toEqual([3, 3, 'blocking']);
    expect(codes(result.diagnostics)).toEqual(['guillemet-non-ferme@3']);
    expect(result.items[0]?.text).toBe('bien');
  });

  it('warns about rows with too many or too few fields, grouped with their lines', () => {
    const result = parse('Région;Commentaire\nBretagne;a;en trop\nBretagne\nBretagne;b;x\nBretagne;c;;\n');
    // Two rows of four too long: shifted rows (shifted-rows.test.ts), said once, with their lines.
    const tooMany = result.diagnostics.filter((d) => d.message.includes('plus de champs'));
    expect(tooMany.map((d) => [d.code, d.line, d.severity])).toEqual([['nombre-de-champs-incorrect', 2, 'warning']]);
    expect(tooMany[0]?.message).toContain('(lignes 2, 4)');
    expect(only(result.diagnostics.filter((d) => d.message.startsWith('Pas assez')), 'nombre-de-champs-incorrect').line).toBe(3);
    // Empty trailing fields (Excel's habit) are harmless: line 5 is not reported, and its text is kept.
    expect(result.items.map((i) => i.text)).toEqual(['c']);
  });

  it('when most rows have fields in excess (a column without header), sets the fields in excess aside and reads the rows', () => {
    const result = parse('Région;Commentaire\nBretagne;a;Une colonne de trop\nBretagne;b;z\nBretagne;c;x;y\nBretagne;d;;\n');
    expect(result.items.map((i) => i.text)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.reconciliation).toEqual([{ file: FILE, read: 8, kept: 4, rejected: 4, reasons: [{ reason: 'nombre-de-champs-incorrect', count: 4 }] }]);
    const d = only(result.diagnostics, 'nombre-de-champs-incorrect');
    expect(d.line).toBe(2);
    expect(d.message).toBe(
      'Trop de champs par rapport à l’en-tête (2 colonnes) aux lignes 2, 3, 4 : les 4 champs en trop ne sont pas lus (« Une colonne de trop »…) et sont comptés parmi les écartés du bilan.',
    );
    expect(d.hint).toContain('guillemets');
  });

  it('warns about an enormous cell and keeps it', () => {
    const long = 'mot '.repeat(3000).trim();
    const result = parse(`id;Commentaire\n1;court\n2;"${long}"\n`);
    const d = only(result.diagnostics, 'cellule-tres-longue');
    expect([d.line, d.column, d.severity]).toEqual([3, 2, 'warning']);
    expect(result.items[1]?.text).toBe(long);
  });

  it('warns when only the header is there', () => {
    expect(codes(parse('Commentaire\n').diagnostics)).toEqual(['enquete-sans-reponse@1']);
  });

  it('locates offsets incrementally, and again after going backwards', () => {
    const locate = createLineLocator('ab\ncd\n\nef');
    expect([locate.line(0), locate.line(4), locate.column(4), locate.line(8), locate.column(8)]).toEqual([1, 2, 2, 4, 2]);
    expect([locate.line(1), locate.column(1)]).toEqual([1, 2]);
  });
});

describe('CRLF files', () => {
  const lf = 'id;Commentaire;Région\n1;"ligne un\nligne deux";Bretagne\n2;"mal" fermé;Normandie\n\n3;"a ""cité"" b";"x\ny"\n4;"jamais fermé\nfin\n';

  it('reads a CRLF-only file as it is, and normalises mixed or lone CR breaks whole', () => {
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(prepareNewlines(crlf)).toEqual({ text: crlf, newline: '\r\n' });
    expect(prepareNewlines(lf)).toEqual({ text: lf, newline: '\n' });
    expect(prepareNewlines('a\r\nb\nc\r\n')).toEqual({ text: 'a\nb\nc\n', newline: '\n' });
    expect(prepareNewlines('a\rb\r\n')).toEqual({ text: 'a\nb\n', newline: '\n' });
  });

  it('gives a CRLF file the records, lines and quote diagnostics of its normalised text', () => {
    const crlf = prepareNewlines(lf.replace(/\n/g, '\r\n'));
    const table = readTable(crlf.text, ';', FILE, crlf.newline);
    expect(table).toEqual(readTable(lf, ';', FILE));
    expect(table.records[0]?.fields[1]).toBe('ligne un\nligne deux');
    expect(codes(table.diagnostics)).toEqual(['guillemet-mal-place@4', 'guillemet-non-ferme@8']);
  });

  it('knows the line of every cell of a record holding line breaks', () => {
    const table = readTable('a;b;c;d\n"1\n2";x;"3\n4\n5";y\nz;w;v;u\n', ';', FILE);
    const [first, second] = table.records;
    expect([0, 1, 2, 3, 9].map((column) => cellLine(first!, column))).toEqual([2, 3, 3, 5, 5]);
    expect(first?.cellLines).toEqual([2, 3, 3, 5, 5]);
    expect(second?.line).toBe(6);
    expect(second?.cellLines).toBeNull();
    expect(cellLine(second!, 3)).toBe(6);
  });

  it('reads generated CRLF text exactly as its normalised version', () => {
    const piece = fc.constantFrom('a', 'é', ' ', '  ', '"', '""', ';', ',', '\t', '\n', 'texte', '\uFEFF');
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    const delimiter = fc.constantFrom(';', ',', '\t');
    fc.assert(
      fc.property(text, delimiter, (lfText, d) => {
        const crlf = lfText.replace(/\n/g, '\r\n');
        expect(detectDelimiter(crlf)).toBe(detectDelimiter(lfText));
        expect(readTable(crlf, d, FILE, '\r\n')).toEqual(readTable(lfText, d, FILE));
      }),
      { numRuns: 2000, seed: 20261001 },
    );
  });
});
