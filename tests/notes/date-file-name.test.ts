import { describe, expect, it } from 'vitest';
import { codes, parse } from './helpers.ts';
import { fileNameDate } from '../../src/pipeline/ingest/notes/date-file-name.ts';

const RENNES = 'content/ateliers/bretagne/2026-10-01-rennes.md';
const note = (date: string) => `---\ntitre: Atelier\ndate: ${date}\nformat: presentiel\nregion: Bretagne\n---\n\n## Ce qui fonctionne\n\n- La recherche est rapide.\n`;

describe('the header’s date against the file name’s', () => {
  it('warns when they differ, saying how the header’s date is read (accepted silently before)', () => {
    const result = parse(note('12/03/2026'), RENNES);
    expect(codes(result)).toEqual(['date-nom-fichier@3']);
    expect(result.diagnostics[0]?.message).toBe(
      'La date de l’en-tête, « 12/03/2026 », est lue le 12 mars 2026 (le jour d’abord) ; le nom du fichier dit le 1er octobre 2026.',
    );
    expect(result.diagnostics[0]?.hint).toBe(
      'La date publiée est celle de l’en-tête. Corrigez celle qui est fausse : l’en-tête (« date: 2026-10-01 ») ou le nom du fichier (« 2026-03-12-rennes.md »).',
    );
    expect(result.sessions[0]?.date).toBe('2026-03-12');
  });

  it.each(['10/01/2026', '2026-01-10'])('asks whether day and month are swapped when the swapped reading is the file name’s (%j)', (date) => {
    const result = parse(note(date), RENNES);
    expect(codes(result)).toEqual(['date-nom-fichier@3']);
    expect(result.diagnostics[0]?.message).toContain('est lue le 10 janvier 2026');
    expect(result.diagnostics[0]?.message).toContain('le nom du fichier dit le 1er octobre 2026 : le jour et le mois sont-ils inversés ?');
    expect(result.diagnostics[0]?.hint).toContain('Si l’atelier a eu lieu le 1er octobre 2026, écrivez « date: 2026-10-01 » ; sinon, renommez le fichier « 2026-01-10-rennes.md ».');
  });

  it.each(['2026-10-01', '01/10/2026', '1er octobre 2026'])('says nothing of the same day, however written (%j)', (date) => {
    expect(parse(note(date), RENNES).diagnostics.filter((d) => d.code === 'date-nom-fichier')).toEqual([]);
  });

  it('reads only a real date at the start of the file name', () => {
    expect(fileNameDate('content/ateliers/bretagne/2026-10-01-rennes.md')).toBe('2026-10-01');
    expect(fileNameDate('content/ateliers/bretagne/2026-02-30-rennes.md')).toBeNull();
    expect(fileNameDate('content/ateliers/bretagne/rennes-2026-10-01.md')).toBeNull();
    expect(parse(note('2026-10-01'), 'content/ateliers/bretagne/atelier-rennes.md').diagnostics.filter((d) => d.code === 'date-nom-fichier')).toEqual([]);
  });
});
