/**
 * `livre-blanc new`: asks a few questions in French (or reads a JSON draft with `--depuis`), writes a
 * workshop note from the template under `content/ateliers/`, then runs the dry run on that note.
 * Exit 0 when the note is written without blocking problems, 1 when `check` finds one in it,
 * 2 on usage (no terminal and no `--depuis`, an unreadable draft, a refused overwrite).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { promptContext } from './prompt-context.ts';
import { checkbox, confirm, input, search, select, Separator } from '@inquirer/prompts';
import { synthesize } from '../pipeline/synthesize.ts';
import { readSettingsFiles } from '../pipeline/io/read-consultation.ts';
import { countBySeverity, hasBlocking } from '../pipeline/diagnostics.ts';
import type { Diagnostic } from '../pipeline/model.ts';
import { THEMES_FILE } from '../pipeline/referentiels/themes.ts';
import { PSEUDONYMS_FILE } from '../pipeline/anonymise/pseudonyms.ts';
import { plural } from '../pipeline/text/plural.ts';
import { interview, type Prompter } from '../entry/interview.ts';
import { readDraftJson } from '../entry/draft-json.ts';
import { renderNote } from '../entry/note-template.ts';
import type { NoteDraft } from '../entry/draft.ts';
import { parseFlags, UsageError } from './args.ts';
import { checkReportText } from './check-report.ts';
import { streamStyle } from './french-reporter.ts';

const HELP = `Utilisation : livre-blanc new [--root DOSSIER] [--depuis BROUILLON.json] [--ecraser]

Crée une note d’atelier en posant quelques questions (région, date, format, départements,
structures, participants, puis les éléments de chaque partie), l’écrit dans
content/ateliers/<région>/<date>-<lieu>.md et lance aussitôt le tir à blanc sur cette note.

Options :
  --root DOSSIER             dossier de la consultation (par défaut : le dossier courant)
  --depuis BROUILLON.json    sans questions : lit le brouillon JSON décrit dans docs/saisie.md
  --ecraser                  remplace une note existante sans demander

Code de sortie : 0 note écrite sans erreur bloquante, 1 note écrite mais le tir à blanc y trouve
une erreur bloquante, 2 usage incorrect (pas de terminal sans --depuis, brouillon illisible,
remplacement refusé).`;

/** Streams of the conversation; tests pass their own. */
export interface NewIo {
  input?: Readable;
  output?: Writable;
  /** Whether questions can be asked (defaults to stdin being a terminal). */
  interactive?: boolean;
}

export async function runNew(args: string[], io: NewIo = {}): Promise<number> {
  const flags = parseFlags(args, { root: { type: 'string' }, depuis: { type: 'string' }, ecraser: { type: 'boolean' } }, HELP);
  if (!flags) return 0;
  const output = io.output ?? process.stdout;
  const say = (text: string) => void output.write(`${text}\n`);
  const root = path.resolve(flags.root ?? '.');
  if (!existsSync(root)) throw new UsageError(`Le dossier « ${root} » n’existe pas (option --root).`);

  let draft: NoteDraft;
  const interactive = flags.depuis === undefined;
  if (!interactive) {
    const read = await readDraft(flags.depuis as string);
    draft = read.draft;
    // A pasted list split into items, Word's characters removed: said before the note is written.
    if (read.notices.length) say(read.notices.join('\n'));
  } else {
    if (!(io.interactive ?? process.stdin.isTTY === true)) {
      throw new UsageError(
        "livre-blanc new pose des questions et demande un terminal. Sans terminal, donnez un brouillon : livre-blanc new --depuis brouillon.json (voir docs/saisie.md).",
      );
    }
    say(
      "Nouvelle note d’atelier. Ctrl+C pour abandonner à tout moment : rien n’est écrit avant la fin.\n" +
        "Les éléments s’écrivent un par ligne ; « #thème » et « (3 votes) » peuvent suivre le texte.\n",
    );
    try {
      draft = await interview(inquirerPrompter(io));
    } catch (error) {
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
        say("\nSaisie abandonnée : rien n’a été écrit.");
        return 2;
      }
      throw error;
    }
  }

  const note = renderNote(draft);
  const target = path.join(root, ...note.path.split('/'));
  say(`\nLa note sera écrite dans : ${target}`);
  if (existsSync(target) && !flags.ecraser) {
    if (!interactive) throw new UsageError(`Rien n’a été écrit : ${note.path} existe déjà. Ajoutez --ecraser pour le remplacer.`);
    if (!(await inquirerPrompter(io).confirm({ message: 'Ce fichier existe déjà. Le remplacer ?', default: false }))) {
      say("Rien n’a été écrit : le fichier existe déjà.");
      return 2;
    }
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, note.content, 'utf8');
  say(`Note écrite : ${note.path}\n\nTir à blanc sur cette note :\n`);

  const { synthesis } = synthesize({
    notes: [{ file: note.path, content: note.content }],
    surveys: [],
    ...(await readSettingsFiles(root)),
  });
  const { own, elsewhere } = splitByNote(synthesis.diagnostics, note.path);
  const style = streamStyle(output as Writable & { isTTY?: boolean; columns?: number; hasColors?: () => boolean });
  output.write(checkReportText({ ...synthesis, diagnostics: own }, style, 'note'));
  if (elsewhere.length) say(elsewhereLine(elsewhere));
  return hasBlocking(own) ? 1 : 0;
}

