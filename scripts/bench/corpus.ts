/**
 * The consultations the bench runs on, written once into a cache folder (never into the repository):
 * synthetic ones of each size (scripts/generate-consultation.ts, with `variety`; 10 % of the items in
 * workshop notes up to MAX_NOTE_ITEMS, the rest in survey answers), and one made of the
 * 143,719 real Grand Débat answers alone, mapped as one survey whose `comment` column is tagged `auto`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRealAnswers, REAL_ANSWERS, writeConsultation } from '../generate-consultation.ts';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const CACHE_DIR = path.join(REPO, 'node_modules/.cache/livre-blanc-bench');
export const SEED = 1;
/** Items in workshop notes: 10 % of the size, at most 30,000 (≈ 1,100 workshops of ~27 items). */
export const MAX_NOTE_ITEMS = 30_000;
const MARKER = '.banc-complet.json';

/** "1k" → 1000, "1m" → 1,000,000, "2500" → 2500; null when not a size. */
export function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([km]?)$/i.exec(text.trim());
  if (!match) return null;
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[(match[2] ?? '').toLowerCase()] ?? 1;
  const size = Math.round(Number(match[1]) * factor);
  return size > 0 ? size : null;
}

/** 1000 → "1k", 1,000,000 → "1M", 2500 → "2500". */
export function sizeLabel(size: number): string {
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `${size / 1_000_000}M`;
  if (size >= 1_000 && size % 1_000 === 0) return `${size / 1_000}k`;
  return String(size);
}

export interface Corpus {
  label: string;
  size: number;
  root: string;
  /** Whether real answers were mixed into the survey cells. */
  real: boolean;
  /** Seconds spent generating (0 when taken from the cache). */
  generatedSeconds: number;
}

let realAnswers: string[] | null = null;
function real(): string[] {
  realAnswers ??= loadRealAnswers();
  return realAnswers;
}

export function realAnswersPresent(): boolean {
  return existsSync(REAL_ANSWERS);
}

/** A synthetic consultation of `size` items (10 % in workshop notes, 90 % in survey cells). */
export function syntheticCorpus(size: number, cacheDir = CACHE_DIR, log: (line: string) => void = () => {}): Corpus {
  const label = sizeLabel(size);
  const root = path.join(cacheDir, `consultation-${label}`);
  const key = { size, seed: SEED, variety: true, maxNoteItems: MAX_NOTE_ITEMS, real: realAnswersPresent(), generator: generatorDigest() };
  if (isComplete(root, key)) return { label, size, root, real: key.real, generatedSeconds: 0 };
  rmSync(root, { recursive: true, force: true });
  log(`Génération de la consultation synthétique de ${label} éléments${key.real ? ' (avec des réponses réelles du Grand Débat)' : ''}…`);
  const start = performance.now();
  writeConsultation(root, size, { seed: SEED, variety: true, maxNoteItems: MAX_NOTE_ITEMS, realAnswers: key.real ? real() : [] });
  writeFileSync(path.join(root, MARKER), JSON.stringify(key));
  return { label, size, root, real: key.real, generatedSeconds: (performance.now() - start) / 1000 };
}

/** answers.csv alone (linked, not copied), or null when the shared real data is absent. */
export function realCorpus(cacheDir = CACHE_DIR): Corpus | null {
  if (!realAnswersPresent()) return null;
  const root = path.join(cacheDir, 'granddebat-reel');
  const dir = path.join(root, 'data/enquetes');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  symlinkSync(REAL_ANSWERS, path.join(dir, 'answers.csv'));
  writeFileSync(
    path.join(dir, 'answers.yml'),
    ['titre: Grand Débat national — services publics', 'colonnes:', '  textes:', '    - { colonne: comment, tag: auto }', ''].join('\n'),
  );
  mkdirSync(path.join(root, 'data'), { recursive: true });
  writeFileSync(path.join(root, 'data/themes.yml'), readFileSync(path.join(REPO, 'data/themes.yml')));
  return { label: 'Grand Débat (réel)', size: 143_719, root, real: true, generatedSeconds: 0 };
}

function isComplete(root: string, key: object): boolean {
  const marker = path.join(root, MARKER);
  return existsSync(marker) && readFileSync(marker, 'utf8') === JSON.stringify(key);
}

/** The generator's source and the theme file: a change in either regenerates the cached corpora. */
function generatorDigest(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(REPO, 'scripts/generate-consultation.ts')));
  hash.update(readFileSync(path.join(REPO, 'data/themes.yml')));
  return hash.digest('hex').slice(0, 16);
}
