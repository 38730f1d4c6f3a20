/** A region page says where its items come from: its own sessions, and national surveys answered from it. */
import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/site/site.ts';
import { regionSessions, regionSourcesSentence } from '../../src/site/region-sessions.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const site = createSite(fixtureSynthesis);

describe('regionSessions', () => {
  it('counts the national survey whose answers are the only items of a region', () => {
    const sources = regionSessions(site, '32');
    expect(sources.own).toEqual([]);
    expect(sources.others.map(({ session, items }) => [session.id, items])).toEqual([['enquete-conseillers', 3]]);
    expect(regionSourcesSentence(3, sources)).toBe(
      '3 éléments venant de cette région, issus de 1 enquête nationale qui y a des réponses (aucun atelier ni aucune enquête propre à la région).',
    );
  });

  it('tells a region’s own workshops from the national surveys answered from it', () => {
    const both = regionSessions(site, '11');
    expect(both.own.map((s) => s.id)).toEqual(['atelier-idf-paris']);
    expect(regionSourcesSentence(6, both)).toBe(
      '6 éléments venant de cette région, issus de 1 atelier ou enquête propre à la région et de 1 enquête nationale qui y a des réponses.',
    );
    expect(regionSourcesSentence(4, regionSessions(site, '75'))).toBe('4 éléments venant de cette région, issus de 1 atelier ou enquête propre à la région.');
  });
});
