/**
 * `npm run bench`: the performance benchmark (run by hand, not by CI). Generates synthetic
 * consultations (1k … 1M items) into node_modules/.cache/livre-blanc-bench/, then measures, each in
 * its own child process: the pipeline (time per stage, peak memory, ratio to papaparse alone), the
 * same on the 143,719 real Grand Débat answers and on the demo, the site build, search (with
 * Pagefind side by side) and the home page's compressed weight. Prints tables and rewrites the
 * generated part of bench/RESULTS.md.
 *
 *   npm run bench -- --sizes 1k,10k,100k,1m [--skip-site] [--skip-search] [--date 2026-05-01]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs, USAGE } from './bench/args.ts';
import { runChild } from './bench/child.ts';
import { CACHE_DIR, realCorpus, REPO, sizeLabel, syntheticCorpus } from './bench/corpus.ts';
import { pageWeight, type PageWeight } from './bench/home-weight.ts';
import { describeMachine } from './bench/machine.ts';
import { measurePapaparse, measurePipeline, type PapaFigures, type PipelineFigures } from './bench/pipeline-run.ts';
import { formatResults, writeResults, type BenchResults, type Outcome, type PipelineRow } from './bench/report.ts';
import { measureRebuild, type RebuildFigures } from './bench/rebuild.ts';
import { measureSiteBuild, type SiteFigures } from './bench/site.ts';
import type { SearchBenchReport } from './bench-search.ts';
import { decimal } from './bench/decimal.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function worker(argv: string[]): Promise<void> {
  const value = (name: string) => argv[argv.indexOf(name) + 1] ?? '';
  const kind = value('--worker');
  const root = value('--root');
  let figures: unknown;
  const secondPass = argv.includes('--second-pass');
  if (kind === 'pipeline') figures = await measurePipeline(root, secondPass);
  else if (kind === 'papaparse') figures = measurePapaparse(root, secondPass);
  else if (kind === 'rebuild') figures = await measureRebuild(root);
  else if (kind === 'site') figures = await measureSiteBuild(root, value('--out'));
  else throw new Error(`mesure inconnue : ${kind}`);
  // The parent names a result file; run by hand without one, the figures go to the terminal.
  if (argv.includes('--result')) writeFileSync(value('--result'), JSON.stringify(figures));
  else process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

/**
 * The machine is shared: one pass can be slowed by a neighbour. Below a million items the pipeline
 * and papaparse run `repeat` times, alternately (so that a slow minute hits both), and the fastest
 * pass of each is kept — the usual estimate of what the code costs. 1M runs once (a minute each).
 */
