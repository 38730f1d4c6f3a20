/** The downloads of an unchanged Synthesis are reused by `build` (src/cli/downloads-cache.ts). */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadsKey, readCachedDownloads, writeCachedDownloads, type DownloadFile } from '../../src/cli/downloads-cache.ts';
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

  it('change de clé avec la synthèse et avec le code des exports', async () => {
    const copy = temp();
    cpSync(path.join(REPO, 'src', 'export'), path.join(copy, 'src', 'export'), { recursive: true });
    const before = await downloadsKey('a', ';', copy);
    expect(await downloadsKey('a', ';', copy)).toBe(before);
    expect(await downloadsKey('b', ';', copy)).not.toBe(before);
    expect(await downloadsKey('a', ',', copy)).not.toBe(before); // the CSV separator is in the files
    const csv = path.join(copy, 'src', 'export', readdirSync(path.join(copy, 'src', 'export')).find((f) => f.endsWith('.ts')) as string);
    writeFileSync(csv, `${readFileSync(csv, 'utf8')}\n// changé`);
    expect(await downloadsKey('a', ';', copy)).not.toBe(before);
  });
});
