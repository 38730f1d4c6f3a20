/**
 * `export` prints the PDF only from a site built from the Synthesis it exports (its published synthese.json),
 * from the current chapters and by the same code (its empreinte-des-sources.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteMatchesSources, siteMatchesSynthesis, SOURCES_FILE } from '../../src/export/site-match.ts';
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

describe('siteMatchesSources', () => {
  const built = { chapters: 'a'.repeat(64), code: 'b'.repeat(64) };

  function siteWithSources(text: string | null): string {
    const site = tempDir();
    if (text !== null) writeFileSync(path.join(site, SOURCES_FILE), text);
    return site;
  }

  it('recognises a site built from the same chapters by the same code', async () => {
    const site = siteWithSources(JSON.stringify({ chapitres: built.chapters, code: built.code }));
    expect(await siteMatchesSources(site, built)).toEqual({ chapters: 'same', code: 'same' });
  });

  it('tells the chapters from the code when one of them changed', async () => {
    const site = siteWithSources(JSON.stringify({ chapitres: built.chapters, code: built.code }));
    expect(await siteMatchesSources(site, { ...built, chapters: 'c'.repeat(64) })).toEqual({ chapters: 'different', code: 'same' });
    expect(await siteMatchesSources(site, { ...built, code: 'c'.repeat(64) })).toEqual({ chapters: 'same', code: 'different' });
  });

  it('cannot vouch for a site without a readable fingerprint (built before fingerprints, or the file damaged)', async () => {
    expect(await siteMatchesSources(siteWithSources(null), built)).toEqual({ chapters: 'unknown', code: 'unknown' });
    expect(await siteMatchesSources(siteWithSources('{"chapitres":'), built)).toEqual({ chapters: 'unknown', code: 'unknown' });
    expect(await siteMatchesSources(siteWithSources('{"chapitres":42}'), built)).toEqual({ chapters: 'unknown', code: 'unknown' });
  });
});
