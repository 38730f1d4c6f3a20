/** The downloads of an unchanged Synthesis are reused by `build` (src/cli/downloads-cache.ts). */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadsKey, filesFromOtherSeparator, readCachedDownloads, writeCachedDownloads, type DownloadFile } from '../../src/cli/downloads-cache.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const temp = tempDirs('lb-telechargements-');
const REPO = path.resolve(import.meta.dirname, '../..');

/** A folder of downloads as `writeExports` leaves it, and their list. */
function written(contents: Record<string, string>): { dir: string; files: DownloadFile[] } {
  const dir = temp();
  const files = Object.entries(contents).map(([file, text]) => {
    writeFileSync(path.join(dir, file), text);
    return { file, description: `Fichier ${file}`, bytes: Buffer.byteLength(text) };
  });
  return { dir, files };
}

const key = (n: number) => n.toString(16).padStart(64, '0');

describe('cache des fichiers à télécharger', () => {
  it('rend les mêmes fichiers, octet pour octet, et la même liste', async () => {
    const cache = temp();
    const { dir, files } = written({ 'livre-blanc.xlsx': 'classeur', 'elements.csv': 'id;texte\n1;é' });
    expect(await writeCachedDownloads(key(1), dir, files, cache)).toBe(true);
    const into = path.join(temp(), 'telechargements');
    expect(await readCachedDownloads(key(1), into, cache)).toEqual(files);
    for (const { file } of files) expect(readFileSync(path.join(into, file))).toEqual(readFileSync(path.join(dir, file)));
    expect(await readCachedDownloads(key(2), path.join(temp(), 'x'), cache)).toBeNull();
  });

  it('donne des copies : un fichier exporté modifié sur place ne change pas le cache', async () => {
    const cache = temp();
    const { dir, files } = written({ 'elements.csv': 'id;texte' });
    await writeCachedDownloads(key(7), dir, files, cache);
    const into = temp();
    await readCachedDownloads(key(7), into, cache);
    writeFileSync(path.join(into, 'elements.csv'), 'retouché dans Excel');
    const again = temp();
    expect(await readCachedDownloads(key(7), again, cache)).toEqual(files);
    expect(readFileSync(path.join(again, 'elements.csv'), 'utf8')).toBe('id;texte');
  });

  it('refuse une entrée incomplète ou abîmée au lieu de publier des liens cassés', async () => {
    const cache = temp();
    const { dir, files } = written({ 'a.csv': 'aaa', 'b.csv': 'bbb' });
    await writeCachedDownloads(key(3), dir, files, cache);
    rmSync(path.join(cache, key(3), 'b.csv'));
    expect(await readCachedDownloads(key(3), temp(), cache)).toBeNull();
    await writeCachedDownloads(key(3), dir, files, cache);
    writeFileSync(path.join(cache, key(3), 'a.csv'), 'a'); // tronqué
    expect(await readCachedDownloads(key(3), temp(), cache)).toBeNull();
    writeFileSync(path.join(cache, key(3), 'liste.json'), '[{');
    expect(await readCachedDownloads(key(3), temp(), cache)).toBeNull();
  });

  it('ne garde que les deux dernières entrées, sans reste d’écriture', async () => {
    const cache = temp();
    const { dir, files } = written({ 'a.csv': 'a' });
    for (const n of [4, 5, 6]) {
      await writeCachedDownloads(key(n), dir, files, cache);
      await new Promise((resolve) => setTimeout(resolve, 15)); // distinct modification times
    }
    expect(readdirSync(cache).sort()).toEqual([key(5), key(6)]);
  });

  it('change de clé avec la synthèse et avec le code des exports, jusqu’aux fichiers qu’il importe', async () => {
    const copy = temp();
    cpSync(path.join(REPO, 'src'), path.join(copy, 'src'), { recursive: true });
    let before = await downloadsKey('a', ';', copy);
    expect(await downloadsKey('a', ';', copy)).toBe(before);
    expect(await downloadsKey('b', ';', copy)).not.toBe(before);
    expect(await downloadsKey('a', ',', copy)).not.toBe(before); // the CSV separator is in the files
    // The exports' own code, the site's labels and the search's identical answers they use: each changes the key.
    for (const file of ['src/export/csv.ts', 'src/site/labels.ts', 'src/search/same-answer.ts']) {
      const full = path.join(copy, file);
      writeFileSync(full, `${readFileSync(full, 'utf8')}\n// changé`);
      const after = await downloadsKey('a', ';', copy);
      expect(after, file).not.toBe(before);
      before = after;
    }
    // A page the exports never run does not.
    const page = path.join(copy, 'src/pages/index.astro');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n<!-- changé -->`);
    expect(await downloadsKey('a', ';', copy)).toBe(before);
  });

  it('partage avec l’autre séparateur les fichiers qui n’en dépendent pas, liés plutôt que copiés deux fois', async () => {
    const cache = temp();
    const semicolon = written({ 'livre-blanc.xlsx': 'classeur', 'verbatims.csv': 'id;texte', 'ancien.txt': 'sans marque' });
    const flagged: DownloadFile[] = semicolon.files.map((f) => (f.file === 'ancien.txt' ? f : { ...f, delimited: f.file.endsWith('.csv') }));
    await writeCachedDownloads(await downloadsKey('s', ';', REPO), semicolon.dir, flagged, cache);
    // Only the files known not to depend on the separator (an entry from before the mark shares nothing).
    const shared = await filesFromOtherSeparator('s', ',', cache, REPO);
    expect(shared?.files.map((f) => f.file)).toEqual(['livre-blanc.xlsx']);
    expect(await filesFromOtherSeparator('s', ';', cache, REPO)).toBeNull(); // no « , » entry yet
    expect(await filesFromOtherSeparator('autre synthèse', ',', cache, REPO)).toBeNull();
    // The « , » export copied the workbook; its cache entry links it to the « ; » one instead of storing it again.
    const comma = written({ 'livre-blanc.xlsx': 'classeur', 'verbatims.csv': 'id,texte' });
    const commaFiles: DownloadFile[] = comma.files.map((f) => ({ ...f, delimited: f.file.endsWith('.csv') }));
    const commaKey = await downloadsKey('s', ',', REPO);
    expect(await writeCachedDownloads(commaKey, comma.dir, commaFiles, cache, shared)).toBe(true);
    const linked = statSync(path.join(cache, commaKey, 'livre-blanc.xlsx'));
    expect(linked.ino).toBe(statSync(path.join(shared?.dir ?? '', 'livre-blanc.xlsx')).ino);
    expect(statSync(path.join(cache, commaKey, 'verbatims.csv')).nlink).toBe(1);
    const into = temp();
    expect(await readCachedDownloads(commaKey, into, cache)).toEqual(commaFiles);
    expect(readFileSync(path.join(into, 'verbatims.csv'), 'utf8')).toBe('id,texte');
  });
});
