import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { strongIdeas } from '../../src/pipeline/analysis/ideas/index.ts';
import { item } from './fixtures.ts';

const file = path.resolve(import.meta.dirname, '../../..', 'shared/real-data/granddebat-services-publics/answers_sample.csv');

describe.skipIf(!existsSync(file))('strong ideas on real Grand Débat answers (absent: ../shared/real-data not mounted)', () => {
  // vitest runs a skipped describe's body while collecting: read nothing when the data is absent.
  const rows = existsSync(file) ? Papa.parse<{ comment: string }>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data : [];
  const regions = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93'];
  const items = rows.map((row, i) =>
    item({ id: `r${String(i).padStart(5, '0')}`, text: row.comment, region: regions[i % regions.length] as string, sessionId: `s${i % 40}` }),
  );
  const ideas = strongIdeas(items, undefined, 1_000);
  const texts = (text: string) => ideas.find((idea) => idea.members.some((m) => items.find((i) => i.id === m)?.text === text));
  const textsOf = (idea: ReturnType<typeof texts>) => idea?.members.map((m) => items.find((i) => i.id === m)?.text) ?? [];

  it('groups the same request written differently, by people nobody here knows', () => {
    expect(textsOf(texts('Les transports en commun'))).toEqual(expect.arrayContaining(['Transports en communs']));
    expect(textsOf(texts('Carte grise'))).toEqual(expect.arrayContaining(['carte de grise']));
    expect(textsOf(texts('Préserver des services de proximité'))).toEqual(expect.arrayContaining(['Rétablir des service de proximité']));
  });

  it('keeps unrelated answers apart and every idea across regions', () => {
    expect(texts('Carte grise')).not.toBe(texts('Les transports en commun'));
    expect(ideas.length).toBeGreaterThan(10);
    for (const idea of ideas) expect(idea.regions.length >= 2 || new Set(idea.members.map((m) => items.find((i) => i.id === m)?.sessionId)).size >= 2).toBe(true);
    const grouped = ideas.reduce((n, idea) => n + idea.members.length, 0);
    expect(grouped).toBeLessThan(items.length / 2); // near-duplicates only, not everything
  });
});
