/**
 * Under `astro dev` (no Synthesis handed over by `livre-blanc build`), the site runs the pipeline
 * through the commands' runner: an unchanged consultation is then read from the synthesis cache,
 * and the Synthesis it computes is kept there for the next start; blocking errors are said in the
 * terminal, since the pages show anyway.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHE_DIR, codeDigest, readCachedSynthesis, synthesisKey } from '../../src/cli/synthesis-cache.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { stableStringify } from '../../src/pipeline/stable-json.ts';
import { loadSynthesis, ROOT_ENV, SYNTHESIS_ENV } from '../../src/site/synthesis.ts';
import { nextGeneration } from '../../src/site/generation.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const temp = tempDirs('lb-dev-');
const REPO = path.resolve(import.meta.dirname, '../..');
const saved = { root: process.env[ROOT_ENV], synthesis: process.env[SYNTHESIS_ENV], cache: process.env.LIVRE_BLANC_CACHE };
let entry = '';

afterEach(() => {
  for (const [name, value] of [[ROOT_ENV, saved.root], [SYNTHESIS_ENV, saved.synthesis], ['LIVRE_BLANC_CACHE', saved.cache]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  if (entry) rmSync(entry, { force: true }); // leave the developer's cache as it was
});

describe('synthèse du site sous astro dev', () => {
  it('passe par le cache de la synthèse, comme les commandes', async () => {
    const root = temp();
    const region = 'content/ateliers/bretagne';
    mkdirSync(path.join(root, region), { recursive: true });
    cpSync(path.join(REPO, region), path.join(root, region), { recursive: true });
    process.env[ROOT_ENV] = root;
    delete process.env[SYNTHESIS_ENV];
    process.env.LIVRE_BLANC_CACHE = '1';

    const synthesis = await loadSynthesis();
    const key = synthesisKey(await readConsultation(root), await codeDigest());
    entry = path.join(CACHE_DIR, `synthese-${key}.jsonl`);
    const cached = await readCachedSynthesis(key);
    expect(synthesis.items.length).toBeGreaterThan(10);
    expect(cached && stableStringify(cached)).toBe(stableStringify(synthesis));
  });

  it('dit au terminal ce que la construction refusera, et rend la synthèse quand même', async () => {
    process.env[ROOT_ENV] = path.join(REPO, 'tests/fixtures/broken/note-region-inconnue');
    delete process.env[SYNTHESIS_ENV];
    process.env.LIVRE_BLANC_CACHE = '0';
    nextGeneration(); // as the dev watch does when the files change
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const synthesis = await loadSynthesis();
      const blocking = synthesis.diagnostics.filter((d) => d.severity === 'blocking').length;
      expect(blocking).toBeGreaterThan(0);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^La consultation a (une erreur bloquante|\d+ erreurs bloquantes) : « livre-blanc build » refusera de publier/));
    } finally {
      warn.mockRestore();
    }
  });
});
