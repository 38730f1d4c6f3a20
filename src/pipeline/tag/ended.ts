/**
 * « La fin de la double saisie », « Priorité : la fin des ressaisies »: the end of a problem, asked for.
 * The problem word is a complaint on its own; after « la fin de » it names what the writer wants gone, a
 * need (the complaint then counts as one inside a proposal, meaning.ts). « la fin de » before anything
 * else (« la fin de l'accompagnement ») stays neutral. Not under « Ce qui fonctionne », nor after
 * « depuis », « grâce à », « avec » in its clause (« depuis la fin de la double saisie, … »): an end
 * that happened is told, not asked for.
 */
import { objectAfter } from './reduced.ts';
import type { Statement } from './statement.ts';
import { BOUNDARY } from './tokens.ts';

/** The evidence of a need that « la fin de » + a problem gives: a proposal on its own. */
export const END_WISH = 1;

const OF = new Set(['de', 'du', 'des']);
const SINCE = new Set(['depuis', 'grace', 'avec', 'apres']);

/** Whether « fin » at `fin` opens the end of a problem, asked for. */
export function wishesEnd(statement: Statement, fin: number): boolean {
  const { tokens } = statement;
  if (tokens[fin] !== 'fin' || !OF.has(tokens[fin + 1] ?? '') || statement.context === 'working') return false;
  for (let k = fin - 1; k >= 0 && tokens[k] !== BOUNDARY; k--) if (SINCE.has(tokens[k] as string)) return false;
  return objectAfter(statement, fin + 2) >= 0;
}