async function pipelineRow(
  label: string,
  size: number,
  real: boolean,
  root: string,
  profileDir: string | null,
  repeat: number,
  secondPass = false,
): Promise<PipelineRow> {
  log(`Pipeline — ${label}…`);
  try {
    const nodeFlags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${label.replace(/\W+/g, '-')}.cpuprofile`] : [];
    const passes = size >= 1_000_000 ? 1 : repeat;
    const runs: PipelineFigures[] = [];
    const papaRuns: PapaFigures[] = [];
    const args = ['--root', root, ...(secondPass ? ['--second-pass'] : [])];
    for (let pass = 0; pass < passes; pass++) {
      runs.push(await runChild<PipelineFigures>('pipeline', args, { nodeFlags: pass === 0 ? nodeFlags : [] }));
      if ((runs[0]?.surveys ?? 0) > 0) papaRuns.push(await runChild<PapaFigures>('papaparse', args));
    }
    const fastest = runs.reduce((a, b) => (b.synthesisMs < a.synthesisMs ? b : a));
    const pipeline: PipelineFigures = {
      ...fastest,
      passes,
      maxRssMb: Math.max(...runs.map((run) => run.maxRssMb)), // memory: the worst pass
      ...bestSecondPass(runs),
    };
    const papa = papaRuns.length > 0 ? { ...papaRuns.reduce((a, b) => (b.ms < a.ms ? b : a)), ...bestSecondPass(papaRuns) } : null;
    log(`  synthèse ${decimal(pipeline.synthesisMs / 1000, 1)} s, ${Math.round(pipeline.maxRssMb)} Mo` + (papa ? `, papaparse seul ${Math.round(papa.ms)} ms` : '') + (passes > 1 ? ` (meilleur de ${passes})` : ''));
    return { label, size, real, pipeline, papa };
  } catch (error) {
    log(`  échec : ${(error as Error).message}`);
    return { label, size, real, pipeline: null, papa: null, error: (error as Error).message };
  }
}

/** The fastest second pass among the runs that made one (as for the first pass). */
function bestSecondPass(runs: ReadonlyArray<{ secondPassMs?: number }>): { secondPassMs?: number } {
  const times = runs.flatMap((run) => (run.secondPassMs === undefined ? [] : [run.secondPassMs]));
  return times.length > 0 ? { secondPassMs: Math.min(...times) } : {};
}

async function rebuildOutcome(label: string, root: string): Promise<Outcome<RebuildFigures>> {
  log(`Reconstruction sans changement — ${label}…`);
  try {
    const figures = await runChild<RebuildFigures>('rebuild', ['--root', root]);
    log(`  ${decimal(figures.coldMs / 1000, 1)} s puis ${decimal(figures.warmMs / 1000, 2)} s`);
    return { label, figures };
  } catch (error) {
    log(`  échec : ${(error as Error).message}`);
    return { label, figures: null, skipped: `échec : ${(error as Error).message.split('\n')[0]}` };
  }
}

async function siteOutcome(label: string, root: string, out: string): Promise<Outcome<SiteFigures>> {
  log(`Site — ${label}…`);
  try {
    const figures = await runChild<SiteFigures>('site', ['--root', root, '--out', out], { cwd: REPO });
    log(figures.ok ? `  ${decimal(figures.ms / 1000, 1)} s, ${figures.pages} pages` : `  échec (code ${figures.exitCode}) ${figures.error ?? ''}`);
    return figures.ok ? { label, figures } : { label, figures, skipped: `la construction a échoué (code ${figures.exitCode}${figures.error ? ` : ${figures.error}` : ''})` };
  } catch (error) {
    log(`  échec : ${(error as Error).message}`);
    return { label, figures: null, skipped: `la construction a échoué : ${(error as Error).message.split('\n').slice(0, 3).join(' ')}` };
  }
}

async function searchOutcome(label: string, site: Outcome<SiteFigures> | undefined, runs: number): Promise<Outcome<SearchBenchReport>> {
  if (!site?.figures?.ok) return { label, figures: null, skipped: `site ${label} non construit` };
  const outDir = path.join(CACHE_DIR, `site-${label}`);
  log(`Recherche — ${label}…`);
  try {
    const { benchSearch } = await import('./bench-search.ts');
    return { label, figures: await benchSearch(outDir, { runs }) };
  } catch (error) {
    log(`  échec : ${(error as Error).message}`);
    return { label, figures: null, skipped: `échec : ${(error as Error).message.split('\n')[0]}` };
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (typeof args === 'string') {
    log(`${args}\n${USAGE}`);
    return 2;
  }
  const machine = describeMachine(args.date);
  mkdirSync(CACHE_DIR, { recursive: true });
  const profileDir = args.profile ? path.join(CACHE_DIR, 'profils') : null;
  const rows: PipelineRow[] = [];

  rows.push(await pipelineRow('démo', 0, false, REPO, profileDir, args.repeat));
  const real = realCorpus();
  // The budget's consultation also gets a second synthesis in the same process (a diagnostic of the first pass's cost).
  if (real) rows.push(await pipelineRow(real.label, real.size, true, real.root, profileDir, args.repeat, true));
  else log('Données réelles absentes (../shared/real-data/granddebat-services-publics/answers.csv) : pas de mesure sur les 143 719 réponses, enquêtes synthétiques sans réponses réelles.');
  const corpora = new Map<number, string>();
  for (const size of args.sizes) {
    const corpus = syntheticCorpus(size, CACHE_DIR, log);
    if (corpus.generatedSeconds > 0) log(`  générée en ${decimal(corpus.generatedSeconds, 1)} s`);
    corpora.set(size, corpus.root);
    rows.push(await pipelineRow(corpus.label, size, corpus.real, corpus.root, profileDir, args.repeat));
  }

  const rebuilds: Array<Outcome<RebuildFigures>> = [];
  if (real) rebuilds.push(await rebuildOutcome(real.label, real.root));
  for (const size of args.sizes.filter((n) => n <= 100_000)) rebuilds.push(await rebuildOutcome(sizeLabel(size), corpora.get(size) ?? ''));

  const sites: Array<Outcome<SiteFigures>> = [];
  let demoSite: Outcome<SiteFigures> | undefined;
  if (args.skipSite) {
    sites.push({ label: 'tous', figures: null, skipped: 'non demandé (--skip-site)' });
  } else {
    demoSite = await siteOutcome('démo', REPO, path.join(CACHE_DIR, 'site-démo'));
    sites.push(demoSite);
    for (const size of args.siteSizes) {
      const root = corpora.get(size) ?? syntheticCorpus(size, CACHE_DIR, log).root;
      sites.push(await siteOutcome(sizeLabel(size), root, path.join(CACHE_DIR, `site-${sizeLabel(size)}`)));
    }
  }

  // The home page is weighed before Pagefind adds its files to the demo site.
  const demoDir = demoSite?.figures?.ok ? path.join(CACHE_DIR, 'site-démo') : existsSync(path.join(REPO, 'dist/index.html')) ? path.join(REPO, 'dist') : null;
  const home: Outcome<PageWeight> = demoDir
    ? { label: 'accueil', figures: pageWeight(demoDir, '/') }
    : { label: 'accueil', figures: null, skipped: 'site de démonstration non construit (--skip-site) et dist/ absent' };
  if (demoDir && !demoSite?.figures?.ok) log(`Poids de l’accueil mesuré sur ${path.relative(REPO, demoDir)}/ (site non reconstruit).`);

  const search: Array<Outcome<SearchBenchReport>> = [];
  if (args.skipSearch) search.push({ label: 'tous', figures: null, skipped: 'non demandé (--skip-search)' });
  else {
    search.push(await searchOutcome('démo', demoSite, args.searchRuns));
    search.push(await searchOutcome('100k', sites.find((site) => site.label === '100k'), args.searchRuns));
  }

  machine.loadEnd = os.loadavg();
  const results: BenchResults = { machine, command: argv.length > 0 ? `npm run bench -- ${argv.join(' ')}` : 'npm run bench', realData: real !== null, rows, rebuilds, sites, search, home };
  const report = formatResults(results);
  process.stdout.write(`${report}\n`);
  if (args.out !== '-') {
    const file = path.resolve(REPO, args.out);
    mkdirSync(path.dirname(file), { recursive: true });
    writeResults(file, report);
    log(`Rapport écrit dans ${path.relative(process.cwd(), file)}.`);
  }
  return 0;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  if (argv.includes('--worker')) await worker(argv);
  else process.exitCode = await main(argv);
}
