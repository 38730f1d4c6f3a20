/**
 * The bilan says why entries were set aside: per file and in total, counts by reason (each named by
 * the diagnostic a reader looks up) that add up to the « écartés » figure, on the demo and on a
 * consultation that sets entries aside for several reasons (tests/fixtures/bilan-motifs).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawItem, Reconciliation, RejectionCount } from '../../src/pipeline/model.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { reasonCounts, reconcile } from '../../src/pipeline/reconciliation.ts';
import { describeReasons, REJECTION_REASONS } from '../../src/pipeline/rejection-reasons.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(REPO, 'tests/fixtures/bilan-motifs');
const NOTE = 'content/ateliers/bretagne/2026-09-12-rennes.md';
const SURVEY = 'data/enquetes/conseillers.csv';
const RETIREMENT = 'data/enquetes/retraite.csv';

const sum = (reasons: readonly RejectionCount[]) => reasons.reduce((n, r) => n + r.count, 0);

/** Every file's reasons and the total's add up to their « écartés », and each names a diagnostic found on its file. */
function expectReasonsAddUp(synthesis: Synthesis): void {
  const r = synthesis.reconciliation;
  for (const f of r.files) {
    expect(sum(f.reasons), f.file).toBe(f.rejected);
    for (const { reason } of f.reasons) {
      const codes = REJECTION_REASONS[reason].codes;
      expect(synthesis.diagnostics.some((d) => d.file === f.file && codes.includes(d.code)), `${f.file} ${reason}`).toBe(true);
    }
  }
  expect(sum(r.reasons)).toBe(r.rejected);
  // The total's reasons are the files' added up.
  const byReason = new Map<string, number>();
  for (const f of r.files) for (const { reason, count } of f.reasons) byReason.set(reason, (byReason.get(reason) ?? 0) + count);
  expect(new Map(r.reasons.map((x) => [x.reason, x.count]))).toEqual(byReason);
}

