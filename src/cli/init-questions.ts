/**
 * The questions of `livre-blanc init`, asked in a terminal (@inquirer/prompts, as `new` does) for what
 * the options did not give; without a terminal, the options or the defaults answer them.
 */
import type { Readable, Writable } from 'node:stream';
import { promptContext as context } from './prompt-context.ts';
import { confirm, input, select } from '@inquirer/prompts';
import { DEFAULT_TITLE } from './init-files.ts';

export type ThemeChoice = 'generic' | 'demo';

/** For each file to write, what the options already say (undefined: to ask); null when the file is there already. */
export interface InitQuestions {
  settings: { title?: string; description?: string; contact?: string } | null;
  themes: ThemeChoice | undefined | null;
  example: boolean | undefined | null;
}

export interface InitReplies {
  settings: { title: string; description: string; contact: string };
  themes: ThemeChoice;
  example: boolean;
}

interface PromptIo {
  input?: Readable;
  output?: Writable;
}

/** Answers every question: by prompts when `io` is given (a terminal), by defaults otherwise. */
export async function askInit(questions: InitQuestions, io: PromptIo | null): Promise<InitReplies> {
  const given = questions.settings ?? {};
  const ask = io !== null && questions.settings !== null;
  const title = given.title ?? (ask ? await input({ message: 'Titre du livre blanc', default: DEFAULT_TITLE }, context(io)) : DEFAULT_TITLE);
  const description =
    given.description ??
    (ask ? await input({ message: 'Description : ce que la consultation a demandé, en une ou deux phrases (vide pour plus tard)' }, context(io)) : '');
  const contact =
    given.contact ??
    (ask ? await input({ message: 'Courriel ou page où signaler un défaut d’accessibilité (vide pour plus tard)' }, context(io)) : '');
  const themes =
    questions.themes ??
    (io !== null && questions.themes === undefined
      ? await select<ThemeChoice>(
          {
            message: 'Thèmes de départ',
            choices: [
              { name: 'Une petite liste générique, à adapter', value: 'generic' },
              { name: 'Ceux de la démonstration (consultation des Missions Locales sur leur SI)', value: 'demo' },
            ],
            theme: SELECT_THEME,
          },
          context(io),
        )
      : 'generic');
  const example =
    questions.example ??
    (io !== null && questions.example === undefined
      ? await confirm(
          { message: 'Ajouter une note d’exemple, pour essayer check et build tout de suite (à supprimer ensuite) ?', default: true, theme: CONFIRM_THEME },
          context(io),
        )
      : questions.example !== null);
  return { settings: { title, description, contact }, themes, example };
}

/** French key help and yes/no words (the library's defaults are English). */
const SELECT_THEME = { style: { keysHelpTip: () => '↑↓ pour choisir · Entrée pour valider' } };
const CONFIRM_THEME = { keywords: { yes: 'Oui', no: 'Non', error: () => 'Répondez par « o » (oui) ou « n » (non).' } };

