/**
 * Smoke test of the benchmark's pieces on a tiny consultation (no timing asserted: `npm run bench`
 * is run by hand). The generator's field-like variety must read back without a blocking problem
 * and with every item accounted for; the figures the report is made of must hold together.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWindows1252, writeConsultation } from '../../scripts/generate-consultation.ts';
import { parseBenchArgs } from '../../scripts/bench/args.ts';
import { runChild } from '../../scripts/bench/child.ts';
import { parseSize, sizeLabel } from '../../scripts/bench/corpus.ts';
import { pageWeight } from '../../scripts/bench/home-weight.ts';
import { describeMachine } from '../../scripts/bench/machine.ts';
import { measurePapaparse, measurePipeline, STAGES, type PipelineFigures } from '../../scripts/bench/pipeline-run.ts';
import { formatResults, ratio, writeResults, type BenchResults } from '../../scripts/bench/report.ts';
import { measureRebuild } from '../../scripts/bench/rebuild.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const work = tempDirs('livre-blanc-banc-test-')();

const SIZE = 240;
const root = path.join(work, 'consultation');
writeConsultation(root, SIZE, { seed: 3, variety: true, rowsPerSurvey: 25, realAnswers: [] });

describe('synthetic consultation with field-like variety', () => {
  it('writes surveys alternately in UTF-8 with a BOM and in Windows-1252, and varied workshop notes', () => {
    const surveys = readdirSync(path.join(root, 'data/enquetes')).filter((f) => f.endsWith('.csv')).sort();
    expect(surveys.length).toBeGreaterThanOrEqual(2);
    const first = readFileSync(path.join(root, 'data/enquetes', surveys[0] as string));
    const second = readFileSync(path.join(root, 'data/enquetes', surveys[1] as string));
    expect([...first.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(second)).toThrow(); // é is one byte there
    expect(new TextDecoder('windows-1252').decode(second)).toContain('Région;Vous êtes');
    const notes = readdirSync(path.join(root, 'content/ateliers'), { recursive: true }).filter((f) => String(f).endsWith('.md'));
    expect(notes.length).toBeGreaterThan(0);
    const note = readFileSync(path.join(root, 'content/ateliers', String(notes[0])), 'utf8');
    expect(note).toMatch(/^ambassadeurs: \[/m);
    expect(note).toMatch(/^## Déroulé$/m);
  });

  it('encodes Windows-1252 like Excel: the 0x80–0x9F characters, and « ? » for what it lacks', () => {
    const bytes = encodeWindows1252('Œuvre « l’État » — 5 € ✓');
    expect(new TextDecoder('windows-1252').decode(bytes)).toBe('Œuvre « l’État » — 5 € ?');
  });

  it('is read by the pipeline with every item published and no blocking diagnostic; stage times add up', async () => {
    const figures = await measurePipeline(root);
    expect(figures.items).toBe(SIZE);
    expect(figures.blocking).toBe(0);
    expect(figures.surveys).toBeGreaterThanOrEqual(2);
    expect(Object.keys(figures.stages).sort()).toEqual([...STAGES.map((s) => s.key), 'assemble'].sort());
    const sum = Object.values(figures.stages).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(figures.synthesisMs, 3);
    // The sum holds by construction; what can break is a stage's end not seen (its time then falls to the next).
    for (const { key } of STAGES) expect(figures.stages[key], key).toBeGreaterThan(0);
    expect(figures.maxRssMb).toBeGreaterThan(0);
    const papa = measurePapaparse(root);
    expect(papa.csvBytes).toBe(figures.csvBytes);
    // Header + data rows of every file: the survey items are 90 % of SIZE, three text cells a row.
    expect(papa.rows).toBe(Math.ceil((SIZE * 0.9) / 3) + figures.surveys);
  });

  it('measures in a child process (the worker mode of scripts/bench.ts)', async () => {
    const figures = await runChild<PipelineFigures>('pipeline', ['--root', root]);
    expect(figures.kind).toBe('pipeline');
    expect(figures.items).toBe(SIZE);
  }, 60_000);
});

describe('home page weight', () => {
  it('follows stylesheets, scripts and their static and dynamic imports; reports missing files', () => {
    const site = path.join(work, 'site');
    mkdirSync(path.join(site, '_astro'), { recursive: true });
    writeFileSync(
      path.join(site, 'index.html'),
      '<!doctype html><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/main.js"></script><img src="/x.png">',
    );
    writeFileSync(path.join(site, '_astro/a.css'), 'body{color:red}');
    writeFileSync(path.join(site, '_astro/main.js'), 'import{x}from"./dep.js";const c=()=>import(`./chart.js`);');
    writeFileSync(path.join(site, '_astro/dep.js'), 'export const x=1;import"./gone.js";');
    writeFileSync(path.join(site, '_astro/chart.js'), 'import{x}from"./dep.js";export default x;');
    const weight = pageWeight(site, '/');
    expect(weight.files.map((f) => [f.path, f.lazy])).toEqual([
      ['/_astro/a.css', false],
      ['/_astro/chart.js', true],
      ['/_astro/dep.js', false],
      ['/_astro/main.js', false],
      ['/index.html', false],
    ]);
    expect(weight.missing).toEqual(['/_astro/gone.js']);
    const lazy = weight.files.find((f) => f.lazy)?.gzip ?? 0;
    expect(weight.gzip - weight.gzipEager).toBe(lazy);
  });
});

describe('options and report', () => {
  it('reads sizes and flags, and refuses what it does not know', () => {
    expect([parseSize('1k'), parseSize('10K'), parseSize('1m'), parseSize('2500'), parseSize('x')]).toEqual([1000, 10_000, 1_000_000, 2500, null]);
    expect([sizeLabel(1000), sizeLabel(1_000_000), sizeLabel(2500)]).toEqual(['1k', '1M', '2500']);
    const args = parseBenchArgs(['--sizes', '1m,1k', '--skip-search', '--date', '2026-05-04']);
    expect(args).toMatchObject({ sizes: [1000, 1_000_000], siteSizes: [1000, 1_000_000], skipSite: false, skipSearch: true, date: '2026-05-04' });
    expect(parseBenchArgs(['--sizes', '1k,1m', '--site-sizes', '10k'])).toMatchObject({ siteSizes: [10_000] });
    expect(parseBenchArgs(['--vite'])).toMatch(/inconnue/);
    expect(parseBenchArgs(['--sizes', '12q'])).toMatch(/invalide/);
    expect(parseBenchArgs([])).toMatchObject({ repeat: 3 });
    expect(parseBenchArgs(['--repeat', '5'])).toMatchObject({ repeat: 5 });
    expect(parseBenchArgs(['--repeat', '0'])).toMatch(/entier positif/);
  });

  it('writes the generated part of RESULTS.md between its markers and keeps the hand-written rest', async () => {
    const figures = await measurePipeline(root, true);
    const papa = measurePapaparse(root, true);
    // The second pass synthesises the files read again in the same process; peak memory is the first pass's.
    expect(figures.secondPassMs).toBeGreaterThan(0);
    expect(papa.secondPassMs).toBeGreaterThan(0);
    expect((await measurePipeline(root)).secondPassMs).toBeUndefined();
    const results: BenchResults = {
      machine: describeMachine('2026-05-04'),
      command: 'npm run bench',
      realData: false,
      rows: [{ label: '240', size: SIZE, real: false, pipeline: figures, papa }],
      rebuilds: [{ label: '240', figures: await measureRebuild(root) }],
      sites: [],
      search: [],
      home: { label: 'accueil', figures: null, skipped: 'test' },
    };
    expect(ratio(results.rows[0] as BenchResults['rows'][number])).toBeGreaterThan(0);
    const report = formatResults(results);
    expect(report).toContain('| 240 | 240 |');
    expect(report).toContain('Date : 2026-05-04');
    const rebuild = results.rebuilds[0]?.figures;
    expect(rebuild?.items).toBe(figures.items);
    // Times over a second are written in seconds, and a ratio over 999 is grouped by thousands (a loaded machine).
    const time = String.raw`(?:\d+ ms|\d[\d\u202f\u00a0]*(?:,\d)? s)`;
    const times = String.raw`[\d,\u202f\u00a0]+`;
    expect(report).toMatch(new RegExp(String.raw`\| 240 \| 240 \| ${time} \| \*\*${time}\*\* \| ${times}×`));
    expect(report).toMatch(new RegExp(String.raw`Second passage dans le même processus \(240, les fichiers relus\) : synthèse ${time} puis \*\*${time}\*\* ; papaparse seul ${time} puis ${time} ; ratio ${times}× puis ${times}×`));
    const withoutSecond = formatResults({ ...results, rows: [{ ...(results.rows[0] as BenchResults['rows'][number]), pipeline: { ...figures, secondPassMs: undefined } }] });
    expect(withoutSecond).not.toContain('Second passage');
    const file = path.join(work, 'RESULTS.md');
    writeFileSync(file, '# Titre\n\nAvant.\n\n<!-- banc:début — x -->\nvieux\n<!-- banc:fin -->\n\n## Corrections\n\nAprès.\n');
    writeResults(file, report);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('Avant.');
    expect(written).toContain('## Corrections\n\nAprès.');
    expect(written).not.toContain('vieux');
    expect(written.split('<!-- banc:fin -->')).toHaveLength(2);
  });
});
