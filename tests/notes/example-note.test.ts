/** The example note `init` writes is said at each dry run, louder once real data sits beside it. */
import { describe, expect, it } from 'vitest';
import { exampleNoteDiagnostics, EXAMPLE_NOTE_NAME } from '../../src/pipeline/ingest/example-note.ts';
import { EXAMPLE_NOTE } from '../../src/cli/init-files.ts';

const note = (file: string) => ({ file, content: '' });

describe('the example note of init', () => {
  it('is the file init writes', () => {
    expect(EXAMPLE_NOTE.endsWith(`/${EXAMPLE_NOTE_NAME}`)).toBe(true);
  });

  it('is said alone, and as invented feedback published with the real once other data is there', () => {
    const alone = exampleNoteDiagnostics({ notes: [note(EXAMPLE_NOTE)], surveys: [] });
    expect(alone.map((d) => [d.code, d.severity, d.file])).toEqual([['note-exemple', 'warning', EXAMPLE_NOTE]]);
    expect(alone[0]?.message).toContain('la seule donnée');
    const beside = exampleNoteDiagnostics({ notes: [note(EXAMPLE_NOTE), note('content/ateliers/bretagne/2026-10-01-rennes.md')], surveys: [] });
    expect(beside[0]?.message).toContain('seraient publiés avec les vrais');
    expect(exampleNoteDiagnostics({ notes: [note('content/ateliers/bretagne/2026-10-01-rennes.md')], surveys: [] })).toEqual([]);
  });
});
