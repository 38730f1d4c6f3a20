/**
 * The bench's figures → Markdown tables (printed, and written into bench/RESULTS.md between two
 * markers, so that the hand-written part of that file — the fixes and their before/after figures —
 * survives each run).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SearchBenchReport } from '../bench-search.ts';
import { formatReport as formatSearchReport } from './search-report.ts';
import type { Machine } from './machine.ts';
import { formatMachine } from './machine.ts';
import type { PageWeight } from './home-weight.ts';
import { STAGES, type PapaFigures, type PipelineFigures } from './pipeline-run.ts';
import type { RebuildFigures } from './rebuild.ts';
import type { SiteFigures } from './site.ts';
import { MAX_NOTE_ITEMS } from './corpus.ts';
import { decimal } from './decimal.ts';

export const BUDGETS = {
  ratio: 3,
  realPeakMb: 1024,
  millionSeconds: 60,
  millionPeakMb: 2048,
  site100kSeconds: 120,
  searchP95Ms: 50,
  homeKb: 150,
} as const;

export interface PipelineRow {
  label: string;
  size: number;
  /** Real answers mixed into the synthetic survey cells. */
  real: boolean;
  pipeline: PipelineFigures | null;
  papa: PapaFigures | null;
  error?: string;
}

export interface Outcome<T> {
  label: string;
  figures: T | null;
  /** Why it was not measured (option, missing piece, failure). */
  skipped?: string;
}

export interface BenchResults {
  machine: Machine;
  command: string;
  realData: boolean;
  rows: PipelineRow[];
  /** Rebuilds with unchanged data (synthesis cache). */
  rebuilds: Array<Outcome<RebuildFigures>>;
  sites: Array<Outcome<SiteFigures>>;
  search: Array<Outcome<SearchBenchReport>>;
  home: Outcome<PageWeight>;
}

const START = '<!-- banc:début — tout ce qui suit jusqu’à « banc:fin » est réécrit par npm run bench -->';
const END = '<!-- banc:fin -->';

