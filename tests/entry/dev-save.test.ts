/** The `astro dev` endpoint that saves a note from /saisie: what it writes, and what it refuses. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/entry/node/dev-save-integration.ts';
import { DEV_SAVE_URL, isNotePath } from '../../src/entry/dev-save-protocol.ts';
import { renderNote } from '../../src/entry/note-template.ts';
import { sampleDraft } from './helpers.ts';

let root: string;
let server: Server;
let url: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'livre-blanc-dev-save-'));
  server = createServer((request, response) => void handle(request, response, root));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${DEV_SAVE_URL}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('dev save endpoint', () => {
  const note = renderNote(sampleDraft());

  it('writes the note under content/ateliers/, then refuses to overwrite unless asked', async () => {
    const first = await post({ path: note.path, content: note.content, overwrite: false });
    expect(first.status).toBe(201);
    expect(readFileSync(path.join(root, note.path), 'utf8')).toBe(note.content);
    const again = await post({ path: note.path, content: 'autre', overwrite: false });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ ok: false, exists: true });
    expect(readFileSync(path.join(root, note.path), 'utf8')).toBe(note.content);
    expect((await post({ path: note.path, content: 'autre', overwrite: true })).status).toBe(201);
    expect(readFileSync(path.join(root, note.path), 'utf8')).toBe('autre');
  });

  it('refuses paths outside content/ateliers/<région>/, other methods, non-JSON and foreign origins', async () => {
    for (const bad of ['../x.md', 'content/ateliers/../../x.md', 'content/ateliers/a/b/c.md', 'content/livre-blanc/x.md', 'content/ateliers/a/x.mdx', '/etc/x.md']) {
      expect(isNotePath(bad)).toBe(false);
      expect((await post({ path: bad, content: 'x', overwrite: true })).status).toBe(400);
    }
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' })).status).toBe(403);
    expect((await post({ path: note.path, content: 'x', overwrite: true }, { origin: 'http://evil.example' })).status).toBe(403);
    expect(existsSync(path.join(root, 'x.md'))).toBe(false);
  });
});

describe('the form’s « Enregistrer dans le dossier » with blocking errors', () => {
  it('refuses, saying why and what to do, and lets a note with warnings only be saved', async () => {
    const { refusedSave } = await import('../../src/components/entry/dev-save.ts');
    expect(refusedSave(0)).toBeNull();
    expect(refusedSave(1)).toBe(
      'Note non enregistrée : elle a 1 erreur bloquante, et la construction du livre blanc s’arrêterait sur elle. Corrigez-la, ou téléchargez la note pour la compléter plus tard.',
    );
    expect(refusedSave(3)).toContain('elle a 3 erreurs bloquantes, et la construction du livre blanc s’arrêterait sur elle. Corrigez-les,');
  });
});
