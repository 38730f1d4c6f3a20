import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchFiles } from '../../src/cli/search-files.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { siteSearchContext } from '../../src/search/site-index.ts';
import { createSite } from '../../src/site/site.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const dir = tempDirs('lb-index-')();

describe('index de recherche écrit par build', () => {
  it('écrit exactement les fichiers de l’index du site, octet pour octet', async () => {
    const { synthesis } = synthesize(await readConsultation(REPO));
    const written = await writeSearchFiles(synthesis, dir);
    const { files } = buildSearchIndex(synthesis.items, siteSearchContext(createSite(synthesis)));
    expect(written).toBe(files.size);
    expect(readdirSync(dir).sort()).toEqual([...files.keys()].sort());
    expect(files.has('manifeste.json')).toBe(true);
    for (const [name, text] of files) expect(readFileSync(path.join(dir, name), 'utf8'), name).toBe(text);
  });
});
