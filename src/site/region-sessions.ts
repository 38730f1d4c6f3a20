/**
 * Where a region's items come from: the workshops and surveys held in the region, and the sessions
 * held elsewhere (national surveys, mostly) whose answers are located in it. A region with only
 * survey answers has no session of its own, yet its items do come from sessions.
 */
import { countBy, filterItems } from '../pipeline/analysis/count-by.ts';
import type { Session } from '../pipeline/model.ts';
import { plural } from './format.ts';
import type { SessionKinds } from './session-kinds.ts';
import type { Site } from './site.ts';

export interface RegionSessions {
  /** Sessions held in the region (its `region`), in the consultation's order. */
  own: Session[];
  /** Sessions held elsewhere or nationally that have items of the region, with their number of items. */
  others: Array<{ session: Session; items: number }>;
}

export function regionSessions(site: Site, region: string): RegionSessions {
  const own = site.sessions.filter((s) => s.region === region);
  const others = countBy(filterItems(site.synthesis.items, { region }), ['session'])
    .map((row) => ({ session: site.sessionById.get(row.keys[0] ?? ''), items: row.items }))
    .filter((row): row is { session: Session; items: number } => row.session !== undefined && row.session.region !== region);
  return { own, others };
}

/** `N sessions d'ailleurs`: national surveys when they all are, as in the demo. */
function othersLabel(others: RegionSessions['others']): string {
  const surveys = others.every(({ session }) => session.kind === 'survey' && session.region === null);
  return surveys ? plural(others.length, 'enquête nationale', 'enquêtes nationales') : plural(others.length, 'autre session', 'autres sessions');
}

/** The region page's opening: how many items, from which sessions (every one counted, none claimed); `kinds`, the consultation's. */
export function regionSourcesSentence(items: number, { own, others }: RegionSessions, kinds?: SessionKinds): string {
  // A region has a page when a session was held there, even if everything it noted was set aside.
  if (items === 0) {
    const held = own.length === 1 ? "la session qui s’y est tenue" : `les ${own.length} sessions qui s’y sont tenues`;
    return `Aucun élément publié ne vient de cette région : tout ce qu’a noté ${held} a été écarté. Elle ne compte donc pas parmi les régions représentées.`;
  }
  const start = `${plural(items, 'élément')} venant de cette région`;
  // Named by the kinds the consultation has (`kinds`): « 5 enquêtes » where there is no workshop.
  const [one, many] =
    kinds?.workshops === 0 ? ['enquête', 'enquêtes'] : kinds?.surveys === 0 ? ['atelier', 'ateliers'] : ['atelier ou enquête', 'ateliers ou enquêtes'];
  const ownText = plural(own.length, `${one} propre à la région`, `${many} propres à la région`);
  const othersText = `${othersLabel(others)} qui y ${others.length > 1 ? 'ont' : 'a'} des réponses`;
  if (others.length === 0) return `${start}, issus de ${ownText}.`;
  if (own.length === 0) return `${start}, issus de ${othersText} (aucun atelier ni aucune enquête propre à la région).`;
  return `${start}, issus de ${ownText} et de ${othersText}.`;
}

/**
 * Where a session was held, for the region page's table: a workshop's place from its title written as
 * `check` asks (« Atelier <région> — <lieu> », as the exports' « Sessions » sheet reads it), else its
 * departments (a survey's when it has three at most). Empty when nothing says it.
 */
export function sessionPlace(session: Session, departmentName: (code: string) => string): string {
  const dash = session.title.lastIndexOf(' — ');
  if (session.kind === 'workshop' && dash >= 0) return session.title.slice(dash + 3).trim();
  // A national questionnaire lists every department its respondents gave: no place.
  if (session.kind === 'survey' && session.departments.length > 3) return '';
  return session.departments.map(departmentName).join(', ');
}
