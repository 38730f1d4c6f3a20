/** A note's bytes: UTF-8 as written, Windows-1252 detected as the surveys' is, a mix left to block. */
import { describe, expect, it } from 'vitest';
import { decodeNote } from '../../src/pipeline/ingest/notes/note-encoding.ts';
import { parseNote } from '../../src/pipeline/ingest/notes/index.ts';
import { codes, FRONT_MATTER, NOTE_FILE, parse, referentiels } from './helpers.ts';

/** Windows-1252 bytes of a text of Latin-1 letters, « ’ » and « — ». */
const cp1252 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => (c === '’' ? 0x92 : c === '—' ? 0x97 : c.charCodeAt(0))));

describe('a note’s encoding', () => {
  it('reads UTF-8 as it is, BOM kept for the parser to drop', () => {
    const bytes = new TextEncoder().encode('\uFEFF## Idées\n');
    expect(decodeNote(bytes, NOTE_FILE)).toEqual({ content: '\uFEFF## Idées\n' });
  });

  it('reads a note wholly in Windows-1252 as such, and the note says so at its first accented word', () => {
    const decoded = decodeNote(cp1252(`${FRONT_MATTER}\n## Besoins\n- Un accès aux données de l’équipe.\n`), NOTE_FILE);
    expect(decoded).toEqual({ content: `${FRONT_MATTER}\n## Besoins\n- Un accès aux données de l’équipe.\n`, encoding: 'windows-1252' });
    const result = parseNote({ file: NOTE_FILE, ...decoded }, referentiels);
    expect(codes(result)).toEqual(['encodage-lu@10']);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'info' });
    expect(result.diagnostics[0]?.message).toContain('(ligne 10 : « accès »)');
    expect(result.items[0]?.text).toBe('Un accès aux données de l’équipe.');
  });

  it('leaves a mix of UTF-8 and Windows-1252 lines to block as before', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${FRONT_MATTER}\n## Idées\n- Été\n`), ...cp1252('- café\n')]);
    const decoded = decodeNote(bytes, NOTE_FILE);
    expect(decoded.encoding).toBeUndefined();
    expect(codes(parse(decoded.content))).toEqual(['encodage-invalide@11']);
  });
});
