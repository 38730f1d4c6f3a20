/**
 * Limits: a huge file is refused before it is read, with a blocking French diagnostic, never a crash;
 * a note beyond 5 million characters, a survey cell beyond 10,000 and an item beyond 2,000 are
 * reported. The refusal logic is tested with lowered limits (a parameter of readConsultation), so
 * that no test writes hundreds of megabytes.
 *
 * Documented limits: survey CSV 500 Mo (MAX_SURVEY_BYTES, below V8's longest string), note 20 Mo on
 * disk (MAX_NOTE_BYTES) and 5,000,000 characters (MAX_NOTE_CHARACTERS), cell 10,000 characters
 * (MAX_CELL_LENGTH, kept), item 2,000 characters (MAX_ITEM_CHARACTERS, kept).
 */
import { constants } from 'node:buffer';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NOTE_BYTES, MAX_SURVEY_BYTES, readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { parseNote } from '../../src/pipeline/ingest/notes/index.ts';
import { MAX_NOTE_CHARACTERS } from '../../src/pipeline/ingest/notes/readable.ts';
import { MAX_CELL_LENGTH } from '../../src/pipeline/ingest/surveys/csv.ts';
import { MAX_ITEM_CHARACTERS } from '../../src/pipeline/validate.ts';
import { createReferentiels } from '../../src/pipeline/referentiels/index.ts';
import { runCli } from './support/outputs.ts';

const NOTE = `---
titre: Atelier Bretagne — Rennes
date: 2026-09-12
format: presentiel
region: Bretagne
---

## Ce qui fonctionne

- La recherche d'un jeune est rapide.
`;

