/**
 * `livre-blanc build`: the static site. The pipeline runs here, outside Astro; Astro then builds the
 * pages from the Synthesis it is handed (in memory, `src/site/synthesis.ts`), the chapters of
 * the consultation root (`LIVRE_BLANC_CHAPTERS`) and the exports' list (`LIVRE_BLANC_DOWNLOADS`).
 */
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hasBlocking } from '../pipeline/diagnostics.ts';
import { handOverSynthesis, ROOT_ENV, SYNTHESIS_ENV, withdrawSynthesis } from '../site/synthesis.ts';
import { CHAPTERS_ENV, chaptersDirOf, hasChapters, noChaptersNotice } from '../site/chapters-source.ts';
import { SEARCH_FILES_ENV } from '../search/site-index.ts';
import { writeSearchFiles } from './search-files.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { parseFlags } from './args.ts';
import { runPipeline } from './run-pipeline.ts';
import { chromiumAvailable, pdfProperties, printPdf } from '../export/pdf.ts';
import { PDF_NAME } from '../export/index.ts';
import { serve } from '../../scripts/serve.ts';
import { downloadsKey, filesFromOtherSeparator, readCachedDownloads, writeCachedDownloads, type DownloadFile } from './downloads-cache.ts';
import { formatBytes, formatCount, formatSeconds } from './units.ts';
import { plural } from '../pipeline/text/plural.ts';
import { makeOpenableFromFiles } from '../site/offline/openable-from-files.ts';
import { astroBuild } from './astro-build.ts';
import { checkOutputFolder } from './output-folder.ts';
import { settleDownloadsPage } from '../site/printed-download.ts';
import { settleSitePdfLinks } from '../site/printed-pdf.ts';
import { DOWNLOADS_DIR } from '../site/downloads.ts';
import { viewingHint } from './serve-command.ts';
import { checkChapters } from '../site/chapters-check/index.ts';
import { toVFiles } from './check-report.ts';
import { frenchReport, streamStyle } from './french-reporter.ts';
import { publicationWarningsReport } from './publication-warnings.ts';
import { sourcesFingerprint, writeSourcesFingerprint } from './site-sources.ts';
import { checkBuiltAnchors } from './built-anchors.ts';
import { checkBuiltTitles } from './built-titles.ts';
import { chapterRenderFailure } from './chapter-render-failure.ts';

const HELP = `Utilisation : livre-blanc build [--root DOSSIER] [--out DOSSIER] [--hors-ligne]

Construit le site statique du livre blanc (chapitres, thèmes, régions, ateliers, graphiques,
téléchargements) dans DOSSIER (par défaut : dist). Refuse de publier une consultation qui a des
erreurs bloquantes : lancez d’abord « livre-blanc check ».

--hors-ligne : un site qui s’ouvre depuis ses fichiers, sans serveur (dossier partagé, clé USB,
archive jointe) : liens relatifs ; la recherche, le dessin des graphiques et le formulaire de saisie
y manquent, et chaque page le dit. Servi, ce site a tout (et ne le dit plus), à la racine d’une adresse comme sous un
sous-chemin : c’est aussi la construction pour publier sous https://…/livre-blanc/.`;

/** The steps of a build, as the command shows them. */
export const BUILD_STEPS = {
  downloads: 'fichiers à télécharger (classeur, CSV, JSON, corpus)',
  downloadsReused: 'fichiers à télécharger repris du cache (synthèse et code des exports inchangés)',
  pages: 'pages du site (Astro)',
  search: 'index de recherche',
  pdf: 'PDF du livre blanc (Chromium)',
  offline: 'liens relatifs, pour ouvrir le site depuis ses fichiers',
} as const;

/** Where the site's search index lives (the search page's `data-index`). */
const SEARCH_DIR = 'index-recherche';

export { PACKAGE_DIR } from './package-dir.ts';

export interface SiteBuildOptions {
  synthesis: Synthesis;
  /** Consultation root: its `content/livre-blanc/*.mdx` are the chapters. */
  root: string;
  outDir: string;
  /** Astro's log level (`warn` by default: the command prints its own summary). */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Write the exports offered on the downloads page (default true). */
  downloads?: boolean;
  /** Told as each step starts, in French (a million items take minutes: the user sees where it is). */
  onStep?: (step: string) => void;
  /** The Synthesis' cache key (`runPipeline`): the downloads of an unchanged Synthesis are reused. Null: always written. */
  cacheKey?: string | null;
  /** Where reused downloads are kept (tests); `DOWNLOADS_CACHE_DIR` by default. */
  downloadsCacheDir?: string;
  /** Make the pages open from their files, without a server (`--hors-ligne`). */
  openableFromFiles?: boolean;
}

export interface SiteBuildResult {
  outDir: string;
  files: number;
  bytes: number;
  pages: number;
  milliseconds: number;
  /** Whether the downloads were taken from the cache rather than written. */
  downloadsReused: boolean;
}

