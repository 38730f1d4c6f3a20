/**
 * Where a strong idea was said, in words a reader checks the chapter's claim against (« écrites dans des
 * ateliers différents, sans concertation »): an idea of 40 contributions from 12 regions may come from a
 * single questionnaire, whose respondents answered the same questions one after the other. And what
 * its support (`weight`) counts, in plain words rather than « poids ».
 */
import type { StrongIdea } from '../pipeline/synthesis-model.ts';
import { formatInteger, plural } from './format.ts';

type Sources = Pick<StrongIdea, 'fromWorkshops' | 'fromSurveys' | 'workshops' | 'surveys'>;

/**
 * `3 en atelier (2 ateliers), 37 en questionnaire (1 questionnaire)`; when all come from one kind,
 * `toutes en atelier (5 ateliers)` or `toutes d’un même questionnaire`.
 */
export function ideaSourcesPhrase(idea: Sources): string {
  const { fromWorkshops, fromSurveys, workshops, surveys } = idea;
  if (fromWorkshops > 0 && fromSurveys > 0) {
    return `${formatInteger(fromWorkshops)} en atelier (${plural(workshops, 'atelier')}), ${formatInteger(fromSurveys)} en questionnaire (${plural(surveys, 'questionnaire')})`;
  }
  const [sessions, kind] = fromSurveys > 0 ? [surveys, 'questionnaire'] : [workshops, 'atelier'];
  // An idea has two members at least: « toutes ».
  if (sessions === 1) return `toutes d’un même ${kind}`;
  return `toutes en ${kind} (${plural(sessions, kind)})`;
}

/** `61 voix, votes compris`: shown when the support differs from the number of contributions. */
export function supportPhrase(weight: number): string {
  return `${formatInteger(weight)} voix, votes compris`; // « voix » is invariable
}

/** Said once under a list where `supportPhrase` appears: what a « voix » counts. */
export const SUPPORT_NOTE =
  'Voix : chaque contribution compte pour une voix ; une contribution votée (gommettes en atelier, colonne de votes d’une enquête) compte pour ses votes. Les idées sont classées par nombre de régions, puis par voix.';

/** `SUPPORT_NOTE`, or without its regions where the consultation compares none (one region: every idea has it). */
export function supportNote(comparesRegions: boolean): string {
  return comparesRegions ? SUPPORT_NOTE : SUPPORT_NOTE.replace('par nombre de régions, puis par voix', 'par voix');
}

/** Whether an idea's support is worth saying: it is not simply its number of contributions. */
export function showsSupport(idea: Pick<StrongIdea, 'weight' | 'members'>): boolean {
  return idea.weight !== idea.members.length;
}