describe('limites de taille', () => {
  let root = '';

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'livre-blanc-limites-'));
    await mkdir(path.join(root, 'content', 'ateliers', 'bretagne'), { recursive: true });
    await mkdir(path.join(root, 'data', 'enquetes'), { recursive: true });
    await writeFile(path.join(root, 'content', 'ateliers', 'bretagne', '2026-09-12-rennes.md'), NOTE);
    // 3 kB of notes: over the lowered 2 kB limit below.
    await writeFile(path.join(root, 'content', 'ateliers', 'bretagne', '2026-09-13-enorme.md'), NOTE + `\n- ${'très long. '.repeat(300)}\n`);
    const rows = Array.from({ length: 400 }, (_, i) => `Bretagne;Conseillère;Réponse numéro ${i} sur la saisie.`);
    await writeFile(path.join(root, 'data', 'enquetes', 'grosse.csv'), ['Région;Vous êtes;Ce qui vous gêne', ...rows].join('\r\n'));
    await writeFile(path.join(root, 'data', 'enquetes', 'petite.csv'), 'Région;Vous êtes;Ce qui vous gêne\r\nBretagne;Conseillère;Trop de clics.\r\n');
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('refuses a survey above the limit before reading it, with one blocking diagnostic and an empty bilan', async () => {
    const input = await readConsultation(root, { maxSurveyBytes: 5_000 });
    expect(input.surveys.map((s) => s.file)).toEqual(['data/enquetes/petite.csv']);
    expect(input.oversize).toEqual([{ file: 'data/enquetes/grosse.csv', kind: 'survey', bytes: expect.any(Number), limit: 5_000 }]);
    const { synthesis } = synthesize(input);
    const refused = synthesis.diagnostics.filter((d) => d.file === 'data/enquetes/grosse.csv');
    expect(refused).toEqual([
      expect.objectContaining({ code: 'fichier-trop-volumineux', severity: 'blocking', line: 1, column: 1, message: expect.stringMatching(/fait \d+(,\d)?\sko, au-delà de la limite de 5\sko/) }),
    ]);
    expect(refused[0]?.hint).toMatch(/Découpez/);
    expect(synthesis.reconciliation.files.find((f) => f.file === 'data/enquetes/grosse.csv')).toEqual({ file: 'data/enquetes/grosse.csv', read: 0, kept: 0, rejected: 0, reasons: [] });
    // The rest of the consultation is read as usual.
    expect(synthesis.items.some((i) => i.source.file === 'data/enquetes/petite.csv')).toBe(true);
  });

  it('refuses a note above the byte limit the same way', async () => {
    const input = await readConsultation(root, { maxNoteBytes: 2_000 });
    expect(input.notes.map((n) => n.file)).toEqual(['content/ateliers/bretagne/2026-09-12-rennes.md']);
    const { synthesis } = synthesize(input);
    expect(synthesis.diagnostics.filter((d) => d.code === 'fichier-trop-volumineux')).toEqual([
      expect.objectContaining({ file: 'content/ateliers/bretagne/2026-09-13-enorme.md', severity: 'blocking', message: expect.stringMatching(/note d’atelier/) }),
    ]);
  });

  it('reads everything with the default limits, and `check` reports nothing about size', async () => {
    const input = await readConsultation(root);
    expect(input.oversize).toBeUndefined();
    expect(input.surveys).toHaveLength(2);
    const result = await runCli(['check', '--root', root, '--format', 'json']);
    expect(result.stdout).not.toContain('fichier-trop-volumineux');
  });

  it('documents limits a machine can honour: a survey at the limit still fits in one string', () => {
    expect(MAX_SURVEY_BYTES).toBe(500_000_000);
    expect(MAX_SURVEY_BYTES).toBeLessThan(constants.MAX_STRING_LENGTH);
    expect(MAX_NOTE_BYTES).toBeGreaterThanOrEqual(MAX_NOTE_CHARACTERS * 4);
  });

  // Refused before it is parsed: the test's timeout is the guard against a parse of the whole text (speed is the bench's).
  it('refuses a note of more than 5 million characters before reading it, without a crash', { timeout: 10_000 }, () => {
    const { referentiels } = createReferentiels(null);
    const content = NOTE + '- ' + 'a'.repeat(MAX_NOTE_CHARACTERS) + '\n';
    const result = parseNote({ file: 'content/ateliers/bretagne/x.md', content }, referentiels);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'fichier-trop-gros', severity: 'blocking', line: 1 })]);
    expect(result.items).toEqual([]);
    expect(result.reconciliation).toEqual([{ file: 'content/ateliers/bretagne/x.md', read: 0, kept: 0, rejected: 0 }]);
  });

  it('reports a survey cell beyond 10,000 characters and an item beyond 2,000, and keeps them', () => {
    const long = 'Une réponse collée à la suivante. '.repeat(Math.ceil((MAX_CELL_LENGTH + 10) / 34));
    const medium = 'Trop long pour un seul retour. '.repeat(Math.ceil((MAX_ITEM_CHARACTERS + 10) / 31));
    const csv = `Région;Vous êtes;Ce qui vous gêne;Vos attentes\r\nBretagne;Conseillère;"${long}";"${medium}"\r\n`;
    const { synthesis } = synthesize({
      notes: [],
      surveys: [{ file: 'data/enquetes/e.csv', bytes: new TextEncoder().encode(csv), sidecar: null }],
      themes: null,
      pseudonyms: null,
      settings: null,
    });
    const codes = synthesis.diagnostics.filter((d) => d.file === 'data/enquetes/e.csv').map((d) => `${d.code}@${d.line}:${d.column}`);
    expect(codes).toEqual(expect.arrayContaining(['cellule-tres-longue@2:3', 'texte-trop-long@2:3', 'texte-trop-long@2:4']));
    expect(synthesis.diagnostics.every((d) => d.severity !== 'blocking')).toBe(true);
    expect(synthesis.reconciliation.files[0]).toMatchObject({ read: 2, kept: 2, rejected: 0 });
  });

  it('reads a survey of 50,000 answers without a crash', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `Bretagne;Conseillère;Réponse ${i} : la saisie prend trop de temps.`);
    const csv = ['Région;Vous êtes;Ce qui vous gêne', ...rows].join('\r\n');
    const { synthesis } = synthesize({
      notes: [],
      surveys: [{ file: 'data/enquetes/e.csv', bytes: new TextEncoder().encode(csv), sidecar: null }],
      themes: null,
      pseudonyms: null,
      settings: null,
    });
    expect(synthesis.reconciliation).toMatchObject({ read: 50_000, kept: 50_000, rejected: 0, published: 50_000 });
  }, 60_000);
});
