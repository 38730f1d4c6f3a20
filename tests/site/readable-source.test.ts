/** A verbatim's source as a reader quotes it, and the citation « Copier la citation » copies. */
import { describe, expect, it } from 'vitest';
import { readableSource } from '../../src/site/item-place.ts';
import { citationText } from '../../src/site/citation.ts';

const regions: Record<string, string> = { '84': 'Auvergne-Rhône-Alpes' };
const regionName = (code: string) => regions[code];
const survey = { title: 'Questionnaire conseillers et équipes 2026', kind: 'survey' as const, date: null };
const workshop = { title: 'Atelier de Toulouse', kind: 'workshop' as const, date: '2026-11-18' };

describe('readableSource', () => {
  it('names a survey answer by its questionnaire, its number, who answered and from where, without the file', () => {
    const answer = { source: { file: 'data/enquetes/questionnaire-conseillers.csv', line: 99, row: 98, column: 4, field: 'Vos attentes' }, profile: 'partenaires', region: '84' };
    expect(readableSource(answer, survey, regionName)).toBe('Questionnaire conseillers et équipes 2026 · réponse n° 98 · Partenaires · Auvergne-Rhône-Alpes');
    // Neither profile nor region given: nothing said for them.
    expect(readableSource({ ...answer, profile: null, region: null }, survey, regionName)).toBe('Questionnaire conseillers et équipes 2026 · réponse n° 98');
  });

  it('names a note’s item by its workshop, its date and its line', () => {
    const note = { source: { file: 'content/ateliers/toulouse.md', line: 12, column: 0 }, profile: 'conseiller', region: '76' };
    expect(readableSource(note, workshop, regionName)).toBe('Atelier de Toulouse, 18 novembre 2026 · ligne 12');
    expect(readableSource(note, { ...workshop, date: null }, regionName)).toBe('Atelier de Toulouse · ligne 12');
  });

  it('falls back on the file when the session is unknown', () => {
    const note = { source: { file: 'content/ateliers/x.md', line: 3, column: 0 }, profile: null, region: null };
    expect(readableSource(note, undefined, regionName)).toBe('content/ateliers/x.md · ligne 3');
  });
});

describe('citationText', () => {
  it('quotes the text, then its source, the question of a survey answer, then the link', () => {
    expect(citationText(' Les délais ', 'Questionnaire jeunes 2026 · réponse n° 2', 'https://exemple.fr/sessions/s/#e-1', 'Ce qui vous gêne ?')).toBe(
      '“Les délais” — Questionnaire jeunes 2026 · réponse n° 2 (question : « Ce qui vous gêne ? »), https://exemple.fr/sessions/s/#e-1',
    );
    expect(citationText('Tout va bien', 'Atelier de Toulouse · ligne 12', '')).toBe('“Tout va bien” — Atelier de Toulouse · ligne 12');
  });

  it('puts each part on one line, whether read from a page’s markup or from the search index (no-break spaces kept)', () => {
    expect(citationText('Les délais\n  trop longs\t', 'Questionnaire jeunes 2026\n · réponse n°\u00a02', 'https://exemple.fr/#e-1', '\n Ce qui vous gêne\u00a0?\n')).toBe(
      '“Les délais trop longs” — Questionnaire jeunes 2026 · réponse n°\u00a02 (question : « Ce qui vous gêne\u00a0? »), https://exemple.fr/#e-1',
    );
    // A question of white space only is no question.
    expect(citationText('Non', 'Questionnaire jeunes 2026 · réponse n° 3', '', ' \n ')).toBe('“Non” — Questionnaire jeunes 2026 · réponse n° 3');
  });
});
