/**
 * `livre-blanc init [DOSSIER]`: creates a new consultation — its settings, a theme taxonomy, the notes'
 * and surveys' folders with a read-me each, a starter chapter and, while it has no data, an example
 * note — so that `check` accepts it and `build` publishes it at once. Never overwrites: a file already
 * there is left as it is, and said so; run again, it only adds what is missing.
 * Exit 0 when done, 2 on usage (a file given as the folder, a bad option, questions abandoned).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { NOTES_DIR, SURVEYS_DIR } from '../pipeline/io/folders.ts';
import { SETTINGS_FILE } from '../pipeline/settings.ts';
import { THEMES_FILE } from '../pipeline/referentiels/themes.ts';
import { UsageError, usageMistake } from './args.ts';
import { PACKAGE_DIR } from './package-dir.ts';
import { cliCommand } from './serve-command.ts';
import { GENERIC_THEMES } from './init-themes.ts';
import { DEFAULT_TITLE, EXAMPLE_NOTE, NOTES_README, SURVEYS_README, plannedFiles, type InitAnswers } from './init-files.ts';
import { askInit, type InitQuestions } from './init-questions.ts';

const HELP = `Utilisation : livre-blanc init [DOSSIER] [--titre TEXTE] [--description TEXTE] [--contact ADRESSE]
                          [--themes-de-la-demo] [--sans-exemple]

Crée une nouvelle consultation dans DOSSIER (par défaut : le dossier courant ; créé s’il n’existe pas) :
  content/consultation.yml         titre, description et réglages facultatifs (commentés)
  data/themes.yml                  une petite liste de thèmes génériques, à adapter
  content/ateliers/                les notes d’atelier (un LISEZ-MOI.md dit quoi y déposer)
  data/enquetes/                   les enquêtes .csv ou .xlsx (un LISEZ-MOI.md aussi)
  content/livre-blanc/introduction.mdx   un premier chapitre, avec ses chiffres et graphiques
et, tant que la consultation n’a ni note ni enquête, une note d’exemple (à supprimer ensuite) pour
que « check » et « build » passent aussitôt.
Aucun fichier existant n’est remplacé : relancée, la commande ajoute seulement ce qui manque.

Dans un terminal, les questions viennent une à une ; sinon, les options ou les valeurs par défaut.

Options :
  --titre TEXTE            titre du livre blanc (défaut : « ${DEFAULT_TITLE} »)
  --description TEXTE      une ou deux phrases sur ce que la consultation a demandé
  --contact ADRESSE        courriel ou page où signaler un défaut d’accessibilité
  --themes-de-la-demo      copie les thèmes de la démonstration (Missions Locales) au lieu des thèmes génériques
  --sans-exemple           n’écrit pas la note d’exemple

Code de sortie : 0 consultation prête, 2 usage incorrect.`;

const OPTIONS = {
  titre: { type: 'string' },
  description: { type: 'string' },
  contact: { type: 'string' },
  'themes-de-la-demo': { type: 'boolean' },
  'sans-exemple': { type: 'boolean' },
} as const;

/** Streams of the conversation; tests pass their own. */
export interface InitIo {
  input?: Readable;
  output?: Writable;
  /** Whether questions can be asked (defaults to stdin being a terminal). */
  interactive?: boolean;
  /** The example note's date (defaults to today). */
  today?: string;
}

export async function runInit(args: string[], io: InitIo = {}): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    (io.output ?? process.stdout).write(`${HELP}\n`);
    return 0;
  }
  const { flags, folder } = parseInitArgs(args);
  const output = io.output ?? process.stdout;
  const say = (text: string) => void output.write(`${text}\n`);
  const root = path.resolve(folder ?? '.');
  if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(`« ${root} » est un fichier : indiquez un dossier, nouveau ou existant.`);
  // The package's own folder holds the demo: a new consultation goes beside it, not into it.
  if (root === PACKAGE_DIR) {
    throw new UsageError(`Ce dossier est celui de livre-blanc et de sa consultation de démonstration : nommez le dossier de la nouvelle consultation, par exemple « livre-blanc init ../ma-consultation ».`);
  }

  const present = (file: string) => existsSync(path.join(root, file));
  const hasData = holdsData(root);
  // Only what will be written is asked: the title of an existing consultation.yml is not asked again.
  const questions: InitQuestions = {
    settings: present(SETTINGS_FILE) ? null : { title: flags.titre, description: flags.description, contact: flags.contact },
    themes: present(THEMES_FILE) ? null : flags['themes-de-la-demo'] ? 'demo' : undefined,
    example: hasData || present(EXAMPLE_NOTE) ? null : flags['sans-exemple'] ? false : undefined,
  };
  const interactive = io.interactive ?? process.stdin.isTTY === true;
  if (interactive) say(`Nouvelle consultation dans ${root}. Ctrl+C pour abandonner : rien n’est écrit avant la fin.\n`);
  let answers: Awaited<ReturnType<typeof askInit>>;
  try {
    answers = await askInit(questions, interactive ? io : null);
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      say('\nAbandon : rien n’a été écrit.');
      return 2;
    }
    throw error;
  }
  const full: InitAnswers = {
    ...answers.settings,
    themes: answers.themes === 'demo' ? await readFile(path.join(PACKAGE_DIR, THEMES_FILE), 'utf8') : GENERIC_THEMES,
    example: answers.example,
    today: io.today ?? new Date().toISOString().slice(0, 10),
  };

  const created: string[] = [];
  const kept: string[] = [];
  for (const file of plannedFiles(full)) {
    const target = path.join(root, ...file.path.split('/'));
    if (existsSync(target)) {
      kept.push(file.path);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    // `wx`: a file that appeared meanwhile is still never replaced.
    await writeFile(target, file.content, { encoding: 'utf8', flag: 'wx' });
    created.push(file.path);
  }
  // The read-mes may have been deleted: the folders themselves are the consultation's.
  for (const dir of [NOTES_DIR, SURVEYS_DIR]) await mkdir(path.join(root, dir), { recursive: true });

  say(summary(root, created, kept, flagsIgnored(flags, questions)));
  // As long as the example note is there, whoever added their own data since: it would be published with it.
  say(nextSteps(root, present(EXAMPLE_NOTE)));
  return 0;
}

