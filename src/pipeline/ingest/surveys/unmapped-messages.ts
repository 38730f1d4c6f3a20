/**
 * The words of unmapped-columns.ts: a warning per column of free answers, one line for the columns
 * of repeated choices, an information per column of repeated labels. Both say how to publish a column: a sidecar that names text columns replaces
 * the text columns the headers gave (it must name them all), and nothing else.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { misspeltRole, misspeltRoleHint } from './header-typos.ts';

export interface UnreadColumn {
  /** The header as written, or null when the column has none. */
  header: string | null;
  column: number;
  answers: number;
}

export function unreadFreeText(unread: UnreadColumn, file: string, line: number): Diagnostic {
  const { header, column, answers } = unread;
  // Counted in the bilan (unread-answers.ts): the message says where to find them.
  const counted =
    answers === 1
      ? 'sa réponse n’est pas publiée ; elle est comptée parmi les écartés du bilan (« colonne non reconnue »)'
      : `ses ${answers} réponses ne sont pas publiées ; elles sont comptées parmi les écartés du bilan (« colonnes non reconnues »)`;
  return diagnostic({
    code: 'colonne-non-reconnue',
    severity: 'warning',
    message: `La colonne ${label(unread)} n’a pas un en-tête reconnu : ${counted}.`,
    hint: typoHint(unread, file) ?? `Pour publier ses réponses, ${header === null ? 'donnez-lui un en-tête, puis ' : ''}${howTo(file, header ?? '…')} Une information sur le répondant peut rester non lue.`,
    file,
    line,
    column: column + 1,
  });
}

export function unreadChoices(unread: readonly UnreadColumn[], file: string, line: number): Diagnostic {
  const list = unread.map((u) => `${label(u)} (${u.answers} réponse${u.answers > 1 ? 's' : ''})`).join(', ');
  const one = unread.length === 1;
  return diagnostic({
    code: 'colonnes-fermees-non-lues',
    severity: 'warning',
    message: one
      ? `La colonne ${list}, faite de quelques choix répétés (question fermée ou information sur le répondant), n’est ni lue ni publiée.`
      : `${unread.length} colonnes faites de quelques choix répétés (questions fermées ou informations sur le répondant) ne sont ni lues ni publiées : ${list}.`,
    hint: (one ? typoHint(unread[0] as UnreadColumn, file) : null) ?? `${typos(unread, file)}Rien à faire si ${one ? 'elle ne dit' : 'elles ne disent'} rien du SI. Pour publier ${one ? 'ses réponses' : 'les réponses de l’une d’elles'}, ${howTo(file, one ? (unread[0]?.header ?? '…') : '…')}`,
    file,
    line,
    column: (unread[0]?.column ?? 0) + 1,
  });
}

/**
 * A column of a few labels, each repeated (an export's category or theme): metadata, not answers; not
 * counted in the bilan. An information, naming its most used labels, for the editor to check.
 */
export function unreadLabels(unread: UnreadColumn, values: ReadonlyArray<{ text: string; count: number }>, file: string, line: number): Diagnostic {
  const shown = values.slice(0, 3).map(({ text, count }) => `« ${text} » ${count} fois`).join(', ');
  const more = values.length > 3 ? `, et ${values.length - 3} autre${values.length > 4 ? 's' : ''}` : '';
  const one = values.length === 1;
  return diagnostic({
    code: 'colonne-de-libelles-non-lue',
    severity: 'info',
    message:
      `La colonne ${label(unread)} ne contient ${one ? 'qu’un libellé, répété' : `que ${values.length} libellés, répétés`} sur ses ${unread.answers} lignes (${shown}${more}) : ` +
      'une catégorie ou un thème de l’export plutôt que des réponses ; elle n’est ni publiée ni comptée au bilan.',
    hint: typoHint(unread, file) ?? `Rien à faire si ce sont des informations de l’export. Si ce sont des réponses à publier, ${howTo(file, unread.header ?? '…')}`,
    file,
    line,
    column: unread.column + 1,
  });
}

/** The hint for a misspelt role header (« Régoin »), or null. */
function typoHint({ header }: UnreadColumn, file: string): string | null {
  const role = header === null ? null : misspeltRole(header);
  return role && header !== null ? misspeltRoleHint(header, role, sidecarOf(file)) : null;
}

/** The misspelt role headers among the columns, each with its hint, before the general one. */
function typos(unread: readonly UnreadColumn[], file: string): string {
  return unread.flatMap((u) => typoHint(u, file) ?? []).map((hint) => `${hint} `).join('');
}

function sidecarOf(file: string): string {
  return file.replace(/\.[^./]+$/, '') + '.yml';
}

function label({ header, column }: UnreadColumn): string {
  return header === null ? `${column + 1} (sans en-tête)` : `« ${header} »`;
}

function howTo(file: string, header: string): string {
  const sidecar = sidecarOf(file);
  return (
    `nommez-la dans ${sidecar} (à créer s’il n’existe pas), sous « colonnes », avec chaque autre colonne de texte à lire : ` +
    `textes: [{ colonne: "${header}", tag: auto }] (tag : working, broken, needs ou auto). La région, le profil et les ` +
    'échelles restent reconnus à l’en-tête.'
  );
}
