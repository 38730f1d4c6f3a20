/** `livre-blanc export`: XLSX, CSV, JSON, Pol.is, IRaMuTeQ and the PDF for the bureau. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasBlocking } from '../pipeline/diagnostics.ts';
import { writeExports, PDF_DESCRIPTION, PDF_NAME } from '../export/index.ts';
import { chromiumAvailable, CHROMIUM_PATH, pdfProperties, PRINT_ROUTE, printPdf } from '../export/pdf.ts';
import { serve } from '../../scripts/serve.ts';
import { oneOf, parseFlags } from './args.ts';
import { runPipeline } from './run-pipeline.ts';
import { downloadsKey, filesFromOtherSeparator, readCachedDownloads, writeCachedDownloads } from './downloads-cache.ts';
import { formatBytes } from './units.ts';
import { siteMatchesSources, siteMatchesSynthesis, SOURCES_FILE } from '../export/site-match.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { sourcesFingerprint } from './site-sources.ts';
import { CHAPTERS_FOLDER } from '../site/chapters-source.ts';
import { SYNTHESIS_JSON } from '../site/synthesis-json.ts';
import { checkOutputFolder } from './output-folder.ts';
import { toVFiles } from './check-report.ts';
import { frenchReport, streamStyle } from './french-reporter.ts';
import { withRealPaths } from './real-paths.ts';
import { plural } from '../pipeline/text/plural.ts';
import { checkExportFolder, previousExportFiles, removedLine, removeFiles, writeExportList } from './export-folder.ts';

const HELP = `Utilisation : livre-blanc export [--root DOSSIER] [--out DOSSIER] [--separateur ";"|","] [--site DOSSIER] [--sans-pdf]

Écrit dans DOSSIER (par défaut « exports » dans le dossier de la consultation) : livre-blanc.xlsx, les
CSV pour Excel (UTF-8 avec BOM), synthese.json, comments.csv (Pol.is), corpus-iramuteq.txt et
livre-blanc.pdf. Le PDF est imprimé par Chromium depuis le site construit (--site, par défaut « dist »
dans le dossier courant, celui qu’écrit « build »), et seulement si ce site a été construit à partir de
la synthèse et des chapitres actuels, par cette version de livre-blanc (sinon, la commande dit comment
le reconstruire) ;
sans Chromium ou sans site à jour, les autres fichiers sont tout de même écrits. Un fichier qu’un export
précédent avait écrit dans DOSSIER et que celui-ci n’écrit pas (le PDF non réimprimé, par exemple) est
supprimé ; les autres fichiers du dossier ne sont pas touchés.`;

export async function runExport(args: string[]): Promise<number> {
  const flags = parseFlags(
    args,
    { root: { type: 'string' }, out: { type: 'string' }, separateur: { type: 'string' }, site: { type: 'string' }, 'sans-pdf': { type: 'boolean' } },
    HELP,
  );
  if (!flags) return 0;
  const delimiter = oneOf(flags.separateur, [';', ','] as const, ';', '--separateur');
  // Said before the pipeline runs, which may take minutes: nothing could be written there.
  const outDir = path.resolve(flags.out ?? path.join(path.resolve(flags.root ?? '.'), 'exports'));
  checkExportFolder(outDir);
  const { synthesis, diagnostics, root, key, files: sources } = await runPipeline(flags.root);
  if (hasBlocking(diagnostics)) {
    // Said here, as `check` says them (real file names, line, advice): a second command to find them was one too many.
    const blocking = withRealPaths({ ...synthesis, diagnostics }, sources).diagnostics.filter((d) => d.severity === 'blocking');
    process.stderr.write(`${frenchReport(toVFiles(blocking), streamStyle(process.stderr))}\n`);
    process.stderr.write(
      `Export impossible : ${plural(blocking.length, 'erreur bloquante', 'erreurs bloquantes')} dans la consultation (ci-dessus, avec ${blocking.length > 1 ? 'leur' : 'sa'} ligne et un conseil). ` +
        `« livre-blanc check${flags.root ? ` --root ${flags.root}` : ''} » donne aussi les avertissements et le bilan de chaque fichier.\n`,
    );
    return 1;
  }
  const previous = await previousExportFiles(outDir);
  // The files `build` offers for download are these very ones (with « ; »): reused when unchanged.
  const cacheKey = key ? await downloadsKey(key, delimiter).catch(() => null) : null;
  let files = cacheKey ? await readCachedDownloads(cacheKey, outDir) : null;
  if (files) process.stderr.write('Fichiers repris du cache : synthèse et code des exports inchangés depuis le dernier export ou la dernière construction.\n');
  else {
    // With the other separator already exported (by `build`, with « ; »), only the CSV tables are written anew.
    const shared = key ? await filesFromOtherSeparator(key, delimiter).catch(() => null) : null;
    files = await writeExports(synthesis, outDir, delimiter, shared);
    if (shared) process.stderr.write(`Classeur, JSON et corpus repris de l’export au séparateur « ${delimiter === ';' ? ',' : ';'} » quand ils y étaient intacts : les CSV des tableaux sont réécrits.\n`);
    if (cacheKey) await writeCachedDownloads(cacheKey, outDir, files, undefined, shared);
  }
  for (const f of files) process.stdout.write(`✓ ${f.file} (${formatBytes(f.bytes)}) — ${f.description}\n`);
  // What an earlier export wrote and this one does not goes, the PDF first: printed from an older site,
  // or not printed this time, it would show other figures than the files beside it.
  const leftovers = previous.filter((name) => !files.some((f) => f.file === name));
  await removeFiles(outDir, leftovers);
  let printed = false;
  if (!flags['sans-pdf']) {
    // The folder `build` writes by default (`dist` in the current folder, whatever --root): the two
    // commands run one after the other find each other's site.
    const siteDir = path.resolve(flags.site ?? 'dist');
    printed = await exportPdf(siteDir, outDir, root, synthesis, buildCommand(root, siteDir));
  }
  for (const name of leftovers) if (!(name === PDF_NAME && printed)) process.stdout.write(removedLine(name));
  await writeExportList(outDir, [...files.map((f) => f.file), ...(printed ? [PDF_NAME] : [])]);
  process.stdout.write(`Exports écrits dans ${outDir}\n`);
  return 0;
}

/** The command that rebuilds `siteDir` from `root`, as the user would type it. */
function buildCommand(root: string, siteDir: string): string {
  if (path.resolve(root) === process.cwd() && siteDir === path.join(process.cwd(), 'dist')) return 'npm run build';
  const shown = (dir: string) => path.relative(process.cwd(), dir) || '.';
  try {
    checkOutputFolder(siteDir, path.resolve(root));
  } catch {
    // build would refuse that folder (the sources, a folder of other files): name one it accepts.
    return `npx livre-blanc build --root ${shown(root)} --out dist », puis « npx livre-blanc export --root ${shown(root)} --site dist`;
  }
  return `npx livre-blanc build --root ${shown(root)} --out ${shown(siteDir)}`;
}

