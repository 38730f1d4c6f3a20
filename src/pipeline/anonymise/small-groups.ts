/**
 * Small groups: what a workshop of one or two says, beside « Mission Locale du Pays de Brest », its
 * date and place, points at its authors as surely as their names would; so does a survey answer whose
 * region and profile only one or two respondents share. `check` warns of a small workshop, so that
 * the ambassador merges or leaves out; a survey's small groups are published without their profile
 * (statistical secrecy is the publisher's duty, not a choice left to a warning), and `check` says so.
 * A workshop's breakdown by profile is published as written (DESIGN.md's own example counts
 * « direction: 2, accueil: 1 »): it says who attended, and none of the workshop's statements is tied
 * to a profile of several.
 */
import { WITHHELD_PROFILE, type Diagnostic, type FeedbackItem, type Session } from '../model.ts';
import { diagnostic } from '../diagnostics.ts';
import { plural } from '../text/plural.ts';

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

/** A profile whose answers can be grouped by region and withheld (not « jeune », « autre », none or already withheld). */
function revealing(profile: string | null): profile is string {
  return profile !== null && profile !== 'autre' && profile !== WITHHELD_PROFILE && !POPULOUS_PROFILES.has(profile);
}

export interface Withheld {
  sessions: Session[];
  items: FeedbackItem[];
  /** One `petit-groupe` warning per survey that had answers withheld. */
  diagnostics: Diagnostic[];
}

interface Group {
  rows: Set<number>;
  /** The first answer's line: where the ambassador finds the group. */
  line: number;
}

/**
 * A survey's answers carry their respondent's region and profile: the only « Direction » answering
 * from Corse is known to all who know the network. Before anything is counted, the answers of each
 * group of 1 or 2 respondents (same survey, region and profile) lose their profile for
 * `WITHHELD_PROFILE`, and so do those respondents in the survey's breakdown by profile: every count,
 * chart, facet, search entry and export, all fed by these items, then agree, and none holds the
 * original profile. The group « withheld × region » may itself be small: it names no profile.
 * The warning locates the groups by line, never by profile and region: diagnostics are published
 * too (/methodologie/, the exports).
 */
export function withholdSmallGroups(sessions: readonly Session[], items: readonly FeedbackItem[]): Withheld {
  const surveys = new Map(sessions.filter((s) => s.kind === 'survey').map((s) => [s.id, s]));
  const groups = surveys.size === 0 ? new Map<string, Map<string, Group>>() : surveyGroups(surveys, items);
  // Survey → its small groups' keys (« region\u0000profile »).
  const small = new Map<string, Map<string, Group>>();
  for (const [sessionId, bySurvey] of groups) {
    const found = new Map([...bySurvey].filter(([, group]) => isSmallGroup(group.rows.size)));
    if (found.size > 0) small.set(sessionId, found);
  }
  if (small.size === 0) return { sessions: [...sessions], items: [...items], diagnostics: [] };

  const answers = new Map<string, number>();
  const coarsened = items.map((item) => {
    const key = item.region === null || !revealing(item.profile) ? undefined : `${item.region}\u0000${item.profile}`;
    if (key === undefined || small.get(item.sessionId)?.has(key) !== true) return item;
    answers.set(item.sessionId, (answers.get(item.sessionId) ?? 0) + 1);
    return { ...item, profile: WITHHELD_PROFILE };
  });
  const published = sessions.map((session) => {
    const found = small.get(session.id);
    return found === undefined ? session : { ...session, profiles: withheldProfiles(session, found) };
  });
  const diagnostics = [...small].map(([sessionId, found]) =>
    warning(surveys.get(sessionId) as Session, [...found.values()], answers.get(sessionId) ?? 0),
  );
  return { sessions: published, items: coarsened, diagnostics };
}

/** Survey → « region\u0000profile » → its respondents (data rows, counted up to the threshold) and first line. */
function surveyGroups(surveys: ReadonlyMap<string, Session>, items: readonly FeedbackItem[]): Map<string, Map<string, Group>> {
  const groups = new Map<string, Map<string, Group>>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as FeedbackItem;
    if (item.region === null || !revealing(item.profile) || item.source.row === undefined) continue;
    if (!surveys.has(item.sessionId)) continue;
    let bySurvey = groups.get(item.sessionId);
    if (bySurvey === undefined) groups.set(item.sessionId, (bySurvey = new Map()));
    const key = `${item.region}\u0000${item.profile}`;
    let group = bySurvey.get(key);
    if (group === undefined) bySurvey.set(key, (group = { rows: new Set(), line: item.source.line }));
    if (group.rows.size < MIN_GROUP) group.rows.add(item.source.row);
    if (item.source.line < group.line) group.line = item.source.line;
  }
  return groups;
}

/**
 * The survey's respondents by profile, those of its small groups counted as withheld. A survey of
 * one region (`region_fixe`) is a breakdown by region and profile: a profile left with 1 or 2
 * respondents there (whose answers were all set aside) is withheld too.
 */
function withheldProfiles(session: Session, small: ReadonlyMap<string, Group>): Record<string, number> {
  const profiles: Record<string, number> = { ...session.profiles };
  const move = (profile: string, count: number): void => {
    const left = (profiles[profile] ?? 0) - count;
    if (left > 0) profiles[profile] = left;
    else delete profiles[profile];
    profiles[WITHHELD_PROFILE] = (profiles[WITHHELD_PROFILE] ?? 0) + count;
  };
  for (const [key, group] of small) move(key.split('\u0000')[1] ?? '', group.rows.size);
  if (session.region !== null) {
    for (const [profile, count] of Object.entries(profiles)) if (revealing(profile) && isSmallGroup(count)) move(profile, count);
  }
  return profiles;
}

function warning(survey: Session, groups: readonly Group[], answers: number): Diagnostic {
  const lines = groups.map((g) => g.line).sort((a, b) => a - b);
  const shown = lines.slice(0, SHOWN_GROUPS).join(', ');
  const rest = lines.length - SHOWN_GROUPS;
  const more = rest > 0 ? ` et ${rest} autre${rest > 1 ? 's' : ''}` : '';
  const where = lines.length === 1 ? `sa première réponse ligne ${shown}` : `premières réponses lignes ${shown}${more}`;
  const respondents = groups.reduce((sum, g) => sum + g.rows.size, 0);
  return diagnostic({
    code: 'petit-groupe',
    severity: 'warning',
    message: `${lines.length === 1 ? 'Un groupe compte' : `${lines.length} groupes comptent`} moins de ${MIN_GROUP} répondants d’un même profil dans une même région (${where}) : ${answers === 1 ? 'sa réponse est publiée sans son profil' : `leurs ${plural(answers, 'réponse')} (${plural(respondents, 'répondant')}) sont publiées sans leur profil`}, comme « profil non publié », car ce profil et cette région désigneraient leurs auteurs.`,
    hint: `Rien à faire si cela vous convient. Pour garder un profil, il faut au moins ${MIN_GROUP} répondants de ce profil dans la région : regroupez dans la colonne de profil de l’enquête les profils trop rares sous un profil plus large que d’autres répondants de la région partagent.`,
    file: survey.file,
    line: lines[0] ?? 1,
    column: 1,
  });
}
