/**
 * Small groups: what a workshop of one or two says, beside « Mission Locale du Pays de Brest », its
 * date and place, points at its authors as surely as their names would; so does a survey answer whose
 * region and profile only one or two respondents share. `check` warns of both, so that the ambassador
 * merges or leaves out. A workshop's breakdown by profile is published as written (DESIGN.md's own
 * example counts « direction: 2, accueil: 1 »): it says who attended, and none of the workshop's
 * statements is tied to a profile of several.
 */
import type { Diagnostic, FeedbackItem, Session } from '../model.ts';
import { diagnostic } from '../diagnostics.ts';

/** The smallest group published as such (the usual threshold of statistical secrecy is 3). */
export const MIN_GROUP = 3;

/** A count that could point at one or two people (0 is nobody: nothing to hide). */
export function isSmallGroup(count: number): boolean {
  return count > 0 && count < MIN_GROUP;
}

const SHOWN_GROUPS = 5;

/**
 * What singles a person out is how few share the profile in the region, not how few answered: the
 * young people a Mission Locale follows number thousands in every region, so the only « jeune »
 * answering from Martinique points at nobody, while the only « direction » from Corse does.
 */
const POPULOUS_PROFILES: ReadonlySet<string> = new Set(['jeune']);

/**
 * A survey's answers carry their respondent's region and profile: the only « Direction » answering
 * from Corse is known to all who know the network. One warning per survey, naming its first groups
 * of 1 or 2 respondents (region and profile both given), at the first answer of the first one.
 */
export function surveySmallGroupDiagnostics(sessions: readonly Session[], items: readonly FeedbackItem[], regionName: (code: string) => string): Diagnostic[] {
  const surveys = new Map(sessions.filter((s) => s.kind === 'survey').map((s) => [s.id, s]));
  if (surveys.size === 0) return [];
  // Survey → « region\u0000profile » → respondents (data rows) and the first answer's line.
  const groups = new Map<string, Map<string, { rows: Set<number>; line: number }>>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as FeedbackItem;
    if (item.region === null || item.profile === null || item.profile === 'autre' || POPULOUS_PROFILES.has(item.profile) || item.source.row === undefined) continue;
    if (!surveys.has(item.sessionId)) continue;
    let bySurvey = groups.get(item.sessionId);
    if (bySurvey === undefined) groups.set(item.sessionId, (bySurvey = new Map()));
    const key = `${item.region}\u0000${item.profile}`;
    let group = bySurvey.get(key);
    if (group === undefined) bySurvey.set(key, (group = { rows: new Set(), line: item.source.line }));
    if (group.rows.size < MIN_GROUP) group.rows.add(item.source.row);
    if (item.source.line < group.line) group.line = item.source.line;
  }
  const diagnostics: Diagnostic[] = [];
  for (const [sessionId, bySurvey] of groups) {
    const small = [...bySurvey]
      .filter(([, group]) => isSmallGroup(group.rows.size))
      .map(([key, group]) => {
        const [region = '', profile = ''] = key.split('\u0000');
        return { label: `« ${profile} » en ${regionName(region)} (${group.rows.size})`, line: group.line };
      })
      .sort((a, b) => a.line - b.line);
    const first = small[0];
    if (first === undefined) continue;
    const shown = small.slice(0, SHOWN_GROUPS).map((g) => g.label).join(', ');
    const more = small.length > SHOWN_GROUPS ? ` et ${small.length - SHOWN_GROUPS} autre${small.length - SHOWN_GROUPS > 1 ? 's' : ''}` : '';
    diagnostics.push(
      diagnostic({
        code: 'petit-groupe',
        severity: 'warning',
        message: `${small.length === 1 ? 'Un groupe compte' : `${small.length} groupes comptent`} moins de ${MIN_GROUP} répondants d’un même profil dans une même région : ${shown}${more}. Publiées avec ce profil et cette région, leurs réponses peuvent désigner leurs auteurs.`,
        hint: 'Regroupez ces profils dans un profil plus large (ou « autre ») dans la correspondance de l’enquête, ou laissez leur profil vide : le livre blanc ne doit citer personne.',
        file: (surveys.get(sessionId) as Session).file,
        line: first.line,
        column: 1,
      }),
    );
  }
  return diagnostics;
}
