/** Dispatches `livre-blanc <command>` to one module per command. Never lets a stack trace reach a user. */
import { UsageError } from './args.ts';
import { describeFailure } from './failure.ts';
import { editDistance } from '../pipeline/text/closest.ts';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  check: { summary: 'tir à blanc : liste chaque problème avec son fichier et sa ligne', load: async () => (await import('./check.ts')).runCheck },
  synthesize: { summary: 'écrit la synthèse en JSON', load: async () => (await import('./synthesize.ts')).runSynthesize },
  build: { summary: 'construit le site statique du livre blanc', load: async () => (await import('./build.ts')).runBuild },
  export: { summary: 'écrit les exports (XLSX, CSV, JSON, PDF…)', load: async () => (await import('./export.ts')).runExport },
  tag: { summary: 'étiquette un fichier CSV de textes libres', load: async () => (await import('./tag.ts')).runTag },
  eval: { summary: "mesure la qualité de l’étiquetage sur un jeu annoté", load: async () => (await import('./eval.ts')).runEval },
  serve: { summary: 'sert un site construit sur http://localhost:4321/', load: async () => (await import('../../scripts/serve.ts')).runServe },
  init: { summary: 'crée une nouvelle consultation : réglages, thèmes, dossiers et premier chapitre', load: async () => (await import('./init.ts')).runInit },
  new: { summary: "crée une note d’atelier en répondant à quelques questions", load: async () => (await import('./new.ts')).runNew },
};

export const USAGE = `Utilisation : livre-blanc <commande> [options]

Commandes :
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(11)} ${summary}`)
  .join('\n')}

Aide d’une commande : livre-blanc <commande> --help`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'aide') {
    process.stdout.write(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const near = Object.keys(COMMANDS).find((known) => editDistance(name.toLowerCase(), known) <= 2);
    process.stderr.write(`Commande inconnue : « ${name} ».${near ? ` Vouliez-vous dire « ${near} » ?` : ''}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await (await command.load())(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(describeFailure(error));
    if (process.env.LIVRE_BLANC_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
