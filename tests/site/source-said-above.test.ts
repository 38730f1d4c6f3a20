import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/pipeline/model.ts';
import { readableSource, sourceSaidAbove, splitSource } from '../../src/site/item-place.ts';

type Named = Pick<Session, 'title' | 'kind' | 'date'>;

const regionName = (code: string) => ({ '84': 'Auvergne-Rhône-Alpes' } as Record<string, string>)[code];
const survey: Named = { title: 'Questionnaire conseillers et équipes 2026', kind: 'survey', date: null };
const workshop: Named = { title: 'Atelier de Toulouse', kind: 'workshop', date: '2026-11-18' };
const answer = { source: { file: 'data/enquetes/q.csv', line: 99, row: 98, column: 2 }, profile: 'partenaire', region: '84' };
const note = { source: { file: 'content/ateliers/x.md', line: 12, column: 0 }, profile: null, region: '84' };

/** The line split as a theme or region page shows it (VerbatimItem.astro with its context). */
function shown(item: typeof answer | typeof note, session: Named): ReturnType<typeof splitSource> {
  const { head, tail } = sourceSaidAbove(item, session, regionName);
  return splitSource(readableSource(item, session, regionName), head, tail);
}

describe('sourceSaidAbove and splitSource', () => {
  it('set apart a survey answer’s session and region, which its details line links, the line whole once joined', () => {
    const line = shown(answer, survey);
    expect(line).toEqual({ head: 'Questionnaire conseillers et équipes 2026 · ', shown: 'réponse n° 98 · Partenaires', tail: ' · Auvergne-Rhône-Alpes' });
    expect(line.head + line.shown + line.tail).toBe(readableSource(answer, survey, regionName));
  });

  it('set apart a note’s workshop title, its date still shown; its region is not in its source line', () => {
    expect(shown(note, workshop)).toEqual({ head: 'Atelier de Toulouse, ', shown: '18 novembre 2026 · ligne 12', tail: '' });
    expect(shown(note, { ...workshop, date: null })).toEqual({ head: 'Atelier de Toulouse · ', shown: 'ligne 12', tail: '' });
  });

  it('leave an unknown region, or an item without session, whole', () => {
    expect(shown({ ...answer, region: '99' }, survey).tail).toBe('');
    expect(sourceSaidAbove(note, undefined, regionName)).toEqual({ head: '', tail: '' });
  });

  it('never set apart what the line does not start or end with, nor the whole line', () => {
    expect(splitSource('a · b', 'x · ', ' · y')).toEqual({ head: '', shown: 'a · b', tail: '' });
    expect(splitSource('a · b', 'a · b', '')).toEqual({ head: '', shown: 'a · b', tail: '' });
    expect(splitSource('a · b', 'a · ', ' · b')).toEqual({ head: 'a · ', shown: 'b', tail: '' });
  });
});
