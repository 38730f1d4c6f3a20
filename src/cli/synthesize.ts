/** `livre-blanc synthesize`: writes the Synthesis as JSON (stdout by default). */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { hasBlocking } from '../pipeline/diagnostics.ts';
import { writeChunks } from '../pipeline/io/synthesis-file.ts';
import { stableJsonChunks } from '../pipeline/stable-json.ts';
import { parseFlags } from './args.ts';
import { runPipeline } from './run-pipeline.ts';
import { formatCount } from './units.ts';

const HELP = `Utilisation : livre-blanc synthesize [--root DOSSIER] [--out FICHIER]

Écrit la synthèse (modèle JSON déterministe : même entrée, mêmes octets) dans FICHIER,
ou sur la sortie standard. Code de sortie 1 si la consultation a des erreurs bloquantes.`;

export async function runSynthesize(args: string[]): Promise<number> {
  const flags = parseFlags(args, { root: { type: 'string' }, out: { type: 'string' } }, HELP);
  if (!flags) return 0;
  const { synthesis, diagnostics } = await runPipeline(flags.root);
  // In pieces: beyond ~700,000 items the whole text would be longer than a V8 string can be.
  const json = stableJsonChunks(synthesis);
  if (flags.out) {
    await mkdir(path.dirname(path.resolve(flags.out)), { recursive: true });
    await writeChunks(createWriteStream(flags.out), json);
    process.stderr.write(`Synthèse écrite dans ${flags.out} (${formatCount(synthesis.items.length)} éléments).\n`);
  } else {
    await writeChunks(process.stdout, json, false);
  }
  if (hasBlocking(diagnostics)) {
    process.stderr.write('Des erreurs bloquantes existent : lancez « livre-blanc check » pour les voir.\n');
    return 1;
  }
  return 0;
}
