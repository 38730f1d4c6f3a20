/**
 * Property tests of the note parser on generated notes: random unicode, front matter variations,
 * nested lists, code and HTML, truncated files, NUL bytes, CRLF and BOM. Never an exception, every
 * problem a diagnostic at a line of the file, read = kept + rejected, unique and reproducible ids.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/pipeline/ingest/notes/index.ts';
import { createReferentiels } from '../../src/pipeline/referentiels/index.ts';
import { noteContent, notePath } from './arbitraries.ts';
import { fuzzParameters, fuzzTimeout } from './config.ts';
import { checkIngest, lineCount } from './invariants.ts';

const THEMES = { file: 'data/themes.yml', content: 'themes:\n  - id: saisie\n    libelle: Saisie\n    mots_cles: [saisie]\n' };
const { referentiels } = createReferentiels(THEMES);

describe('analyseur de notes (propriétés, fast-check)', () => {
  it('never throws and keeps its invariants on generated and damaged notes', () => {
    fc.assert(
      fc.property(notePath, noteContent, (file, content) => {
        const result = parseNote({ file, content }, referentiels);
        expect(checkIngest(result, file, new Map([[file, lineCount(content)]]))).toEqual([]);
      }),
      fuzzParameters(1500),
    );
  }, fuzzTimeout(8_000));

  it('gives the same result, ids included, when the same note is read twice', () => {
    fc.assert(
      fc.property(notePath, noteContent, (file, content) => {
        expect(parseNote({ file, content }, referentiels)).toEqual(parseNote({ file, content }, referentiels));
      }),
      fuzzParameters(300),
    );
  }, fuzzTimeout(4_000));

  it('survives pure random text, binary included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 })), (content) => {
        const file = 'content/ateliers/bretagne/hasard.md';
        expect(checkIngest(parseNote({ file, content }, referentiels), file, new Map([[file, lineCount(content)]]))).toEqual([]);
      }),
      fuzzParameters(600),
    );
  }, fuzzTimeout(4_000));
});
