/** Shared by the note tests: referentiels with a small taxonomy, and a note parser on in-memory text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNote } from '../../src/pipeline/ingest/notes/index.ts';
import type { IngestResult } from '../../src/pipeline/ingest/result.ts';
import { createReferentiels } from '../../src/pipeline/referentiels/index.ts';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');
export const referentiels = createReferentiels({ file: 'data/themes.yml', content: readFileSync(path.join(FIXTURES, 'themes.yml'), 'utf8') }).referentiels;

export const NOTE_FILE = 'content/ateliers/bretagne/2026-09-12-rennes.md';

/** A front matter that passes every check, to prepend to a body under test. */
export const FRONT_MATTER = `---
titre: Atelier Bretagne — Rennes
date: 2026-09-12
format: presentiel
region: Bretagne
departements: ["35"]
---
`;

export function parse(content: string, file = NOTE_FILE): IngestResult {
  return parseNote({ file, content }, referentiels);
}

/** Diagnostics as `code@line`, sorted by line, for compact assertions. */
export function codes(result: IngestResult): string[] {
  return [...result.diagnostics].sort((a, b) => a.line - b.line || (a.code < b.code ? -1 : 1)).map((d) => `${d.code}@${d.line}`);
}