describe('motifs du bilan', () => {
  it('on the demo: the answers set aside in the counsellors’ survey are non-answers and contacts left, and the sums hold', async () => {
    const { synthesis } = synthesize(await readConsultation(REPO));
    expectReasonsAddUp(synthesis);
    const r = synthesis.reconciliation;
    expect(r.rejected).toBeGreaterThan(0);
    const counsellors = r.files.find((f) => f.file === 'data/enquetes/questionnaire-conseillers.csv');
    // Three counsellors leave a telephone number to be called back (« disponible pour en parler : … »): not « RAS ».
    expect(counsellors?.reasons).toEqual([
      { reason: 'non-reponses-ecartees', count: (counsellors?.rejected ?? 0) - 3 },
      { reason: 'coordonnees-laissees', count: 3 },
    ]);
    for (const f of r.files) if (f.rejected === 0) expect(f.reasons).toEqual([]);
  });

  it('on a consultation with several reasons: each file’s and the total’s, largest first', async () => {
    const { synthesis } = synthesize(await readConsultation(FIXTURE));
    expectReasonsAddUp(synthesis);
    const r = synthesis.reconciliation;
    expect(r.files).toEqual([
      {
        file: NOTE, read: 6, kept: 3, rejected: 3,
        // The note's ingest tells an empty bullet from a paragraph before the list; the tagger adds the non-answer.
        reasons: [
          { reason: 'element-vide', count: 1 },
          { reason: 'non-reponses-ecartees', count: 1 },
          { reason: 'texte-hors-liste', count: 1 },
        ],
      },
      {
        // Its row with a field in excess is set aside whole, its cells maybe shifted (surveys/shifted-rows.ts).
        file: SURVEY, read: 10, kept: 6, rejected: 4,
        reasons: [{ reason: 'non-reponses-ecartees', count: 3 }, { reason: 'ligne-decalee', count: 1 }],
      },
      {
        // « Les temps de réponse de la CNAV », « La caisse de retraite » under a « satisfaction et/ou
        // difficultés » question name without judging: their own reason, apart from « RAS ».
        file: RETIREMENT, read: 4, kept: 1, rejected: 3,
        reasons: [{ reason: 'sans-jugement-lisible', count: 2 }, { reason: 'non-reponses-ecartees', count: 1 }],
      },
    ]);
    expect(r.reasons).toEqual([
      { reason: 'non-reponses-ecartees', count: 5 },
      { reason: 'sans-jugement-lisible', count: 2 },
      { reason: 'element-vide', count: 1 },
      { reason: 'ligne-decalee', count: 1 },
      { reason: 'texte-hors-liste', count: 1 },
    ]);
    expect(r).toMatchObject({ read: 20, kept: 10, rejected: 10, published: synthesis.items.length });
    // The list of entries set aside comes from the same lists: per file and reason, as many as counted.
    for (const f of r.files) {
      for (const { reason, count } of f.reasons) {
        expect(synthesis.setAside.filter((e) => e.source.file === f.file && e.reason === reason), `${f.file} ${reason}`).toHaveLength(count);
      }
    }
  });

  it('reconcile: each ingest’s reasons are kept; a later stage’s entries move from kept under its reason', () => {
    const item = (file: string) => ({ source: { file, line: 1, column: 1 } }) as RawItem;
    const r: Reconciliation = reconcile(
      [
        { file: 'b.csv', read: 5, kept: 4, rejected: 1, reasons: [{ reason: 'nombre-de-champs-incorrect', count: 1 }] },
        { file: 'a.md', read: 4, kept: 2, rejected: 2, reasons: [{ reason: 'element-vide', count: 1 }, { reason: 'texte-hors-liste', count: 1 }] },
        { file: 'c.md', read: 0, kept: 0, rejected: 0, reasons: [] },
      ],
      [
        { reason: 'texte-vide', items: [item('b.csv')] },
        { reason: 'non-reponses-ecartees', items: [item('b.csv'), item('a.md'), item('ailleurs.md')] },
      ],
      5,
    );
    expect(r.files).toEqual([
      {
        file: 'a.md', read: 4, kept: 1, rejected: 3,
        reasons: [
          { reason: 'element-vide', count: 1 },
          { reason: 'non-reponses-ecartees', count: 1 },
          { reason: 'texte-hors-liste', count: 1 },
        ],
      },
      {
        file: 'b.csv', read: 5, kept: 2, rejected: 3,
        // Ties in reason order: the same bilan every run.
        reasons: [
          { reason: 'nombre-de-champs-incorrect', count: 1 },
          { reason: 'non-reponses-ecartees', count: 1 },
          { reason: 'texte-vide', count: 1 },
        ],
      },
      { file: 'c.md', read: 0, kept: 0, rejected: 0, reasons: [] },
    ]);
    expect(r).toMatchObject({ read: 9, kept: 3, rejected: 6, published: 5 });
    expect(r.reasons).toEqual([
      { reason: 'non-reponses-ecartees', count: 2 },
      { reason: 'element-vide', count: 1 },
      { reason: 'nombre-de-champs-incorrect', count: 1 },
      { reason: 'texte-hors-liste', count: 1 },
      { reason: 'texte-vide', count: 1 },
    ]);
    expect(reasonCounts({ 'texte-vide': 0, 'element-vide': 2 })).toEqual([{ reason: 'element-vide', count: 2 }]);
  });

  it('says each reason in French with its diagnostic’s code; beyond the limit, the rest in one count that keeps the sum', () => {
    const reasons: RejectionCount[] = [
      { reason: 'non-reponses-ecartees', count: 1052 },
      { reason: 'texte-hors-liste', count: 8 },
      { reason: 'nombre-de-champs-incorrect', count: 2 },
      { reason: 'texte-vide', count: 1 },
    ];
    expect(describeReasons(reasons)).toBe(
      '1\u202f052 non-réponses [non-reponses-ecartees], 8 textes hors liste [texte-hors-liste], ' +
        '2 champs en trop [nombre-de-champs-incorrect], 1 texte vide [texte-vide]',
    );
    expect(describeReasons(reasons, 2)).toBe(
      '1\u202f052 non-réponses [non-reponses-ecartees], 8 textes hors liste [texte-hors-liste], 3 autres…',
    );
    expect(describeReasons(reasons, 3)).toMatch(/, 1 autre…$/);
    expect(describeReasons([{ reason: 'element-vide', count: 1 }, { reason: 'texte-hors-liste', count: 1 }])).toBe(
      '1 puce vide [element-vide], 1 texte hors liste [texte-hors-liste]',
    );
    expect(describeReasons([])).toBe('');
    expect(describeReasons([{ reason: 'sans-jugement-lisible', count: 926 }, { reason: 'non-reponses-ecartees', count: 1 }])).toBe(
      '926 réponses sans jugement lisible [sans-jugement-lisible], 1 non-réponse [non-reponses-ecartees]',
    );
    expect(describeReasons([{ reason: 'coordonnees-laissees', count: 3 }, { reason: 'non-reponses-ecartees', count: 1 }])).toBe(
      '3 réponses qui laissent des coordonnées [coordonnees-laissees], 1 non-réponse [non-reponses-ecartees]',
    );
    expect(describeReasons([{ reason: 'coordonnees-laissees', count: 1 }])).toBe('1 réponse qui laisse des coordonnées [coordonnees-laissees]');
  });

  it('explains every reason in a few French words, the unjudged answers apart from the non-answers', () => {
    for (const [reason, wording] of Object.entries(REJECTION_REASONS)) expect(wording.explanation, reason).toMatch(/^[a-zé].{10,}[^.]$/);
    expect(REJECTION_REASONS['sans-jugement-lisible'].explanation).toBe(
      'réponse brève à une question sur la satisfaction et les difficultés, sans rien qui dise laquelle',
    );
    expect(REJECTION_REASONS['sans-jugement-lisible'].explanation).not.toBe(REJECTION_REASONS['non-reponses-ecartees'].explanation);
  });
});