/** Prints the PDF into `outDir` when the site shows the current synthesis; whether it did. */
async function exportPdf(siteDir: string, outDir: string, root: string, synthesis: Synthesis, rebuild: string): Promise<boolean> {
  if (!chromiumAvailable()) {
    process.stderr.write(`PDF non produit : Chromium est introuvable (${CHROMIUM_PATH}). Installez-le (apt-get install chromium) ; les autres fichiers sont écrits.\n`);
    return false;
  }
  if (!existsSync(path.join(siteDir, PRINT_ROUTE, 'index.html'))) {
    process.stderr.write(`PDF non produit : le site construit est introuvable dans ${siteDir}. Lancez d’abord « ${rebuild} » (ou indiquez --site).\n`);
    return false;
  }
  // Printed from an older site, the PDF's figures or text would disagree with the files written beside it, or with the chapters.
  const stale = await staleness(siteDir, outDir, root);
  if (stale) {
    process.stderr.write(`PDF non produit : le site de ${siteDir} ${stale}. Lancez d’abord « ${rebuild} », puis relancez l’export ; les autres fichiers sont écrits.\n`);
    return false;
  }
  const server = await serve(siteDir, 0);
  try {
    const pdf = await printPdf(server.url, synthesis.title, pdfProperties(synthesis));
    await writeFile(path.join(outDir, PDF_NAME), pdf);
    process.stdout.write(`✓ ${PDF_NAME} (${formatBytes(pdf.byteLength)}) — ${PDF_DESCRIPTION}\n`);
    return true;
  } finally {
    await server.close();
  }
}

/**
 * Why the site of `siteDir` does not show what is exported now, as the end of « le site de … », or null
 * when it does: the same Synthesis (figures, title, settings), the same chapters, the same code.
 */
async function staleness(siteDir: string, outDir: string, root: string): Promise<string | null> {
  const synthesis = await siteMatchesSynthesis(siteDir, path.join(outDir, SYNTHESIS_JSON));
  if (synthesis === 'different') return 'a été construit à partir d’autres données, ou d’un état plus ancien de la consultation ; ses chiffres ne seraient pas ceux des fichiers exportés';
  if (synthesis === 'unknown') return `ne publie pas sa synthèse (${path.join('telechargements', SYNTHESIS_JSON)}) : rien ne dit qu’il montre les données actuelles`;
  const sources = await siteMatchesSources(siteDir, await sourcesFingerprint(root));
  if (sources.chapters === 'unknown' || sources.code === 'unknown') {
    return `ne dit pas de quels chapitres ni par quelle version de livre-blanc il a été construit (${SOURCES_FILE} manque : sans doute une version antérieure) : rien ne dit que le PDF aurait le texte actuel des chapitres`;
  }
  if (sources.chapters === 'different') {
    return `a été construit à partir d’autres chapitres, ou d’un état plus ancien des chapitres (${CHAPTERS_FOLDER}/, images comprises) : le PDF n’aurait pas leur texte actuel`;
  }
  if (sources.code === 'different') return 'a été construit par une autre version de livre-blanc (son code a changé depuis) : le PDF ne serait pas celui qu’imprime la version actuelle';
  return null;
}
