/**
 * `audit_accessibilite` of content/consultation.yml: the site's last RGAA audit, on which its
 * accessibility statement rests. The RGAA allows three states only: « totalement conforme » (every
 * criterion met), « partiellement conforme » (at least half), « non conforme » (less than half, **or
 * no audit still valid**, i.e. less than three years old). Without an audit the statement must say
 * « non conforme », whatever the automated tests find.
 */
import { z } from 'zod';
import type { Diagnostic } from './model.ts';
import type { TextFile } from './io/consultation-input.ts';
import { diagnostic } from './diagnostics.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day as the YAML reader gives it: a string, or a Date for a YAML 1.1 timestamp. */
const day = z.union([z.string(), z.date()]).transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()));

/** AAAA-MM-JJ naming a day that exists (« 2026-02-30 » does not). */
function isCalendarDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const auditSchema = z.object({
  /** Day the audit was completed (AAAA-MM-JJ); the statement rests on it for three years. */
  date: day.refine(isCalendarDay, 'date'),
  /** Share of the applicable RGAA criteria met, in percent. */
  taux: z.number().min(0).max(100),
  /** Who conducted the audit: the publishing team or a named provider. */
  auditeur: z.string().trim().min(2),
  /** Version of the RGAA the audit followed. */
  rgaa: z.union([z.string(), z.number()]).transform(String).default('4.1.2'),
});

export interface AccessibilityAudit {
  /** Day the audit was completed, AAAA-MM-JJ. */
  date: string;
  /** Share of the applicable criteria met, 0 to 100. */
  rate: number;
  auditor: string;
  rgaaVersion: string;
}

export type Conformity = 'totale' | 'partielle' | 'non';

/** How long an audit supports a statement (RGAA: the statement is renewed at least every three years). */
const VALID_YEARS = 3;

/** Whether `audit` is still valid on `today` (AAAA-MM-JJ). */
export function auditIsValid(audit: AccessibilityAudit, today: string): boolean {
  const [year = 0, month = 1, dayOfMonth = 1] = audit.date.split('-').map(Number);
  const expiry = `${String(year + VALID_YEARS).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  return audit.date <= today && today < expiry;
}

/** Where a declared audit stands on `today`: the statement says why an expired or future audit does not count. */
export type AuditStanding = 'absent' | 'valide' | 'expire' | 'futur';

export function auditStanding(audit: AccessibilityAudit | null, today: string): AuditStanding {
  if (audit === null) return 'absent';
  if (today < audit.date) return 'futur';
  return auditIsValid(audit, today) ? 'valide' : 'expire';
}

/** The statement's state on `today`: from a valid audit's rate, else « non conforme ». */
export function conformity(audit: AccessibilityAudit | null, today: string): Conformity {
  if (audit === null || !auditIsValid(audit, today)) return 'non';
  if (audit.rate >= 100) return 'totale';
  return audit.rate >= 50 ? 'partielle' : 'non';
}

/** The words the statement and every page's footer use for a state. */
export const CONFORMITY_LABELS: Readonly<Record<Conformity, string>> = {
  totale: 'totalement conforme',
  partielle: 'partiellement conforme',
  non: 'non conforme',
};

/** The audit declared in the settings, or null with a warning when it cannot be read (the rest of the file still is). */
export function readAccessibilityAudit(raw: unknown, file: TextFile | null, today: string): { audit: AccessibilityAudit | null; diagnostics: Diagnostic[] } {
  if (raw === undefined || raw === null || file === null) return { audit: null, diagnostics: [noAudit(file)] };
  const line = lineOf(file, 'audit_accessibilite');
  const parsed = auditSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'audit_accessibilite')))];
    return {
      audit: null,
      diagnostics: [
        diagnostic({
          code: 'audit-accessibilite-illisible',
          severity: 'warning',
          message: `L’audit d’accessibilité déclaré n’est pas lisible (${fields.map((field) => `« ${field} »`).join(', ')}) : la déclaration dira « non conforme », comme le RGAA le demande sans audit.`,
          hint: 'Écrivez sous « audit_accessibilite: » les lignes « date: AAAA-MM-JJ » (fin de l’audit), « taux: 78 » (pourcentage de critères respectés) et « auditeur: » (qui l’a conduit).',
          file: file.file,
          line,
        }),
      ],
    };
  }
  const audit: AccessibilityAudit = { date: parsed.data.date, rate: parsed.data.taux, auditor: parsed.data.auditeur, rgaaVersion: parsed.data.rgaa };
  const diagnostics: Diagnostic[] = [];
  if (audit.date > today) {
    diagnostics.push(
      diagnostic({
        code: 'audit-accessibilite-futur',
        severity: 'warning',
        message: `L’audit d’accessibilité est daté du ${audit.date}, qui n’est pas encore passé : la déclaration dira « non conforme » jusqu’à cette date.`,
        hint: 'Écrivez la date où l’audit a été achevé.',
        file: file.file,
        line,
      }),
    );
  } else if (!auditIsValid(audit, today)) {
    diagnostics.push(
      diagnostic({
        code: 'audit-accessibilite-expire',
        severity: 'warning',
        message: `L’audit d’accessibilité du ${audit.date} a plus de ${VALID_YEARS} ans : il ne vaut plus, et la déclaration dit « non conforme ».`,
        hint: 'Faites conduire un nouvel audit RGAA et déclarez-le ici.',
        file: file.file,
        line,
      }),
    );
  }
  return { audit, diagnostics };
}

/** Said once per check, as an information: the footer of every page says « non conforme », and why should not be a surprise. */
function noAudit(file: TextFile | null): Diagnostic {
  return diagnostic({
    code: 'audit-accessibilite-absent',
    severity: 'info',
    message: "Aucun audit d’accessibilité n’est déclaré : la déclaration d’accessibilité et le pied de chaque page disent « non conforme », comme le RGAA l’exige sans audit.",
    hint: `Quand un audit RGAA du site a été conduit, déclarez-le dans ${file?.file ?? 'content/consultation.yml'} sous « audit_accessibilite: » (date, taux, auditeur).`,
    file: file?.file ?? 'content/consultation.yml',
  });
}

function lineOf(file: TextFile, key: string): number {
  return Math.max(1, file.content.split(/\r?\n/).findIndex((text) => text.trimStart().startsWith(key)) + 1);
}
