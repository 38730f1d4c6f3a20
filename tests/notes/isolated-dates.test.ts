/** A session dated far from every other (a year typed wrong) is said; two waves months apart are not. */
import { describe, expect, it } from 'vitest';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { TextFile } from '../../src/pipeline/io/consultation-input.ts';

function note(date: string, place: string): TextFile {
  return {
    file: `content/ateliers/bretagne/${date}-${place}.md`,
    content: `---\ntitre: Atelier Bretagne — ${place}\ndate: ${date}\nformat: presentiel\nregion: Bretagne\nparticipants: { total: 8 }\n---\n\n## Ce qui fonctionne\n\n- La messagerie interne est rapide.\n`,
  };
}

function isolated(dates: string[]): Array<{ file: string; line: number; message: string }> {
  const notes = dates.map((date, i) => note(date, `lieu-${i}`));
  const { synthesis } = synthesize({ notes, surveys: [], themes: null, pseudonyms: null, settings: null });
  return synthesis.diagnostics.filter((d) => d.code === 'date-isolee').map(({ file, line, message }) => ({ file, line, message }));
}

describe('a session dated far from every other', () => {
  it('is said at its header’s date, with the span of the others', () => {
    expect(isolated(['2026-09-03', '2026-09-20', '2026-10-14', '2026-11-24', '2062-09-12'])).toEqual([
      {
        file: 'content/ateliers/bretagne/2062-09-12-lieu-4.md',
        line: 3,
        message:
          'La date de cette session, le 12 septembre 2062, est à plus de six mois de celle de toute autre (les autres vont du 3 septembre 2026 au 24 novembre 2026) : l’année est-elle la bonne ?',
      },
    ]);
    // A year one off: ten months after the last workshop.
    expect(isolated(['2026-09-03', '2026-09-20', '2026-10-14', '2026-11-24', '2027-09-12']).map((d) => d.file)).toEqual([
      'content/ateliers/bretagne/2027-09-12-lieu-4.md',
    ]);
  });

  it('says nothing of two waves months apart, nor when too few sessions are dated to tell', () => {
    expect(isolated(['2026-03-03', '2026-03-20', '2026-10-14', '2026-11-24'])).toEqual([]);
    expect(isolated(['2026-09-03', '2026-09-20', '2062-09-12'])).toEqual([]);
  });
});
