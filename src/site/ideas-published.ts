/**
 * How the site names the list of strong ideas it publishes: the Synthesis keeps the strongest
 * (pipeline/analysis/ideas/cut.ts), and « 100 idées fortes » read as all there are when the rule
 * found 340. Said « les 100 plus partagées, sur 340 » wherever the count is shown.
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { formatInteger, plural } from './format.ts';

type IdeasSource = Pick<Synthesis, 'ideas' | 'ideasFound'>;

/** Whether some ideas the rule found are not published. */
export function ideasCut(synthesis: IdeasSource): boolean {
  return synthesis.ideasFound > synthesis.ideas.length;
}

/** « 100 idées fortes », or « les 100 idées fortes les plus partagées, sur 340 ». */
export function publishedIdeasPhrase(synthesis: IdeasSource): string {
  const published = synthesis.ideas.length;
  if (!ideasCut(synthesis)) return plural(published, 'idée forte', 'idées fortes');
  return `les ${formatInteger(published)} idées fortes les plus partagées, sur ${formatInteger(synthesis.ideasFound)}`;
}

/** The page's title: « Toutes les idées fortes », or « Les idées fortes les plus partagées » when some are left out. */
export function ideasPageTitle(synthesis: IdeasSource): string {
  return ideasCut(synthesis) ? 'Les idées fortes les plus partagées' : 'Toutes les idées fortes';
}
