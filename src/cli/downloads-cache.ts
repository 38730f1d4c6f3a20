/**
 * Reuse of the last downloads (workbook, CSV, JSON, corpus) when neither the Synthesis nor the export
 * code has changed. The bureau rebuilds many times a day while editing its chapters: the Synthesis is
 * then reused (synthesis-cache.ts), and the exports, which depend only on it, were still written
 * again — a quarter of a rebuild at 100,000 items, two minutes at a million. The PDF is printed from
 * the finished pages, which the chapters change: it is never cached.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, link as hardLink, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeClosure } from './code-closure.ts';
import { PACKAGE_DIR } from './package-dir.ts';

export const DOWNLOADS_CACHE_DIR = path.join(PACKAGE_DIR, 'node_modules', '.cache', 'livre-blanc', 'telechargements');
/** Entries kept: a million items' downloads take ~1.7 GB on disk, so only the last two consultations. */
const KEPT_ENTRIES = 2;
/** The list of files and their descriptions, beside them in an entry. */
const LIST_FILE = 'liste.json';

export interface DownloadFile {
  file: string;
  description: string;
  bytes: number;
  /** Written with the CSV separator (absent in entries written before this was recorded: then never shared). */
  delimited?: boolean;
}

/**
 * Key of the downloads of a Synthesis: its own key (inputs, pipeline, dependencies), the CSV separator
 * and the code that writes them (src/export/ and every file it imports: labels, identical answers…).
 */
export async function downloadsKey(synthesisKey: string, delimiter = ';', packageDir = PACKAGE_DIR): Promise<string> {
  // SOURCE_DATE_EPOCH dates « À propos » (src/export/export-date.ts): another date, other files.
  const hash = createHash('sha256').update(`${synthesisKey}\u0000${delimiter}\u0000${process.env.SOURCE_DATE_EPOCH ?? ''}\u0000`);
  const exportDir = path.join(packageDir, 'src', 'export');
  const entries = (await readdir(exportDir)).filter((file) => file.endsWith('.ts')).map((file) => path.join(exportDir, file));
  for (const file of await codeClosure(entries)) hash.update(`${path.relative(packageDir, file)}\u0000`).update(await readFile(file));
  return hash.digest('hex');
}

/**
 * Puts the cached downloads of `key` into `into` and gives their list, or null (absent or incomplete).
 * `link`: hard links where the disk allows, for a working folder whose files are only read (build);
 * otherwise copies, for files handed to the user, who may edit them in place (export).
 */
export async function readCachedDownloads(key: string, into: string, dir = DOWNLOADS_CACHE_DIR, link = false): Promise<DownloadFile[] | null> {
  const found = await completeEntry(key, dir);
  if (!found) return null;
  const { entry, files } = found;
  try {
    await mkdir(into, { recursive: true });
    for (const { file } of files) {
      if (link) await linkOrCopy(path.join(entry, file), path.join(into, file));
      else await cp(path.join(entry, file), path.join(into, file));
    }
    const now = new Date();
    await utimes(path.join(entry, LIST_FILE), now, now).catch(() => {}); // most recently used: pruned last
    return files;
  } catch {
    return null;
  }
}

/**
 * The separator-independent files (workbook, JSON, corpus…) of the entry written for the same
 * Synthesis and export code with the other CSV separator, in place, or null: `export --separateur ,`
 * after `build` (or the reverse) copies them instead of writing them again.
 */
export async function filesFromOtherSeparator(
  synthesisKey: string,
  delimiter: string,
  dir = DOWNLOADS_CACHE_DIR,
  packageDir = PACKAGE_DIR,
): Promise<{ dir: string; files: DownloadFile[] } | null> {
  const other = delimiter === ';' ? ',' : ';';
  const found = await completeEntry(await downloadsKey(synthesisKey, other, packageDir), dir);
  const files = found?.files.filter((f) => f.delimited === false) ?? [];
  return found && files.length > 0 ? { dir: found.entry, files } : null;
}

/** An entry's folder and list when every listed file is there with its size; a half-deleted entry is a miss, not a site with broken links. */
async function completeEntry(key: string, dir: string): Promise<{ entry: string; files: DownloadFile[] } | null> {
  const entry = path.join(dir, key);
  if (!existsSync(path.join(entry, LIST_FILE))) return null;
  try {
    const files = JSON.parse(await readFile(path.join(entry, LIST_FILE), 'utf8')) as DownloadFile[];
    for (const { file, bytes } of files) if ((await stat(path.join(entry, file))).size !== bytes) return null;
    return { entry, files };
  } catch {
    return null;
  }
}

/**
 * Stores the downloads written in `from` (copied aside, then renamed, so a reader never sees half an
 * entry) and removes the oldest entries. Best effort: a full disk only costs the next build its speed.
 */
export async function writeCachedDownloads(
  key: string,
  from: string,
  files: readonly DownloadFile[],
  dir = DOWNLOADS_CACHE_DIR,
  shared: { dir: string; files: readonly DownloadFile[] } | null = null,
): Promise<boolean> {
  const entry = path.join(dir, key);
  const aside = `${entry}.${randomBytes(6).toString('hex')}.tmp`; // two builds at once (test threads) never share it
  // `shared`: the other separator's entry; its files copied into this export are linked, not stored twice.
  const sharedBytes = new Map((shared?.files ?? []).map((f) => [f.file, f.bytes]));
  try {
    await rm(aside, { recursive: true, force: true });
    await mkdir(aside, { recursive: true });
    for (const { file, bytes, delimited } of files) {
      const target = path.join(aside, file);
      if (shared && delimited === false && sharedBytes.get(file) === bytes) await linkOrCopy(path.join(shared.dir, file), target);
      else await cp(path.join(from, file), target);
    }
    await writeFile(path.join(aside, LIST_FILE), JSON.stringify(files));
    await rm(entry, { recursive: true, force: true });
    await rename(aside, entry);
    await prune(dir);
    return true;
  } catch {
    await rm(aside, { recursive: true, force: true }).catch(() => {});
    return false;
  }
}

/**
 * A hard link when both folders are on one disk: a million items' downloads are 1.7 GB, copied once
 * more into the site anyway. Nothing writes into the working folder's files (the site gets copies),
 * so the cached file cannot change through the link.
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await hardLink(from, to);
  } catch {
    await cp(from, to);
  }
}

async function prune(dir: string): Promise<void> {
  const entries = (await readdir(dir)).filter((name) => /^[0-9a-f]{64}$/.test(name) && existsSync(path.join(dir, name, LIST_FILE)));
  const dated = await Promise.all(entries.map(async (name) => ({ name, at: (await stat(path.join(dir, name, LIST_FILE))).mtimeMs })));
  dated.sort((a, b) => b.at - a.at || (a.name < b.name ? -1 : 1));
  await Promise.all(dated.slice(KEPT_ENTRIES).map(({ name }) => rm(path.join(dir, name), { recursive: true, force: true })));
}
