/**
 * Multi-label evaluation over working, broken, needs and none.
 * Each label is a binary decision per answer (present or absent), scored on its own: true
 * positives, false positives, false negatives, true negatives → precision, recall, F1. Macro-F1 is
 * the mean of the four F1. The confusion table crosses the labels: cell (expected A, predicted B)
 * counts answers whose expected labels hold A and whose predicted labels hold B, so its diagonal is
 * the true positives and an off-diagonal cell shows which label takes another's place.
 */
import { LABELS, type Label } from './labels.ts';

export interface LabelScore {
  label: Label;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Answers expected to hold the label. */
  support: number;
}

export interface Evaluation {
  answers: number;
  /** Answers whose whole label set was right. */
  exactMatches: number;
  perLabel: LabelScore[];
  macroF1: number;
  /** confusion[expected][predicted], in LABELS order. */
  confusion: Record<Label, Record<Label, number>>;
}

export interface Judged {
  expected: ReadonlySet<Label>;
  predicted: ReadonlySet<Label>;
}

export function evaluate(pairs: readonly Judged[]): Evaluation {
  const confusion = {} as Record<Label, Record<Label, number>>;
  for (const a of LABELS) {
    confusion[a] = { working: 0, broken: 0, needs: 0, none: 0 };
  }
  const counts = new Map<Label, { tp: number; fp: number; fn: number; tn: number }>(
    LABELS.map((label) => [label, { tp: 0, fp: 0, fn: 0, tn: 0 }]),
  );
  let exactMatches = 0;
  for (const { expected, predicted } of pairs) {
    let exact = true;
    for (const label of LABELS) {
      const c = counts.get(label) as { tp: number; fp: number; fn: number; tn: number };
      const e = expected.has(label);
      const p = predicted.has(label);
      if (e && p) c.tp++;
      else if (p) c.fp++;
      else if (e) c.fn++;
      else c.tn++;
      if (e !== p) exact = false;
      if (e) for (const other of predicted) confusion[label][other]++;
    }
    if (exact) exactMatches++;
  }
  const perLabel = LABELS.map((label) => score(label, counts.get(label) as { tp: number; fp: number; fn: number; tn: number }));
  const macroF1 = round(perLabel.reduce((sum, s) => sum + s.f1, 0) / perLabel.length);
  return { answers: pairs.length, exactMatches, perLabel, macroF1, confusion };
}

function score(label: Label, c: { tp: number; fp: number; fn: number; tn: number }): LabelScore {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    label,
    truePositives: c.tp,
    falsePositives: c.fp,
    falseNegatives: c.fn,
    trueNegatives: c.tn,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    support: c.tp + c.fn,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
