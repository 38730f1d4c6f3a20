/** `livre-blanc check`: the dry run (tir à blanc). Exit 0 without blocking problems, 1 with, 2 on usage. */
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { hasBlocking } from '../pipeline/diagnostics.ts';
import { UsageError, oneOf, parseFlags } from './args.ts';
import { runPipeline } from './run-pipeline.ts';
import { checkReportJson, checkReportText } from './check-report.ts';
import { streamStyle } from './french-reporter.ts';
import { followConsultation } from './follow.ts';
import { checkChapters } from '../site/chapters-check/index.ts';
import { withRealPaths } from './real-paths.ts';
import { misplacedRoot } from './misplaced-root.ts';
import path from 'node:path';

/**
 * The Synthesis with the chapters' diagnostics after the consultation's: a chapter that cannot render
 * makes the white paper unpublishable, so `check` says so where `build` would otherwise fail.
 */
async function withChapters(run: { synthesis: Synthesis; root: string; files: string[] }): Promise<Synthesis> {
  const chapters = await checkChapters(run.root, run.synthesis);
  const checked = chapters.length ? { ...run.synthesis, diagnostics: [...run.synthesis.diagnostics, ...chapters] } : run.synthesis;
  // Read on the ambassador's machine: the real names of the files the site publishes masked.
  return withRealPaths(checked, run.files);
}

const HELP = `Utilisation : livre-blanc check [--root DOSSIER] [--format text|json] [--suivre]

Tir à blanc : lit toutes les notes d’atelier et enquêtes, les chapitres (content/livre-blanc/*.mdx),
les réglages (content/consultation.yml) et les thèmes (data/themes.yml), et liste chaque problème
(fichier:ligne:colonne, gravité, code, message, conseil), puis les informations (comment un
texte a été lu, à vérifier : rien n’y est à corriger), puis le bilan de chaque fichier :
lus = retenus + écartés, et pourquoi les écartés l’ont été, comptés par motif avec le code du
diagnostic qui le dit (« 60 écartés (60 non-réponses [non-reponses-ecartees]) »).
--format json : le même rapport en JSON (motifs dans reconciliation.files[].reasons).
--suivre : reste ouvert et refait le tir à blanc à chaque note, enquête, chapitre ou réglage enregistré
(Ctrl+C pour arrêter).
Code de sortie : 0 sans erreur bloquante (avertissements et informations n’y changent rien), 1 avec
(au dernier tir, avec --suivre), 2 en cas d’usage incorrect.`;

export async function runCheck(args: string[]): Promise<number> {
  const flags = parseFlags(args, { root: { type: 'string' }, format: { type: 'string' }, suivre: { type: 'boolean' } }, HELP);
  if (!flags) return 0;
  const format = oneOf(flags.format, ['text', 'json'] as const, 'text', '--format');
  if (flags.suivre && format === 'json') throw new UsageError('--suivre s’utilise avec le rapport texte (--format text).');
  const report = (synthesis: Synthesis) =>
    format === 'json' ? checkReportJson(synthesis) : checkReportText(synthesis, streamStyle(process.stdout));
  // A region's folder or a folder of loose notes: said where to run from, not read as an empty consultation.
  const misplaced = misplacedRoot(path.resolve(flags.root ?? '.'));
  if (misplaced !== null) throw new UsageError(misplaced);
  const first = await runPipeline(flags.root);
  const checked = await withChapters(first);
  process.stdout.write(report(checked));
  if (!flags.suivre) return hasBlocking(checked.diagnostics) ? 1 : 0;
  return followConsultation(first.root, hasBlocking(checked.diagnostics), async () => {
    const run = await withChapters(await runPipeline(first.root));
    process.stdout.write(report(run));
    return hasBlocking(run.diagnostics);
  });
}
