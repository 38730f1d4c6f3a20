/** A workshop date still to come is a mistyped year, most of the time: the form warns of it. */
import { describe, expect, it } from 'vitest';
import { futureDateDiagnostic, localToday } from '../../src/entry/future-date.ts';
import { createDraftChecker } from '../../src/entry/check-draft.ts';
import { formProblems } from '../../src/entry/form-problems.ts';
import { THEMES_FILE, sampleDraft } from './helpers.ts';

describe('date à venir', () => {
  it('warns of a date after today, in any format the form reads, and of no other', () => {
    const file = 'content/ateliers/x.md';
    expect(futureDateDiagnostic('12/09/2062', '2026-12-07', file)?.message).toBe('La date de l’atelier, 2062-09-12, est à venir.');
    expect(futureDateDiagnostic('2027-09-12', '2026-12-07', file)?.severity).toBe('warning');
    expect(futureDateDiagnostic('8 décembre 2026', '2026-12-07', file)?.code).toBe('date-a-venir');
    expect(futureDateDiagnostic('07/12/2026', '2026-12-07', file)).toBeNull();
    expect(futureDateDiagnostic('12/09/2026', '2026-12-07', file)).toBeNull();
    expect(futureDateDiagnostic('30/02/2062', '2026-12-07', file)).toBeNull(); // impossible: date-invalide says it
    expect(futureDateDiagnostic('', '2026-12-07', file)).toBeNull();
  });

  it('takes today in the local calendar', () => {
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(localToday(new Date(2027, 0, 1, 0, 30))).toBe('2027-01-01');
  });

  it('is shown next to the date field, in the form’s words', () => {
    const check = createDraftChecker(THEMES_FILE)({ ...sampleDraft(), date: '12/09/2027' });
    const problems = formProblems({ draft: { ...sampleDraft(), date: '12/09/2027' }, note: { path: check.note.path, origins: [] }, diagnostics: [], items: [], today: '2026-12-07' });
    const date = problems.find((problem) => problem.code === 'date-a-venir');
    expect(date).toMatchObject({ field: 'date', severity: 'warning', invalid: false });
    expect(date?.message).toMatch(/^La date de l’atelier, 2027-09-12, est à venir\s: vérifiez l’année\.$/u);
    expect(formProblems({ draft: { ...sampleDraft(), date: '12/09/2027' }, note: { path: check.note.path, origins: [] }, diagnostics: [], items: [], today: '2027-09-12' }).map((p) => p.code)).not.toContain('date-a-venir');
  });
});
