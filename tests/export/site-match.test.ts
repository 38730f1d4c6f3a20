/** `export` prints the PDF only from a site built from the Synthesis it exports (its published synthese.json). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteMatchesSynthesis } from '../../src/export/site-match.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-site-match-');

function siteWith(json: string | null): string {
  const site = tempDir();
  mkdirSync(path.join(site, 'telechargements'));
  if (json !== null) writeFileSync(path.join(site, 'telechargements', 'synthese.json'), json);
  return site;
}

function exported(json: string): string {
  const file = path.join(tempDir(), 'synthese.json');
  writeFileSync(file, json);
  return file;
}

describe('siteMatchesSynthesis', () => {
  it('recognises a site built from the same Synthesis', async () => {
    expect(await siteMatchesSynthesis(siteWith('{"items":[1,2]}'), exported('{"items":[1,2]}'))).toBe('same');
  });

  it('tells a site built from other data, whether its Synthesis has another size or the same size', async () => {
    expect(await siteMatchesSynthesis(siteWith('{"items":[1,2,3]}'), exported('{"items":[1,2]}'))).toBe('different');
    expect(await siteMatchesSynthesis(siteWith('{"items":[1,3]}'), exported('{"items":[1,2]}'))).toBe('different');
  });

  it('cannot vouch for a site that publishes no Synthesis', async () => {
    expect(await siteMatchesSynthesis(siteWith(null), exported('{}'))).toBe('unknown');
  });
});