export async function runBuild(args: string[]): Promise<number> {
  const flags = parseFlags(args, { root: { type: 'string' }, out: { type: 'string' }, 'hors-ligne': { type: 'boolean' } }, HELP);
  if (!flags) return 0;
  const outDir = path.resolve(flags.out ?? 'dist');
  checkOutputFolder(outDir, path.resolve(flags.root ?? '.'));
  const { synthesis, diagnostics, root, key } = await runPipeline(flags.root);
  if (hasBlocking(diagnostics)) {
    const blocking = diagnostics.filter((d) => d.severity === 'blocking').length;
    process.stderr.write(
      `Publication impossible : ${plural(blocking, 'erreur bloquante', 'erreurs bloquantes')} dans la consultation.\n` +
        `Lancez « livre-blanc check${flags.root ? ` --root ${flags.root}` : ''} » pour les voir, avec leur fichier, leur ligne et un conseil.\n`,
    );
    return 1;
  }
  // The site does not list the warnings for readers: the bureau hears here those that change a page.
  const warned = publicationWarningsReport(diagnostics, flags.root, streamStyle(process.stderr));
  if (warned) process.stderr.write(`${warned}\n`);
  // Before Astro: a chapter that cannot render is said here, every problem at its line, not as a stack trace on the first.
  const chapters = await checkChapters(root, synthesis);
  if (chapters.length) process.stderr.write(`${frenchReport(toVFiles(chapters), streamStyle(process.stderr))}\n`);
  if (hasBlocking(chapters)) {
    const blocking = chapters.filter((d) => d.severity === 'blocking').length;
    process.stderr.write(
      `Publication impossible : ${blocking === 1 ? 'une erreur bloquante' : `${blocking} erreurs bloquantes`} dans les chapitres du livre blanc (ci-dessus, avec leur ligne et un conseil).\n`,
    );
    return 1;
  }
  if (!hasChapters(chaptersDirOf(root))) {
    process.stderr.write(`${noChaptersNotice(path.relative(process.cwd(), chaptersDirOf(root)) || '.')}\n`);
  }
  process.stderr.write('Construction du site…\n');
  const started = performance.now();
  const onStep = (step: string) => process.stderr.write(`  ${step}… (${Math.round((performance.now() - started) / 1000)} s)\n`);
  const openableFromFiles = flags['hors-ligne'] === true;
  let result: SiteBuildResult;
  try {
    result = await buildSite({ synthesis, root, outDir, onStep, cacheKey: key, openableFromFiles });
  } catch (error) {
    // A chapter's code that fails in Astro (one the check could not run): said in French, at its line.
    const failure = chapterRenderFailure(error, root);
    if (!failure) throw error;
    process.stderr.write(`${frenchReport(toVFiles([failure]), streamStyle(process.stderr))}\nPublication impossible : un chapitre du livre blanc ne peut pas être construit (ci-dessus, avec sa ligne).\n`);
    return 1;
  }
  // Only the built pages know their ids: a link's anchor is checked now, a warning (the site is built all the same).
  // So is a chapter's page title against the fixed pages' (RGAA 8.6).
  const anchors = [...checkBuiltAnchors(root, result.outDir), ...checkBuiltTitles(root, result.outDir)];
  if (anchors.length) process.stderr.write(`${frenchReport(toVFiles(anchors), streamStyle(process.stderr))}\n`);
  process.stdout.write(
    `Site construit dans ${result.outDir} : ${formatCount(result.pages)} pages, ${formatCount(result.files)} fichiers, ` +
      `${formatBytes(result.bytes)}, en ${formatSeconds(result.milliseconds)}.\n` +
      (openableFromFiles
        ? `Pour le consulter : ouvrez ${path.join(result.outDir, 'index.html')} dans un navigateur (ou copiez le dossier entier où il doit être lu).\n`
        : `${viewingHint(result.outDir)}\n`),
  );
  return 0;
}