/**
 * The dry run's diagnostics about this note — its own lines, and the referentials it is read against
 * (the themes its #tags name, the pseudonyms that mask its names) — apart from those about the rest of
 * the consultation (content/consultation.yml: the site's contact, its accessibility audit), which the
 * note can neither cause nor fix.
 */
export function splitByNote(diagnostics: readonly Diagnostic[], notePath: string): { own: Diagnostic[]; elsewhere: Diagnostic[] } {
  const own: Diagnostic[] = [];
  const elsewhere: Diagnostic[] = [];
  for (const d of diagnostics) (NOTE_FILES.has(d.file) || d.file === notePath ? own : elsewhere).push(d);
  return { own, elsewhere };
}

const NOTE_FILES = new Set([THEMES_FILE, PSEUDONYMS_FILE]);

/** « Et 1 avertissement ailleurs dans la consultation (content/consultation.yml) : … » — counted, not shown. */
export function elsewhereLine(elsewhere: readonly Diagnostic[]): string {
  const { blocking, warnings, infos } = countBySeverity(elsewhere);
  const counts = [
    blocking ? plural(blocking, 'erreur bloquante', 'erreurs bloquantes') : '',
    warnings ? plural(warnings, 'avertissement') : '',
    infos ? plural(infos, 'information') : '',
  ].filter(Boolean);
  const last = counts.pop() as string;
  const files = [...new Set(elsewhere.map((d) => d.file))].join(', ');
  return (
    `Et ${counts.length ? `${counts.join(', ')} et ${last}` : last} ailleurs dans la consultation (${files}), ` +
    'sans rapport avec cette note : « livre-blanc check » en donne le détail.'
  );
}

async function readDraft(file: string): Promise<{ draft: NoteDraft; notices: string[] }> {
  let json: string;
  try {
    json = await readFile(path.resolve(file), 'utf8');
  } catch {
    throw new UsageError(`Impossible de lire le brouillon « ${file} » (option --depuis).`);
  }
  const result = readDraftJson(json);
  if ('errors' in result) throw new UsageError(`Le brouillon « ${file} » n’est pas utilisable :\n  ${result.errors.join('\n  ')}`);
  return result;
}

/** French key help and yes/no words for the prompts (the library's defaults are English). */
const SELECT_THEME = { style: { keysHelpTip: () => '↑↓ pour choisir · Entrée pour valider' } };
const SEARCH_THEME = { style: { keysHelpTip: () => 'Tapez pour chercher · ↑↓ pour choisir · Entrée pour valider' } };
const CHECKBOX_THEME = {
  style: { keysHelpTip: () => '↑↓ pour se déplacer · Espace pour cocher · Entrée pour valider' },
  i18n: { disabledError: 'Ce choix est désactivé.' },
};
const CONFIRM_THEME = { keywords: { yes: 'Oui', no: 'Non', error: () => 'Répondez par « o » (oui) ou « n » (non).' } };

function inquirerPrompter(io: NewIo): Prompter {
  return {
    select: (q) => select({ ...q, pageSize: 10, theme: SELECT_THEME }, promptContext(io)),
    search: (q) =>
      search(
        {
          message: q.message,
          pageSize: 10,
          theme: SEARCH_THEME,
          source: (term) => {
            const { note, choices } = q.source(term ?? '');
            return note === null ? choices : [new Separator(note), ...choices];
          },
        },
        promptContext(io),
      ),
    checkbox: (q) => checkbox({ ...q, pageSize: 12, theme: CHECKBOX_THEME }, promptContext(io)),
    input: (q) => input(q.validate ? { ...q, validate: q.validate } : q, promptContext(io)),
    confirm: (q) => confirm({ ...q, theme: CONFIRM_THEME }, promptContext(io)),
  };
}
