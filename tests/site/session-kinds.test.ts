/** How the pages name the sessions of a consultation, from the kinds it has. */
import { describe, expect, it } from 'vitest';
import { itemSession, sessionKinds, sessionsMenuLabel, sessionsTitle, sourcesNoun, sourcesPhrase } from '../../src/site/session-kinds.ts';
import { navEntries } from '../../src/site/nav.ts';

const survey = { kind: 'survey' as const };
const workshop = { kind: 'workshop' as const };

describe('session kinds', () => {
  it('keeps « Ateliers et enquêtes » and the « Ateliers » menu where there are both (the demo)', () => {
    const kinds = sessionKinds([workshop, survey, workshop]);
    expect(kinds).toEqual({ workshops: 2, surveys: 1 });
    expect(sessionsTitle(kinds)).toBe('Ateliers et enquêtes');
    expect(sessionsMenuLabel(kinds)).toBe('Ateliers');
    expect(sourcesPhrase(kinds)).toBe('des notes d’atelier et des réponses aux enquêtes');
    expect(sourcesNoun(kinds)).toBe('notes d’atelier et réponses aux enquêtes');
    expect(itemSession(kinds, 'à ')).toBe('à son atelier ou à son enquête');
  });

  it('says « Enquêtes » without any workshop, and « Ateliers » without any survey', () => {
    const surveys = sessionKinds([survey, survey]);
    expect(sessionsTitle(surveys)).toBe('Enquêtes');
    expect(navEntries(surveys).map((entry) => entry.label)).toContain('Enquêtes');
    expect(navEntries(surveys).map((entry) => entry.label)).not.toContain('Ateliers');
    expect(sourcesPhrase(surveys)).toBe('des réponses aux enquêtes');
    expect(sourcesNoun(surveys)).toBe('réponses aux enquêtes');
    expect(itemSession(surveys)).toBe('son enquête');
    const workshops = sessionKinds([workshop]);
    expect(sessionsTitle(workshops)).toBe('Ateliers');
    expect(sourcesPhrase(workshops)).toBe('des notes d’atelier');
    expect(navEntries(workshops).find((entry) => entry.key === 'ateliers')?.label).toBe('Ateliers');
  });
});
