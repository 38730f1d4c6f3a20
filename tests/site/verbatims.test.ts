import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import { compareVerbatims, selectVerbatims, sessionsOfSelection } from '../../src/site/verbatims.ts';
import { summariseDiagnostics, summariseTagging } from '../../src/site/quality.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const base = fixtureSynthesis.items[0] as FeedbackItem;

describe('selectVerbatims', () => {
  it('announces every matching item and prints the most supported first', () => {
    const { total, shown } = selectVerbatims(fixtureSynthesis.items, { tag: 'broken' }, 2);
    expect(total).toBe(5);
    expect(shown.map((i) => i.id)).toEqual(['a02', 'a03']);
  });

  it('picks exactly the first n of the full sort, whatever the input order', () => {
    const item = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      weight: fc.integer({ min: 1, max: 5 }),
      explicit: fc.boolean(),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 200 }), fc.integer({ min: 0, max: 30 }), (rows, n) => {
        const items: FeedbackItem[] = rows.map((r) => ({ ...base, id: r.id, weight: r.weight, tagSource: r.explicit ? 'explicit' : 'inferred', confidence: r.confidence }));
        const expected = [...items].sort(compareVerbatims).slice(0, n).map((i) => i.id);
        expect(selectVerbatims(items, {}, n).shown.map((i) => i.id)).toEqual(expected);
      }),
    );
  });
});

describe('sessionsOfSelection', () => {
  it('names every session of the selection once, most items first, and its counts add up to the total', () => {
    const sessionById = new Map(fixtureSynthesis.sessions.map((s) => [s.id, s]));
    for (const filter of [{}, { tag: 'broken' }, { tag: 'needs' }] as const) {
      const sessions = sessionsOfSelection(fixtureSynthesis.items, sessionById, filter);
      const { total } = selectVerbatims(fixtureSynthesis.items, filter, 0);
      expect(sessions.reduce((sum, s) => sum + s.items, 0)).toBe(total);
      expect(new Set(sessions.map((s) => s.session.id)).size).toBe(sessions.length);
      const counts = sessions.map((s) => s.items);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    expect(sessionsOfSelection(fixtureSynthesis.items, sessionById, { tag: 'broken' }).length).toBeGreaterThan(0);
  });
});

describe('data quality figures', () => {
  it('groups diagnostics by severity and code, blocking first', () => {
    const summary = summariseDiagnostics([
      ...fixtureSynthesis.diagnostics,
      { code: 'region-inconnue', severity: 'blocking', message: 'Région inconnue.', file: 'a.md', line: 2, column: 1 },
      { code: 'donnee-personnelle', severity: 'warning', message: 'Courriel masqué.', file: 'b.md', line: 3, column: 1 },
    ]);
    expect(summary.map((s) => [s.severity, s.code, s.count, s.files])).toEqual([
      ['blocking', 'region-inconnue', 1, 1],
      ['warning', 'donnee-personnelle', 2, 2],
      ['warning', 'element-vide', 1, 1],
    ]);
  });

  it('lists infos after the warnings, however many, and never under a warning', () => {
    const info = { code: 'tableau-lu', severity: 'info', message: 'Le tableau est lu ligne par ligne.', file: 'c.md', line: 3, column: 1 } as const;
    const summary = summariseDiagnostics([...fixtureSynthesis.diagnostics, info, { ...info, file: 'd.md' }, { ...info, line: 8 }]);
    expect(summary.map((s) => [s.severity, s.code, s.count, s.files])).toEqual([
      ['warning', 'donnee-personnelle', 1, 1],
      ['warning', 'element-vide', 1, 1],
      ['info', 'tableau-lu', 3, 2],
    ]);
  });

  it('counts how tags were decided', () => {
    expect(summariseTagging(fixtureSynthesis.items)).toEqual({ explicit: 9, inferred: 5, meanInferredConfidence: 0.8, lowConfidence: 0 });
  });
});