/** Builds the site of a Synthesis into `outDir` (used by the command and the end-to-end tests). */
export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const started = performance.now();
  const work = await mkdtemp(path.join(os.tmpdir(), 'livre-blanc-'));
  const env: Record<string, string> = {};
  let downloadsReused = false;
  try {
    // Taken before Astro reads the chapters: `export` prints the PDF only from a site built from the current ones.
    const sources = await sourcesFingerprint(options.root);
    env[SYNTHESIS_ENV] = handOverSynthesis(options.synthesis);
    // The pages that read the consultation's files (the themes of /saisie) read this root's, not the current directory's.
    env[ROOT_ENV] = path.resolve(options.root);
    env[SEARCH_FILES_ENV] = '1';
    // Without chapters, a folder that does not exist: the content config then loads nothing, where an
    // empty folder made Astro's glob loader warn in English (« No files found matching "*.mdx" »).
    const withChapters = hasChapters(chaptersDirOf(options.root));
    env[CHAPTERS_ENV] = withChapters ? chaptersDirOf(options.root) : path.join(work, 'sans-chapitres');
    const downloadsDir = path.join(work, 'telechargements');
    const step = options.onStep ?? (() => {});
    const prepared = options.downloads === false ? null : await prepareDownloads(options, downloadsDir, step);
    downloadsReused = prepared?.reused ?? false;
    const downloads = withPdf(prepared?.files ?? null, withChapters);
    if (downloads) {
      env.LIVRE_BLANC_DOWNLOADS = path.join(work, 'telechargements.json');
      await writeFile(env.LIVRE_BLANC_DOWNLOADS, JSON.stringify(downloads));
    }
    step(BUILD_STEPS.pages);
    // Warnings stay on: a consultation without chapters no longer makes Astro warn (chapters-source.ts).
    await astroBuild({ outDir: options.outDir, cacheDir: path.join(work, 'cache'), logLevel: options.logLevel ?? 'warn', env });
    await writeSourcesFingerprint(options.outDir, sources);
    step(BUILD_STEPS.search);
    await writeSearchFiles(options.synthesis, path.join(options.outDir, SEARCH_DIR));
    if (env.LIVRE_BLANC_DOWNLOADS) {
      await mkdir(path.join(options.outDir, 'telechargements'), { recursive: true });
      await cp(downloadsDir, path.join(options.outDir, 'telechargements'), { recursive: true });
      if (downloads?.some((d) => d.file === PDF_NAME)) {
        step(BUILD_STEPS.pdf);
        const bytes = await writePdf(options.outDir, options.synthesis);
        await settleDownloadsPage(path.join(options.outDir, DOWNLOADS_DIR, 'index.html'), PDF_NAME, bytes);
        await settleSitePdfLinks(options.outDir, bytes !== null);
      }
    }
    if (options.openableFromFiles) {
      step(BUILD_STEPS.offline);
      await makeOpenableFromFiles(options.outDir);
    }
  } finally {
    if (env[SYNTHESIS_ENV]) withdrawSynthesis(env[SYNTHESIS_ENV]);
    await rm(work, { recursive: true, force: true });
  }
  const { files, bytes, pages } = await measure(options.outDir);
  return { outDir: options.outDir, files, bytes, pages, milliseconds: performance.now() - started, downloadsReused };
}

/**
 * The exports (src/export) for the downloads page: taken from the cache when the Synthesis and the
 * export code are unchanged, otherwise written and kept for the next build. A failure there never
 * stops the site (and the cache is best effort: without it, the files are written).
 */
async function prepareDownloads(
  options: SiteBuildOptions,
  dir: string,
  step: (step: string) => void,
): Promise<{ files: DownloadFile[] | null; reused: boolean }> {
  const key = options.cacheKey ? await downloadsKey(options.cacheKey).catch(() => null) : null;
  const cached = key ? await readCachedDownloads(key, dir, options.downloadsCacheDir, true) : null;
  step(cached ? BUILD_STEPS.downloadsReused : BUILD_STEPS.downloads);
  if (cached) return { files: cached, reused: true };
  try {
    const { writeExports } = await import('../export/index.ts');
    // After `export --separateur ,`, the workbook, JSON and corpus are copied from its entry.
    const shared = options.cacheKey ? await filesFromOtherSeparator(options.cacheKey, ';', options.downloadsCacheDir).catch(() => null) : null;
    const files = await writeExports(options.synthesis, dir, ';', shared);
    if (key) await writeCachedDownloads(key, dir, files, options.downloadsCacheDir, shared);
    return { files, reused: false };
  } catch (error) {
    process.stderr.write(`Avertissement : les fichiers à télécharger n’ont pas pu être produits (${(error as Error).message}).\n`);
    return { files: null, reused: false };
  }
}

/**
 * The PDF is printed from the finished site, after Astro's build; it is announced now so that the
 * downloads page has its row, whose size is settled (or the row removed) once printed. Without
 * Chromium the page simply does not offer it.
 */
function withPdf(files: DownloadFile[] | null, withChapters: boolean): DownloadFile[] | null {
  if (!files || !chromiumAvailable()) return files;
  // Without chapters, /imprimer/ prints the data's synthesis, and the downloads page says so.
  const description = withChapters
    ? 'Le livre blanc en PDF (A4, balisé, avec signets)'
    : 'La synthèse des données en PDF, sans chapitres rédigés (A4, balisé, avec signets)';
  return [...files, { file: PDF_NAME, description, bytes: 0 }];
}

/**
 * Prints the built site's print route into telechargements/ and returns its size; a failure is
 * reported, never fatal (null: no PDF, the downloads page then does not offer it).
 */
async function writePdf(outDir: string, synthesis: Synthesis): Promise<number | null> {
  const server = await serve(outDir, 0);
  try {
    const pdf = await printPdf(server.url, synthesis.title, pdfProperties(synthesis));
    await writeFile(path.join(outDir, DOWNLOADS_DIR, PDF_NAME), pdf);
    return pdf.byteLength;
  } catch (error) {
    process.stderr.write(`Avertissement : le PDF n’a pas pu être imprimé (${(error as Error).message}) ; la page « Téléchargements » ne le propose pas.\n`);
    return null;
  } finally {
    await server.close();
  }
}

async function measure(dir: string): Promise<{ files: number; bytes: number; pages: number }> {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { recursive: true })) {
    const info = await stat(path.join(dir, entry));
    if (!info.isFile()) continue;
    files++;
    bytes += info.size;
    if (entry.endsWith('.html')) pages++;
  }
  return { files, bytes, pages };
}

