/** Flags of `npm run bench`. */
import { parseSize } from './corpus.ts';

export interface BenchArgs {
  sizes: number[];
  /** Sizes whose site is built (every one of `sizes` unless given: the issue asks for the build time at each size). */
  siteSizes: number[];
  skipSite: boolean;
  skipSearch: boolean;
  /** Date printed in the report (default: today). */
  date?: string;
  /** Write a CPU profile of each pipeline child (`--cpu-prof`) into the cache folder. */
  profile: boolean;
  /** Report file (default bench/RESULTS.md); `-` writes none. */
  out: string;
  searchRuns: number;
  /** Passes of each pipeline measurement below 1M items, alternating with papaparse; the best is kept. */
  repeat: number;
}

export const USAGE = `Utilisation : npm run bench [-- --sizes 1k,10k,100k,1m] [--site-sizes 1k,10k,100k,1m] [--skip-site] [--skip-search]
                              [--date AAAA-MM-JJ] [--profile] [--out bench/RESULTS.md | -] [--search-runs 15] [--repeat 3]`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs | string {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const known = new Set(['--sizes', '--site-sizes', '--skip-site', '--skip-search', '--date', '--profile', '--out', '--search-runs', '--repeat']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!known.has(arg)) return `Option inconnue : « ${arg} ».`;
    if (['--sizes', '--site-sizes', '--date', '--out', '--search-runs', '--repeat'].includes(arg)) i++;
  }
  const sizes = sizeList(value('--sizes') ?? '1k,10k,100k,1m');
  if (typeof sizes === 'string') return sizes;
  const siteSizes = value('--site-sizes') === undefined ? sizes : sizeList(value('--site-sizes') ?? '');
  if (typeof siteSizes === 'string') return siteSizes;
  const date = value('--date');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return `Date invalide : « ${date} » (attendu AAAA-MM-JJ).`;
  const runs = Number(value('--search-runs') ?? '15');
  if (!Number.isInteger(runs) || runs < 1) return '--search-runs attend un entier positif.';
  const repeat = Number(value('--repeat') ?? '3');
  if (!Number.isInteger(repeat) || repeat < 1) return '--repeat attend un entier positif.';
  return {
    sizes,
    siteSizes,
    skipSite: argv.includes('--skip-site'),
    skipSearch: argv.includes('--skip-search'),
    ...(date ? { date } : {}),
    profile: argv.includes('--profile'),
    out: value('--out') ?? 'bench/RESULTS.md',
    searchRuns: runs,
    repeat,
  };
}

function sizeList(text: string): number[] | string {
  const sizes: number[] = [];
  for (const part of text.split(',').filter((p) => p.trim() !== '')) {
    const size = parseSize(part);
    if (size === null) return `Taille invalide : « ${part} » (exemples : 1k, 10k, 100k, 1m, 2500).`;
    sizes.push(size);
  }
  return [...new Set(sizes)].sort((a, b) => a - b);
}
