import { describe, expect, it } from 'vitest';
import { auditIsValid, auditStanding, conformity, type AccessibilityAudit } from '../../src/pipeline/accessibility-audit.ts';
import { readSettings } from '../../src/pipeline/settings.ts';
import { accessibilityStatus, buildDay } from '../../src/site/accessibility-status.ts';

const file = (content: string) => ({ file: 'content/consultation.yml', content });
const audit = (rate: number, date = '2026-10-01'): AccessibilityAudit => ({ date, rate, auditor: 'Équipe', rgaaVersion: '4.1.2' });
const TODAY = '2026-12-07';

describe('accessibility audit (RGAA conformity states)', () => {
  it('is « non conforme » without an audit, whatever else the site does', () => {
    expect(conformity(null, TODAY)).toBe('non');
    expect(accessibilityStatus({ accessibilityAudit: null }, TODAY)).toEqual({ state: 'non', label: 'non conforme', day: TODAY, audit: 'absent' });
  });

  it('takes its state from a valid audit: 100 % totale, at least 50 % partielle, less non', () => {
    expect(conformity(audit(100), TODAY)).toBe('totale');
    expect(conformity(audit(99.5), TODAY)).toBe('partielle');
    expect(conformity(audit(50), TODAY)).toBe('partielle');
    expect(conformity(audit(49.9), TODAY)).toBe('non');
    expect(accessibilityStatus({ accessibilityAudit: audit(78) }, TODAY).label).toBe('partiellement conforme');
  });

  it('is dated from the build, or from SOURCE_DATE_EPOCH for a reproducible rebuild', () => {
    const now = new Date('2026-12-07T23:30:00Z');
    expect(buildDay(now, undefined)).toBe('2026-12-07');
    expect(buildDay(now, '1767225600')).toBe('2026-01-01');
    expect(buildDay(now, 'hier')).toBe('2026-12-07');
  });

  it('holds an audit for three years from its day, and not before it', () => {
    expect(auditIsValid(audit(80, '2023-12-08'), TODAY)).toBe(true);
    expect(auditIsValid(audit(80, '2023-12-07'), TODAY)).toBe(false);
    expect(auditIsValid(audit(80, TODAY), TODAY)).toBe(true);
    expect(auditIsValid(audit(80, '2026-12-08'), TODAY)).toBe(false);
    expect(conformity(audit(100, '2020-01-01'), TODAY)).toBe('non');
  });

  it('says where a declared audit stands, so that the statement explains a « non conforme » from an old or future audit', () => {
    expect(auditStanding(null, TODAY)).toBe('absent');
    expect(auditStanding(audit(80), TODAY)).toBe('valide');
    // Expired and under 50 %: both would give « non conforme », but the statement must say the audit no longer counts.
    expect(accessibilityStatus({ accessibilityAudit: audit(40, '2022-10-01') }, TODAY)).toMatchObject({ state: 'non', audit: 'expire' });
    expect(accessibilityStatus({ accessibilityAudit: audit(40, '2026-10-01') }, TODAY)).toMatchObject({ state: 'non', audit: 'valide' });
    expect(auditStanding(audit(100, '2023-12-07'), TODAY)).toBe('expire');
    expect(auditStanding(audit(100, '2026-12-08'), TODAY)).toBe('futur');
  });
});

describe('audit_accessibilite in consultation.yml', () => {
  it('reads date, rate, auditor and RGAA version (4.1.2 unless said), the date written plain or quoted', () => {
    for (const date of ['2026-10-01', '"2026-10-01"']) {
      const settings = readSettings(file(`titre: Essai\ncontact_accessibilite: a11y@mission-locale.fr\naudit_accessibilite:\n  date: ${date}\n  taux: 78.5\n  auditeur: Société Exemple\n`), TODAY);
      expect(settings.accessibilityAudit).toEqual({ date: '2026-10-01', rate: 78.5, auditor: 'Société Exemple', rgaaVersion: '4.1.2' });
      expect(settings.diagnostics).toEqual([]);
    }
    // Without one, an information says why the footer reads « non conforme ».
    expect(readSettings(file('contact_accessibilite: a11y@mission-locale.fr\n'), TODAY).diagnostics).toMatchObject([
      { code: 'audit-accessibilite-absent', severity: 'info', file: 'content/consultation.yml' },
    ]);
    expect(readSettings(file('audit_accessibilite: { date: 2026-10-01, taux: 60, auditeur: Interne, rgaa: 4.1 }\n'), TODAY).accessibilityAudit?.rgaaVersion).toBe('4.1');
  });

  it('warns about an unreadable audit, naming its fields, and keeps the title and contact', () => {
    const settings = readSettings(file('titre: Essai\ncontact_accessibilite: a11y@mission-locale.fr\naudit_accessibilite:\n  date: 2026-13-45\n  taux: 120\n'), TODAY);
    expect(settings.title).toBe('Essai');
    expect(settings.accessibilityContact).toBe('a11y@mission-locale.fr');
    expect(settings.accessibilityAudit).toBeNull();
    expect(settings.diagnostics).toMatchObject([{ code: 'audit-accessibilite-illisible', severity: 'warning', line: 3 }]);
    expect(settings.diagnostics[0]?.message).toContain('« date », « taux », « auditeur »');
    expect(settings.diagnostics[0]?.message).toContain('« non conforme »');
    expect(readSettings(file('contact_accessibilite: a11y@mission-locale.fr\naudit_accessibilite:\n  date: 2026-02-30\n  taux: 80\n  auditeur: Interne\n'), TODAY).diagnostics).toMatchObject([{ code: 'audit-accessibilite-illisible' }]);
  });

  it('warns about an audit older than three years, or dated in the future, and keeps it', () => {
    const old = readSettings(file('contact_accessibilite: a11y@mission-locale.fr\naudit_accessibilite:\n  date: 2022-05-01\n  taux: 90\n  auditeur: Interne\n'), TODAY);
    expect(old.accessibilityAudit?.date).toBe('2022-05-01');
    expect(old.diagnostics).toMatchObject([{ code: 'audit-accessibilite-expire', severity: 'warning', line: 2 }]);
    const future = readSettings(file('contact_accessibilite: a11y@mission-locale.fr\naudit_accessibilite:\n  date: 2027-01-15\n  taux: 90\n  auditeur: Interne\n'), TODAY);
    expect(future.diagnostics).toMatchObject([{ code: 'audit-accessibilite-futur', severity: 'warning' }]);
  });
});
