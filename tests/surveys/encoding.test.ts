import { describe, expect, it } from 'vitest';
import { decodeSurvey } from '../../src/pipeline/ingest/surveys/encoding.ts';
import { surveyLines } from '../../src/pipeline/ingest/surveys/line-encodings.ts';
import { FILE, codes, only, parse, utf8, windows1252 } from './helpers.ts';

const FRENCH = 'Région;Commentaire\r\nBretagne;Déjà vu : élève, très bien, ça marche, cœur, 10 €, « guillemets »\r\n';

describe('encoding', () => {
  it('reads UTF-8 with a BOM and drops the BOM from the first header', () => {
    const result = parse(utf8(FRENCH, true));
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.text).toBe('Déjà vu : élève, très bien, ça marche, cœur, 10 €, « guillemets »');
    expect(result.items[0]?.region).toBe('53');
    expect(result.diagnostics).toEqual([]);
  });

  it('reads UTF-8 without a BOM', () => {
    expect(parse(utf8(FRENCH)).items[0]?.text).toContain('cœur, 10 €');
  });

  it('detects Windows-1252 (é, è, ç, œ, €, ’) in auto mode', () => {
    const bytes = windows1252('Région;Commentaire\r\nBretagne;Très bien : l’accès, ça marche, un œuf à 1 €\r\n');
    expect(bytes.includes(0x9c)).toBe(true); // œ is 0x9C in Windows-1252, absent from Latin-1
    const result = parse(bytes);
    expect(result.items[0]?.text).toBe('Très bien : l’accès, ça marche, un œuf à 1 €');
    expect(result.items[0]?.region).toBe('53');
    expect(result.diagnostics).toEqual([]);
  });

  it('reads UTF-16 with a BOM (Excel « Texte Unicode »)', () => {
    const text = '\ufeffRégion\tCommentaire\r\nBretagne\tÇa marche très bien\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    expect(parse(bytes).items[0]?.text).toBe('Ça marche très bien');
  });

  it('reports undecodable bytes with their line when utf-8 is forced', () => {
    const bytes = windows1252('Commentaire\nbonjour\nune réponse accentuée\nencore\nà la fin\n');
    const result = parse(bytes, 'encodage: utf-8\n');
    const d = only(result.diagnostics, 'octets-non-decodables');
    expect(d.line).toBe(3);
    expect(d.severity).toBe('blocking');
    expect(d.message).toContain('ligne 3');
    expect(d.message).toContain('1 autre ligne');
  });

  it('keeps a UTF-8 line with one stray byte as UTF-8, with a warning at that line', () => {
    const good = utf8('Commentaire\nélève très motivé\nça va\n');
    const bytes = Uint8Array.from([...good, ...utf8('déjà vu '), 0x92, ...utf8(' à côté\n')]);
    const result = parse(bytes);
    expect(result.items.map((i) => i.text)).toEqual(['élève très motivé', 'ça va', 'déjà vu \ufffd à côté']);
    const d = only(result.diagnostics, 'octets-non-decodables');
    expect([d.line, d.severity]).toEqual([4, 'warning']);
  });

  it('blocks a UTF-8 file declared windows-1252 (its accents would be garbled)', () => {
    const result = parse(utf8('Commentaire\nélève\n'), 'encodage: windows-1252\n');
    expect(only(result.diagnostics, 'encodage-suspect').severity).toBe('blocking');
  });

  it('reports a binary file once, and nothing else', () => {
    const result = parse(Uint8Array.from([0x43, 0x6f, 0x6d, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x00]));
    expect(codes(result.diagnostics)).toEqual(['fichier-binaire@2']);
    expect(result.items).toEqual([]);
    expect(result.reconciliation).toEqual([{ file: FILE, read: 0, kept: 0, rejected: 0, reasons: [] }]);
  });

  it('recognises an Excel workbook renamed .csv', () => {
    const result = parse(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(only(result.diagnostics, 'fichier-binaire').message).toContain('classeur');
  });

  it('reports an empty file (or one holding only a BOM and blank lines)', () => {
    expect(codes(parse(new Uint8Array()).diagnostics)).toEqual(['fichier-vide@1']);
    expect(codes(parse(utf8('\r\n\r\n', true)).diagnostics)).toEqual(['fichier-vide@1']);
  });

  it('tells the encoding of each line in one pass, lines ending at LF or a lone CR', () => {
    expect(surveyLines(utf8('a\nb\r\néè\rc'), 0).kinds).toEqual(['ascii', 'ascii', 'utf-8', 'ascii']);
    // Overlong and surrogate encodings are ill-formed.
    expect(surveyLines(Uint8Array.from([0x0a, 0xc0, 0xaf, 0xed, 0xa0, 0x80]), 0).kinds).toEqual(['ascii', 'windows-1252']);
    expect(surveyLines(Uint8Array.from([...utf8('éèà'), 0x92]), 0).kinds).toEqual(['stray']);
    expect(decodeSurvey(utf8('x'), 'auto', FILE).encoding).toBe('utf-8');
  });
});
