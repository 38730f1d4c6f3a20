import { describe, expect, it } from 'vitest';
import { ideaSourcesPhrase, showsSupport, SUPPORT_NOTE, supportNote, supportPhrase } from '../../src/site/idea-sources.ts';
import { membersFrom, regionIdeas, regionIdeasUrl } from '../../src/site/region-ideas.ts';
import { sessionPlace } from '../../src/site/region-sessions.ts';
import { similarityConclusion } from '../../src/site/convergence-text.ts';
import type { StrongIdea } from '../../src/pipeline/synthesis-model.ts';
import type { Session } from '../../src/pipeline/model.ts';

const text = (value: string | null) => value?.replace(/[\u00a0\u202f]/g, ' ');

describe('where an idea was said', () => {
  it('counts contributions from workshops and questionnaires, and how many of each', () => {
    expect(text(ideaSourcesPhrase({ fromWorkshops: 3, fromSurveys: 37, workshops: 2, surveys: 1 }))).toBe('3 en atelier (2 ateliers), 37 en questionnaire (1 questionnaire)');
    expect(ideaSourcesPhrase({ fromWorkshops: 0, fromSurveys: 24, workshops: 0, surveys: 1 })).toBe('toutes d’un même questionnaire');
    expect(ideaSourcesPhrase({ fromWorkshops: 0, fromSurveys: 24, workshops: 0, surveys: 2 })).toBe('toutes en questionnaire (2 questionnaires)');
    expect(ideaSourcesPhrase({ fromWorkshops: 6, fromSurveys: 0, workshops: 5, surveys: 0 })).toBe('toutes en atelier (5 ateliers)');
  });

  it('says the support in « voix », only when it is not the number of contributions', () => {
    expect(supportPhrase(61)).toBe('61 voix, votes compris');
    expect(showsSupport({ weight: 61, members: Array(40).fill('x') })).toBe(true);
    expect(showsSupport({ weight: 2, members: ['a', 'b'] })).toBe(false);
  });
});

describe('a region’s ideas', () => {
  const idea = (id: string, regions: string[], members: string[]) => ({ id, regions, members, tag: 'needs', themes: [] }) as unknown as StrongIdea;
  const ideas = [idea('i1', ['11', '53'], ['a', 'b']), idea('i2', ['44', '84'], ['c', 'd']), idea('i3', ['53'], ['e', 'f'])];

  it('are those it contributes to, in the national order, each with its own contributions counted', () => {
    expect(regionIdeas(ideas, '53').map((each) => each.id)).toEqual(['i1', 'i3']);
    expect(regionIdeas(ideas, '44').map((each) => each.id)).toEqual(['i2']);
    const items = new Map([['a', { region: '11' }], ['b', { region: '53' }], ['e', { region: '53' }], ['f', { region: '53' }]]);
    expect(membersFrom(ideas[0] as StrongIdea, '53', items)).toBe(1);
    expect(membersFrom(ideas[2] as StrongIdea, '53', items)).toBe(2);
    expect(regionIdeasUrl({ name: 'Grand Est' })).toBe('/regions/grand-est/idees-fortes/');
  });

  it('a session’s place: the workshop’s from its title, else its departments, none for a national questionnaire', () => {
    const session = (init: Partial<Session>) => ({ kind: 'workshop', title: 'Atelier', departments: [], ...init }) as Session;
    const name = (code: string) => ({ '35': 'Ille-et-Vilaine', '29': 'Finistère' })[code] ?? code;
    expect(sessionPlace(session({ title: 'Atelier Bretagne — Rennes', departments: ['35'] }), name)).toBe('Rennes');
    expect(sessionPlace(session({ departments: ['35', '29'] }), name)).toBe('Ille-et-Vilaine, Finistère');
    expect(sessionPlace(session({ kind: 'survey', title: 'Questionnaire — national', departments: ['01', '02', '03', '04'] }), name)).toBe('');
  });

  it('the similarity’s plain conclusion, before its figures', () => {
    expect(similarityConclusion({ similarity: 0.94, beyondChance: false })).toMatch(/^Les besoins exprimés dans la région ressemblent à ceux de l’ensemble de la consultation/);
    expect(similarityConclusion({ similarity: 0.6, beyondChance: true })).toMatch(/s’écartent de ceux de l’ensemble de la consultation, plus que le hasard/);
    expect(similarityConclusion({ similarity: null, beyondChance: null })).toBeNull();
    expect(similarityConclusion(undefined)).toBeNull();
  });
});

describe('supportNote', () => {
  it('ranks by regions then support where regions are compared, by support alone in a one-region consultation', () => {
    expect(supportNote(true)).toBe(SUPPORT_NOTE);
    expect(supportNote(true)).toContain('classées par nombre de régions, puis par voix.');
    expect(supportNote(false)).toMatch(/Les idées sont classées par voix\.$/);
    expect(supportNote(false)).not.toContain('régions');
  });
});
