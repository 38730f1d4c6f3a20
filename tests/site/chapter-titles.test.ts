import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtTitle, checkBuiltTitles } from '../../src/cli/built-titles.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lb-titres-'));
  folders.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const page = (title: string) => `<!doctype html><html lang="fr"><head><title>${title}</title></head><body></body></html>`;
const SITE = 'Livre blanc — essai';

describe('a chapter’s page title against the fixed pages’ (RGAA 8.6)', () => {
  it('warns at the chapter’s `titre:` line when its page has the title of a fixed page', () => {
    const root = folder({
      'content/livre-blanc/idees-fortes.mdx': '---\nordre: 3\ntitre: Idées fortes\n---\n\nTexte.\n',
      'content/livre-blanc/introduction.mdx': '---\ntitre: Introduction\nordre: 1\n---\n\nTexte.\n',
    });
    const out = folder({
      'idees-fortes/index.html': page(`Idées fortes — ${SITE}`),
      'methodologie/index.html': page(`Méthodologie — ${SITE}`),
      'livre-blanc/idees-fortes/index.html': page(`Idées fortes — ${SITE}`),
      'livre-blanc/introduction/index.html': page(`Introduction — ${SITE}`),
    });
    expect(checkBuiltTitles(root, out, ['/idees-fortes/', '/methodologie/', '/livre-blanc/'])).toEqual([
      expect.objectContaining({
        code: 'chapitre-titre-en-double',
        severity: 'warning',
        file: 'content/livre-blanc/idees-fortes.mdx',
        line: 3,
        message: expect.stringContaining('/livre-blanc/idees-fortes/ a le même titre de page que /idees-fortes/'),
      }),
    ]);
  });

  it('says nothing once the titles differ, nor of a page not built', () => {
    const root = folder({ 'content/livre-blanc/idees-fortes.mdx': '---\ntitre: Idées fortes\nordre: 3\n---\n' });
    const out = folder({
      'idees-fortes/index.html': page(`Toutes les idées fortes — ${SITE}`),
      'livre-blanc/idees-fortes/index.html': page(`Idées fortes — ${SITE}`),
    });
    expect(checkBuiltTitles(root, out, ['/idees-fortes/', '/absente/'])).toEqual([]);
  });

  it('reads a built title with its entities decoded', () => {
    const out = folder({ 'a/index.html': page('L&#39;atelier &amp; la suite') });
    expect(builtTitle(out, '/a/')).toBe("L'atelier & la suite");
    expect(builtTitle(out, '/b/')).toBeNull();
  });
});
