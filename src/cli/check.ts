/** `livre-blanc check`: the dry run (tir à blanc). Exit 0 without blocking problems, 1 with, 2 on usage. */
import { hasBlocking } from '../pipeline/diagnostics.ts';
import { oneOf, parseFlags } from './args.ts';
import { runPipeline } from './run-pipeline.ts';
import { checkReportJson, checkReportText } from './check-report.ts';

const HELP = `Utilisation : livre-blanc check [--root DOSSIER] [--format text|json]

Tir à blanc : lit toutes les notes d'atelier et enquêtes, et liste chaque problème
(fichier:ligne:colonne, gravité, code, message, conseil) puis le bilan des éléments lus.
Code de sortie : 0 sans erreur bloquante, 1 avec, 2 en cas d'usage incorrect.`;

export async function runCheck(args: string[]): Promise<number> {
  const flags = parseFlags(args, { root: { type: 'string' }, format: { type: 'string' } }, HELP);
  if (!flags) return 0;
  const format = oneOf(flags.format, ['text', 'json'] as const, 'text', '--format');
  const { synthesis, diagnostics } = await runPipeline(flags.root);
  const color = format === 'text' && process.stdout.isTTY === true;
  process.stdout.write(format === 'json' ? checkReportJson(synthesis) : checkReportText(synthesis, color));
  return hasBlocking(diagnostics) ? 1 : 0;
}