type InitFlags = { titre?: string; description?: string; contact?: string; 'themes-de-la-demo'?: boolean; 'sans-exemple'?: boolean };

function parseInitArgs(args: string[]): { flags: InitFlags; folder: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${usageMistake(error)}\n\n${HELP}`);
  }
  if (parsed.positionals.length > 1) {
    throw new UsageError(`Un seul dossier à la fois : « ${parsed.positionals.join(' ')} » en nomme ${parsed.positionals.length}.\n\n${HELP}`);
  }
  return { flags: parsed.values, folder: parsed.positionals[0] };
}

/** Whether the consultation already holds a note or a survey (its read-mes aside): no example note is added then. */
function holdsData(root: string): boolean {
  const readMes = new Set([NOTES_README, SURVEYS_README]);
  return [NOTES_DIR, SURVEYS_DIR].some((dir) => {
    const absolute = path.join(root, dir);
    if (!existsSync(absolute)) return false;
    return readdirSync(absolute, { recursive: true, withFileTypes: true }).some(
      (entry) => entry.isFile() && !entry.name.startsWith('.') && !readMes.has(path.posix.join(dir, path.relative(absolute, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))),
    );
  });
}

/** Options that had no effect because the file they fill was already there. */
function flagsIgnored(flags: InitFlags, questions: InitQuestions): string[] {
  const ignored: string[] = [];
  if (questions.settings === null) for (const flag of ['titre', 'description', 'contact'] as const) if (flags[flag] !== undefined) ignored.push(`--${flag}`);
  if (questions.themes === null && flags['themes-de-la-demo']) ignored.push('--themes-de-la-demo');
  return ignored;
}

function summary(root: string, created: string[], kept: string[], ignored: string[]): string {
  const lines = [created.length ? `Consultation prête dans ${root}.` : `Rien à ajouter : la consultation de ${root} a déjà tous ses fichiers.`];
  if (created.length) lines.push('', 'Fichiers créés :', ...created.map((file) => `  ${file}`));
  if (kept.length) lines.push('', 'Laissés tels quels (ils existaient déjà, rien n’y a été changé) :', ...kept.map((file) => `  ${file}`));
  if (ignored.length) {
    const which = ignored.length > 1 ? `${ignored.join(', ')} sont sans effet` : `${ignored[0]} est sans effet`;
    lines.push('', `${which} : le fichier qu’elles rempliraient existe déjà ; modifiez-le directement.`);
  }
  return lines.join('\n');
}

function nextSteps(root: string, withExample: boolean): string {
  const shown = shownFolder(root);
  const rootArgs = shown === '.' ? [] : ['--root', shown];
  const steps = [
    `Déposez une enquête (.csv ou .xlsx) dans ${SURVEYS_DIR}/, ou écrivez une note d’atelier : ${cliCommand('new', rootArgs)}`,
    ...(withExample ? [`Supprimez ensuite la note d’exemple, ${EXAMPLE_NOTE} : sinon, elle est publiée comme un vrai atelier.`] : []),
    `Vérifiez, et corrigez ce qui est signalé : ${cliCommand('check', rootArgs)}`,
    `Publiez le site : ${cliCommand('build', rootArgs)} (puis « serve » pour le voir)`,
    `Réécrivez le chapitre content/livre-blanc/introduction.mdx, adaptez ${THEMES_FILE} et ${SETTINGS_FILE}.`,
  ];
  return ['', 'Et maintenant :', ...steps.map((step, index) => `  ${index + 1}. ${step}`)].join('\n');
}

/** The folder as the user would type it: relative below the current folder, absolute otherwise. */
function shownFolder(dir: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, dir);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative;
}
