import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURED_TAGGING_QUALITY } from '../../src/pipeline/tag/measured-quality.ts';
import { DEVSET_DATA, DEVSET_LABELS, evaluateDevset, loadDevset } from '../../scripts/devset-eval.ts';

/**
 * The hand-labelled development set (tests/fixtures/devset/labels.csv, ids and labels only) joined
 * with the real Grand Débat answers in ../shared/real-data. Figures reached when the tagger was
 * last tuned (rules chosen on the tuning half and on unlabelled answers outside the set; the
 * held-out half was only measured, its texts and errors never read): tuning 0.938, held-out 0.878,
 * all 0.907. A drop of more than 0.02 fails.
 */
const REACHED = {
  tuning: MEASURED_TAGGING_QUALITY.tuningMacroF1,
  heldOut: MEASURED_TAGGING_QUALITY.heldOutMacroF1,
  all: MEASURED_TAGGING_QUALITY.allMacroF1,
};
const MARGIN = 0.02;
const present = existsSync(DEVSET_LABELS) && existsSync(DEVSET_DATA);

describe.skipIf(!present)('development set (real Grand Débat answers, hand-labelled)', () => {
  const answers = loadDevset();

  it('joins every label to its answer and question', () => {
    expect(answers).not.toBeNull();
    expect(answers!.length).toBeGreaterThanOrEqual(400);
    expect(answers!.every((a) => a.question.length > 0)).toBe(true);
    const halves = new Set(answers!.map((a) => a.half));
    expect(halves).toEqual(new Set(['tuning', 'heldOut']));
  });

  it(`keeps macro-F1 within ${MARGIN} of the figures reached`, () => {
    const report = evaluateDevset(answers!);
    expect(report.tuning.macroF1).toBeGreaterThanOrEqual(REACHED.tuning - MARGIN);
    expect(report.heldOut.macroF1).toBeGreaterThanOrEqual(REACHED.heldOut - MARGIN);
    expect(report.all.macroF1).toBeGreaterThanOrEqual(REACHED.all - MARGIN);
    for (const score of report.all.perLabel) expect(score.f1).toBeGreaterThan(0.7);
  });

  // The methodology page publishes these: they must be today's, not only a floor the tagger stays above.
  it('gives the figures the methodology page publishes: the set’s size, each macro-F1 and each label’s held-out scores', () => {
    const report = evaluateDevset(answers!);
    expect(answers!.length).toBe(MEASURED_TAGGING_QUALITY.answers);
    // As published: macro-F1 to three decimals, each label's scores to two (re-measure with scripts/devset-eval.ts).
    expect([report.tuning.macroF1, report.heldOut.macroF1, report.all.macroF1]).toEqual([REACHED.tuning, REACHED.heldOut, REACHED.all]);
    const twoDecimals = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 100) / 100);
    expect(twoDecimals(report.questionOnly.macroF1)).toBe(MEASURED_TAGGING_QUALITY.questionOnlyMacroF1);
    for (const published of MEASURED_TAGGING_QUALITY.heldOut) {
      const measured = report.heldOut.perLabel.find((score) => score.label === published.label);
      for (const key of ['precision', 'recall', 'f1'] as const) expect(twoDecimals(measured?.[key]), `${published.label} ${key}`).toBe(published[key]);
    }
  });
});

// Declared only when the data is absent, so that a full run does not count a placeholder as skipped.
if (!present) {
  describe('development set', () => {
    it.skip(`skipped: ${DEVSET_LABELS} or ${DEVSET_DATA} is absent`, () => {});
  });
}
