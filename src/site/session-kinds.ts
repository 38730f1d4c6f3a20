/**
 * How the pages name the consultation's sessions, from the kinds it has: the demo's « Ateliers et
 * enquêtes », a survey-only consultation's « Enquêtes » (no « Ateliers (0) » menu, no « saisir une
 * note d’atelier »), a workshop-only one's « Ateliers ».
 */
import type { Session } from '../pipeline/model.ts';

export interface SessionKinds {
  workshops: number;
  surveys: number;
}

export function sessionKinds(sessions: readonly Pick<Session, 'kind'>[]): SessionKinds {
  const workshops = sessions.filter((s) => s.kind === 'workshop').length;
  return { workshops, surveys: sessions.length - workshops };
}

/** The sessions page's title and breadcrumb: « Ateliers et enquêtes », « Enquêtes » or « Ateliers ». */
export function sessionsTitle({ workshops, surveys }: SessionKinds): string {
  if (workshops === 0 && surveys > 0) return 'Enquêtes';
  if (surveys === 0 && workshops > 0) return 'Ateliers';
  return 'Ateliers et enquêtes';
}

/** The menu's entry for the sessions page: « Ateliers » as it has always been, « Enquêtes » without any workshop. */
export function sessionsMenuLabel(kinds: SessionKinds): string {
  return kinds.workshops === 0 && kinds.surveys > 0 ? 'Enquêtes' : 'Ateliers';
}

/** What the items are read from: « des notes d’atelier et des réponses aux enquêtes », or one kind alone. */
export function sourcesPhrase({ workshops, surveys }: SessionKinds): string {
  if (workshops === 0 && surveys > 0) return 'des réponses aux enquêtes';
  if (surveys === 0 && workshops > 0) return 'des notes d’atelier';
  return 'des notes d’atelier et des réponses aux enquêtes';
}

/** The same, as a noun phrase: « notes d’atelier et réponses aux enquêtes ». */
export function sourcesNoun(kinds: SessionKinds): string {
  return sourcesPhrase(kinds).replace(/^des /, '').replace(' et des ', ' et ');
}

/** Where an item leads, after `to` (« à »): « à son atelier ou à son enquête », or the one kind there is. */
export function itemSession({ workshops, surveys }: SessionKinds, to = ''): string {
  if (workshops === 0 && surveys > 0) return `${to}son enquête`;
  if (surveys === 0 && workshops > 0) return `${to}son atelier`;
  return `${to}son atelier ou ${to}son enquête`;
}
