/**
 * Reuse of the last Synthesis when nothing it depends on has changed. The bureau rebuilds the white
 * paper many times a day while editing its chapters (`.mdx`), which the Synthesis does not read; and
 * `npm start` runs `check` then `build` on the same data. The key is a SHA-256 of every input file
 * (path and bytes) and of the pipeline's own code and locked dependencies, so a changed byte
 * anywhere means a new synthesis: the cache can make a run faster, never different.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { ConsultationInput } from '../pipeline/io/consultation-input.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { readSynthesisFile, writeSynthesisFile } from '../pipeline/io/synthesis-file.ts';
import { PACKAGE_DIR } from './package-dir.ts';

/** Where cached syntheses live: never in the consultation folder, which may be read-only or versioned. */
export const CACHE_DIR = path.join(PACKAGE_DIR, 'node_modules', '.cache', 'livre-blanc', 'syntheses');
/** Entries kept: enough for two consultations edited side by side, bounded so the folder never grows. */
const KEPT_ENTRIES = 4;
const PREFIX = 'synthese-';
/** JSON lines (`synthesis-file.ts`); entries of the former single-JSON layout (`.json`) are never read, and pruned. */
const SUFFIX = '.jsonl';
/**
 * Beyond this many items the Synthesis is not cached: an entry takes ~550 bytes per item on disk
 * (JSON lines, `synthesis-file.ts`), so a bigger one would pass 800 MB, times the entries kept.
 */
export const MAX_CACHED_ITEMS = 1_500_000;

/** Off when `LIVRE_BLANC_CACHE=0` (to time the pipeline itself, or to rule the cache out). */
export function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.LIVRE_BLANC_CACHE !== '0';
}

/** The key of a consultation's Synthesis: its inputs, the pipeline's code and the locked dependencies. */
export function synthesisKey(input: ConsultationInput, code: string): string {
  const hash = createHash('sha256').update(code);
  const part = (label: string, content: string | Uint8Array | null) => {
    // Length-prefixed: two different lists of files can never hash the same concatenation.
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    hash.update(`${label}\u0000${bytes?.length ?? -1}\u0000`);
    if (bytes) hash.update(bytes);
  };
  for (const note of input.notes) part(`note:${note.file}`, note.content);
  for (const survey of input.surveys) {
    part(`enquete:${survey.file}`, survey.bytes);
    part(`fiche:${survey.sidecar?.file ?? ''}`, survey.sidecar?.content ?? null);
  }
  part('themes', input.themes ? `${input.themes.file}\u0000${input.themes.content}` : null);
  part('pseudonymes', input.pseudonyms ? `${input.pseudonyms.file}\u0000${input.pseudonyms.content}` : null);
  part('reglages', input.settings ? `${input.settings.file}\u0000${input.settings.content}` : null);
  part('trop-gros', JSON.stringify(input.oversize ?? []));
  part('ignores', JSON.stringify(input.ignored ?? []));
  return hash.digest('hex');
}

/**
 * Digest of the pipeline's sources, of package-lock.json and of the Node and ICU versions (case
 * folding, normalisation and regular expressions come from them): any of these changing invalidates.
 */
export async function codeDigest(packageDir = PACKAGE_DIR): Promise<string> {
  const hash = createHash('sha256').update(`node ${process.versions.node} icu ${process.versions.icu ?? ''} unicode ${process.versions.unicode ?? ''}\u0000`);
  await hashTree(hash, path.join(packageDir, 'src', 'pipeline'), packageDir);
  for (const file of ['package.json', 'package-lock.json']) {
    const full = path.join(packageDir, file);
    if (existsSync(full)) hash.update(`${file}\u0000`).update(await readFile(full));
  }
  return hash.digest('hex');
}

/**
 * Hashes every file under `dir` whose name `keep` accepts (its path relative to `base`, `/`-separated,
 * then its bytes, each closed by a NUL), in name order.
 */
export async function hashTree(hash: Hash, dir: string, base: string, keep: (name: string) => boolean = () => true): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((entry) => keep(entry.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await hashTree(hash, full, base, keep);
    else if (entry.isFile()) hash.update(`${path.relative(base, full).split(path.sep).join('/')}\u0000`).update(await readFile(full)).update('\u0000');
  }
}

/** The cached Synthesis of `key`, or null (absent, unreadable, or from an older format). */
export async function readCachedSynthesis(key: string, dir = CACHE_DIR): Promise<Synthesis | null> {
  const file = path.join(dir, `${PREFIX}${key}${SUFFIX}`);
  if (!existsSync(file)) return null;
  try {
    const synthesis = await readSynthesisFile(file);
    const now = new Date();
    await utimes(file, now, now).catch(() => {}); // most recently used: pruned last
    return synthesis;
  } catch {
    return null;
  }
}

/**
 * Stores a Synthesis (written aside then renamed, so a reader never sees half a file) and removes
 * the oldest entries. Best effort: a read-only or full disk only costs the next run its speed.
 */
export async function writeCachedSynthesis(key: string, synthesis: Synthesis, dir = CACHE_DIR): Promise<boolean> {
  if (synthesis.items.length > MAX_CACHED_ITEMS) return false;
  try {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${PREFIX}${key}${SUFFIX}`);
    const aside = `${file}.${process.pid}.tmp`;
    try {
      await writeSynthesisFile(aside, synthesis);
    } catch (error) {
      await rm(aside, { force: true });
      throw error;
    }
    await rename(aside, file);
    await prune(dir);
    return true;
  } catch {
    return false;
  }
}

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.startsWith(PREFIX) && name.endsWith(SUFFIX));
  const legacy = (await readdir(dir)).filter((name) => name.startsWith(PREFIX) && name.endsWith('.json'));
  await Promise.all(legacy.map((name) => rm(path.join(dir, name), { force: true })));
  const dated = await Promise.all(names.map(async (name) => ({ name, at: (await stat(path.join(dir, name))).mtimeMs })));
  dated.sort((a, b) => b.at - a.at || (a.name < b.name ? -1 : 1));
  await Promise.all(dated.slice(KEPT_ENTRIES).map(({ name }) => rm(path.join(dir, name), { force: true })));
}