const s = (ms: number) => (ms >= 10_000 ? `${decimal(ms / 1000, 0)} s` : ms >= 1000 ? `${decimal(ms / 1000, 1)} s` : `${Math.round(ms)} ms`);
const mb = (value: number) => (value >= 1024 ? `${decimal(value / 1024, 2)} Go` : `${Math.round(value)} Mo`);
const kb = (bytes: number) => `${decimal(bytes / 1024, 1)} Ko`;
const size = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${decimal(bytes / 1024 ** 3, 2)} Go` : bytes >= 1024 ** 2 ? `${decimal(bytes / 1024 ** 2, 1)} Mo` : kb(bytes);
const int = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');
const mark = (ok: boolean | null) => (ok === null ? '—' : ok ? '✅' : '❌');

export function ratio(row: PipelineRow): number | null {
  return row.pipeline && row.papa && row.papa.ms > 0 ? row.pipeline.synthesisMs / row.papa.ms : null;
}

function stageTable(rows: PipelineRow[]): string[] {
  const lines = [
    `| consultation | éléments publiés | lecture disque | ${STAGES.map((stage) => stage.label).join(' | ')} | assemblage | **synthèse** | mémoire max | papaparse seul | ratio |`,
    `|---|---:|---:|${STAGES.map(() => '---:').join('|')}|---:|---:|---:|---:|---:|`,
  ];
  for (const row of rows) {
    const p = row.pipeline;
    if (!p) {
      lines.push(`| ${row.label} | ${row.error ? `échec : ${row.error.split('\n')[0]}` : 'non mesuré'} |`);
      continue;
    }
    const r = ratio(row);
    lines.push(
      `| ${row.label} | ${int(p.items)} | ${s(p.readMs)} | ${STAGES.map((stage) => s(p.stages[stage.key])).join(' | ')} | ${s(p.stages.assemble)} | ` +
        `**${s(p.synthesisMs)}** | ${mb(p.maxRssMb)} | ${row.papa ? s(row.papa.ms) : '—'} | ${r === null ? '—' : `${decimal(r, 1)}×`} |`,
    );
  }
  return lines;
}

/**
 * The second synthesis in the same process, where the bench made one (the real answers): what the
 * first pass pays for growing the heap and optimising the code, beside papaparse's own second pass.
 */
function secondPassLines(rows: PipelineRow[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    const first = row.pipeline?.synthesisMs;
    const second = row.pipeline?.secondPassMs;
    if (first === undefined || second === undefined) continue;
    const papaFirst = row.papa?.ms;
    const papaSecond = row.papa?.secondPassMs;
    const papa =
      papaFirst !== undefined && papaSecond !== undefined
        ? ` ; papaparse seul ${s(papaFirst)} puis ${s(papaSecond)} ; ratio ${decimal(first / papaFirst, 1)}× puis ${decimal(second / papaSecond, 1)}×`
        : '';
    lines.push(
      `Second passage dans le même processus (${row.label}, les fichiers relus) : synthèse ${s(first)} puis **${s(second)}**${papa}. ` +
        'Le premier passage paie la croissance du tas et le code pas encore optimisé ; c’est lui que mesure le budget, ' +
        'chaque commande étant un processus.',
      '',
    );
  }
  return lines;
}

function passesText(rows: PipelineRow[]): string {
  const passes = Math.max(1, ...rows.filter((row) => row.size < 1_000_000).map((row) => row.pipeline?.passes ?? 1));
  return passes === 1 ? 'une fois' : `${passes} fois`;
}

function budgetTable(results: BenchResults): string[] {
  const real = results.rows.find((row) => row.label.startsWith('Grand Débat'));
  const million = results.rows.find((row) => row.size === 1_000_000 && row.label !== 'démo');
  const site100k = results.sites.find((site) => site.label === '100k');
  const search100k = results.search.find((entry) => entry.label === '100k');
  const lines = ['| budget | mesuré | tenu |', '|---|---:|:---:|'];
  const realRatio = real ? ratio(real) : null;
  lines.push(`| 143 719 réponses réelles : synthèse ≤ ${BUDGETS.ratio}× papaparse seul | ${realRatio === null ? 'non mesuré' : `${decimal(realRatio, 1)}× (${s(real?.pipeline?.synthesisMs ?? 0)} / ${s(real?.papa?.ms ?? 0)})`} | ${mark(realRatio === null ? null : realRatio <= BUDGETS.ratio)} |`);
  const realPeak = real?.pipeline?.maxRssMb ?? null;
  lines.push(`| 143 719 réponses réelles : mémoire max ≤ 1 Go | ${realPeak === null ? 'non mesuré' : mb(realPeak)} | ${mark(realPeak === null ? null : realPeak <= BUDGETS.realPeakMb)} |`);
  const millionMs = million?.pipeline?.synthesisMs ?? null;
  lines.push(`| 1 M éléments : synthèse ≤ ${BUDGETS.millionSeconds} s | ${millionMs === null ? 'non mesuré' : s(millionMs)} | ${mark(millionMs === null ? null : millionMs <= BUDGETS.millionSeconds * 1000)} |`);
  const millionPeak = million?.pipeline?.maxRssMb ?? null;
  lines.push(`| 1 M éléments : mémoire max ≤ 2 Go | ${millionPeak === null ? 'non mesuré' : mb(millionPeak)} | ${mark(millionPeak === null ? null : millionPeak <= BUDGETS.millionPeakMb)} |`);
  const siteMs = site100k?.figures?.ok ? site100k.figures.ms : null;
  lines.push(`| site à 100k éléments ≤ 2 min | ${siteMs === null ? (site100k?.skipped ?? 'non mesuré') : s(siteMs)} | ${mark(siteMs === null ? null : siteMs <= BUDGETS.site100kSeconds * 1000)} |`);
  const search = search100k?.figures ?? null;
  if (search) {
    const ours = median(search.ours.queries.map((q) => q.firstResults.total));
    const theirs = search.pagefind ? median(search.pagefind.queries.map((q) => q.firstResults.total)) : null;
    lines.push(`| recherche à 100k : 1re requête ≤ Pagefind (médiane des requêtes) | ${kb(ours)} contre ${theirs === null ? 'Pagefind non mesuré' : kb(theirs)} | ${mark(theirs === null ? null : ours <= theirs)} |`);
    lines.push(`| recherche à 100k : p95 ≤ ${BUDGETS.searchP95Ms} ms | ${decimal(search.ours.latency.p95, 1)} ms | ${mark(search.ours.latency.p95 <= BUDGETS.searchP95Ms)} |`);
  } else {
    lines.push(`| recherche à 100k (octets, p95) | ${search100k?.skipped ?? 'non mesuré'} | — |`);
  }
  const home = results.home.figures;
  lines.push(`| page d’accueil ≤ ${BUDGETS.homeKb} Ko compressés | ${home ? kb(home.gzip) : (results.home.skipped ?? 'non mesuré')} | ${mark(home ? home.gzip <= BUDGETS.homeKb * 1024 : null)} |`);
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

function rebuildTable(rebuilds: Array<Outcome<RebuildFigures>>): string[] {
  const lines = ['| consultation | éléments publiés | 1re commande (synthèse + mise en cache) | commande suivante, données inchangées | gain |', '|---|---:|---:|---:|---:|'];
  for (const entry of rebuilds) {
    const f = entry.figures;
    if (!f) lines.push(`| ${entry.label} | ${entry.skipped ?? 'non mesuré'} | | | |`);
    else lines.push(`| ${entry.label} | ${int(f.items)} | ${s(f.coldMs)} | **${s(f.warmMs)}** | ${decimal(f.coldMs / f.warmMs, 1)}× |`);
  }
  return lines;
}

function siteTable(sites: Array<Outcome<SiteFigures>>): string[] {
  const lines = ['| consultation | construction | pages | fichiers | taille | mémoire max |', '|---|---:|---:|---:|---:|---:|'];
  for (const site of sites) {
    const f = site.figures;
    if (!f || !f.ok) lines.push(`| ${site.label} | ${site.skipped ?? `échec (code ${f?.exitCode}) ${f?.error ?? ''}`} | | | | |`);
    else lines.push(`| ${site.label} | ${s(f.ms)} | ${int(f.pages)} | ${int(f.files)} | ${size(f.bytes)} | ${mb(f.maxRssMb)} |`);
  }
  return lines;
}

function homeSection(home: Outcome<PageWeight>): string[] {
  const w = home.figures;
  if (!w) return [`Non mesurée : ${home.skipped ?? 'site de démonstration absent'}.`];
  const lines = [
    `Page ${w.page} du site de démonstration : **${kb(w.gzip)} compressés** (gzip -9), dont ${kb(w.gzipEager)} chargés par la page elle-même ` +
      `et ${kb(w.gzip - w.gzipEager)} de modules chargés à la demande (import dynamique).`,
    '',
    '| fichier | type | à la demande | brut | gzip |',
    '|---|---|:---:|---:|---:|',
    ...w.files.map((f) => `| ${f.path} | ${f.kind} | ${f.lazy ? 'oui' : ''} | ${kb(f.raw)} | ${kb(f.gzip)} |`),
  ];
  if (w.missing.length) lines.push('', `Références introuvables dans le site : ${w.missing.join(', ')}.`);
  return lines;
}

export function formatResults(results: BenchResults): string {
  const lines = [
    START,
    '',
    `Commande : \`${results.command}\``,
    '',
    '### Machine',
    '',
    formatMachine(results.machine),
    '',
    '### Budgets',
    '',
    ...budgetTable(results),
    '',
    '### Pipeline : temps par étape et mémoire',
    '',
    'Chaque consultation est synthétisée dans un processus à part (`process.execPath scripts/bench.ts --worker pipeline`) : ' +
      'la mémoire max est le `maxRSS` de ce processus. « papaparse seul » lit les mêmes octets CSV (décodage compris) dans un autre ' +
      'processus ; le ratio est synthèse ÷ papaparse seul. La machine étant partagée, chaque mesure sous le million est faite ' +
      `${passesText(results.rows)} en alternant synthèse et papaparse, et le passage le plus rapide de chacune est gardé (la mémoire max est celle du pire passage). ` +
      'Les consultations synthétiques ont 10 % de leurs éléments (au plus ' +
      `${MAX_NOTE_ITEMS.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ')}, soit environ 1 100 ateliers) dans des notes d’atelier, ` +
      'que papaparse ne lit pas : leur ratio est plus sévère que celui des réponses réelles, qui sont toutes dans un CSV.',
    '',
    ...stageTable(results.rows),
    '',
    ...secondPassLines(results.rows),
    results.realData
      ? 'Les cellules des enquêtes synthétiques mêlent (60 %) des réponses réelles du Grand Débat (`../shared/real-data/`).'
      : 'Données réelles absentes (`../shared/real-data/granddebat-services-publics/answers.csv`) : enquêtes synthétiques sans réponses réelles, et pas de mesure sur les 143 719 réponses.',
    '',
    '### Reconstruction sans changement des données',
    '',
    'Quand le bureau retouche ses chapitres et reconstruit, ou quand `npm start` enchaîne `check` et `build`, les données ' +
      'n’ont pas changé : la commande relit les fichiers, calcule leur empreinte (SHA-256 des fichiers, du code du pipeline et ' +
      'des dépendances verrouillées) et reprend la synthèse mise en cache par la commande précédente ' +
      '(`node_modules/.cache/livre-blanc/`, `LIVRE_BLANC_CACHE=0` pour s’en passer). Ce n’est pas la synthèse : le ratio ci-dessus ' +
      'est mesuré sans cache.',
    '',
    ...rebuildTable(results.rebuilds),
    '',
    '### Site',
    '',
    '`livre-blanc build --root CONSULTATION --out DOSSIER` (la commande elle-même, dans un processus à part, sans cache de la synthèse ; temps total : pipeline, exports, Astro).',
    '',
    ...siteTable(results.sites),
    '',
    '### Recherche',
    '',
  ];
  for (const entry of results.search) {
    lines.push(`#### ${entry.label}`, '');
    lines.push(entry.figures ? formatSearchReport(entry.figures) : `Non mesurée : ${entry.skipped ?? 'raison inconnue'}.`, '');
  }
  lines.push('### Poids de la page d’accueil', '', ...homeSection(results.home), '', END);
  return lines.join('\n');
}

/** Replaces the generated part of RESULTS.md, keeping what is written around it. */
export function writeResults(file: string, generated: string): void {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = previous.indexOf('<!-- banc:début');
  const end = previous.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${previous.slice(0, start)}${generated}${previous.slice(end + END.length)}`
      : `# Banc de performance — résultats\n\n${previous ? `${previous.trim()}\n\n` : ''}${generated}\n`;
  writeFileSync(file, next);
}
