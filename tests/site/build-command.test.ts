import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';

const catalogue = path.resolve(import.meta.dirname, '../fixtures/broken');
const blockingCase = readdirSync(catalogue)
  .sort()
  .find((name) => {
    const expected = path.join(catalogue, name, 'expected.json');
    return existsSync(expected) && (JSON.parse(readFileSync(expected, 'utf8')) as { blocking: boolean }).blocking;
  });

function captureStderr(): { text: () => string } {
  let text = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  return { text: () => text };
}

afterEach(() => vi.restoreAllMocks());

describe('livre-blanc build', () => {
  it.skipIf(!blockingCase)('refuses to publish a consultation with blocking errors, and says to run check', async () => {
    const out = path.join(os.tmpdir(), `livre-blanc-jamais-${process.pid}`);
    const stderr = captureStderr();
    const code = await main(['build', '--root', path.join(catalogue, blockingCase ?? ''), '--out', out]);
    expect(code).toBe(1);
    expect(stderr.text()).toMatch(/Publication impossible : \d+ erreur\(s\) bloquante\(s\)/);
    expect(stderr.text()).toContain('livre-blanc check --root');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on an unknown flag and 0 on --help', async () => {
    captureStderr();
    expect(await main(['build', '--sortie', 'x'])).toBe(2);
    expect(await main(['build', '--help'])).toBe(0);
  });

  it.skipIf(!blockingCase)('never empties a folder that holds the sources', async () => {
    const stderr = captureStderr();
    const root = path.join(catalogue, blockingCase ?? '');
    expect(await main(['build', '--root', root, '--out', '.'])).toBe(2);
    expect(await main(['build', '--root', root, '--out', path.dirname(root)])).toBe(2);
    expect(stderr.text()).toContain('il serait vidé');
  });
});
