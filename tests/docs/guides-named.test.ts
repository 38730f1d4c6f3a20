/**
 * What the commands print sends the reader to a guide (« Voir « Ce que l'on écrit » dans docs/formats.md »):
 * every guide the code names exists, and a section it names in the same sentence is one of that guide's titles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../../src/cli/package-dir.ts';
import { noChaptersNotice } from '../../src/site/chapters-source.ts';

const GUIDE = /\bdocs\/[a-z0-9-]+\.md\b/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.(ts|astro|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

/** The guide's titles (# to ######), outside code blocks. */
function titles(guide: string): string[] {
  let fence = false;
  const found: string[] = [];
  for (const line of readFileSync(path.join(PACKAGE_DIR, guide), 'utf8').split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    const title = fence ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (title?.[1]) found.push(title[1].trim());
  }
  return found;
}

describe('the guides the code names', () => {
  it('exist, for every docs/….md a source file names', () => {
    const named = new Set<string>();
    for (const file of [...sourceFiles(path.join(PACKAGE_DIR, 'src')), ...sourceFiles(path.join(PACKAGE_DIR, 'scripts'))]) {
      for (const guide of readFileSync(file, 'utf8').match(GUIDE) ?? []) named.add(guide);
    }
    expect(named.size).toBeGreaterThan(0);
    expect([...named].filter((guide) => !existsSync(path.join(PACKAGE_DIR, guide)))).toEqual([]);
  });

  it('have the section the notice of a consultation without chapters names', () => {
    const notice = noChaptersNotice('content/livre-blanc');
    const guide = notice.match(GUIDE)?.[0];
    const section = /« ([^»]+) »/.exec(notice)?.[1];
    expect(guide).toBe('docs/formats.md');
    expect(section).toBeDefined();
    expect(titles(guide ?? '').some((title) => title.startsWith(section ?? '\0'))).toBe(true);
  });
});
