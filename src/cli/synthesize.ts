/** `livre-blanc synthesize`: writes the Synthesis as JSON (stdout by default). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasBlocking } from '../pipeline/diagnostics.ts';
import { stableStringify } from '../pipeline/stable-json.ts';
import { parseFlags } from './args.ts';
import { runPipeline } from './run-pipeline.ts';

const HELP = `Utilisation : livre-blanc synthesize [--root DOSSIER] [--out FICHIER]

Écrit la synthèse (modèle JSON déterministe : même entrée, mêmes octets) dans FICHIER,
ou sur la sortie standard. Code de sortie 1 si la consultation a des erreurs bloquantes.`;

export async function runSynthesize(args: string[]): Promise<number> {
  const flags = parseFlags(args, { root: { type: 'string' }, out: { type: 'string' } }, HELP);
  if (!flags) return 0;
  const { synthesis, diagnostics } = await runPipeline(flags.root);
  const json = stableStringify(synthesis);
  if (flags.out) {
    await mkdir(path.dirname(path.resolve(flags.out)), { recursive: true });
    await writeFile(flags.out, json);
    process.stderr.write(`Synthèse écrite dans ${flags.out} (${synthesis.items.length} éléments).\n`);
  } else {
    process.stdout.write(json);
  }
  if (hasBlocking(diagnostics)) {
    process.stderr.write('Des erreurs bloquantes existent : lancez « livre-blanc check » pour les voir.\n');
    return 1;
  }
  return 0;
}
