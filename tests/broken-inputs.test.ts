/**
 * The catalogue of broken inputs: each folder of tests/fixtures/broken/ is a small consultation root
 * with an `expected.json` naming the diagnostics it must produce (code, file, line), exactly once each,
 * and whether publication is blocked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConsultation } from '../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../src/pipeline/synthesize.ts';
import { hasBlocking } from '../src/pipeline/diagnostics.ts';

interface Expected {
  /** What the fixture is about, in a few words. */
  description: string;
  blocking: boolean;
  diagnostics: Array<{ code: string; file: string; line: number }>;
}

const catalogue = path.join(import.meta.dirname, 'fixtures', 'broken');
const cases = readdirSync(catalogue, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('broken inputs catalogue', () => {
  it('holds at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s', async (name) => {
    const root = path.join(catalogue, name);
    const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as Expected;
    const { synthesis, diagnostics } = synthesize(await readConsultation(root));
    for (const want of expected.diagnostics) {
      const found = diagnostics.filter((d) => d.code === want.code && d.file === want.file && d.line === want.line);
      expect(found, `${want.code} at ${want.file}:${want.line} in ${JSON.stringify(diagnostics, null, 1)}`).toHaveLength(1);
      expect(found[0]?.message.length).toBeGreaterThan(10);
    }
    expect(hasBlocking(diagnostics)).toBe(expected.blocking);
    const { read, kept, rejected } = synthesis.reconciliation;
    expect(read).toBe(kept + rejected);
  });
});
