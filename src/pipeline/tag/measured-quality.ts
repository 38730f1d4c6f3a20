/**
 * The tagger's quality as last measured on the hand-labelled development set (665 real Grand Débat
 * answers, tests/fixtures/devset/). The methodology page publishes these figures and
 * tests/tag/devset.test.ts fails when a measurement differs from them as published, so they cannot
 * silently go stale. Re-measure with `npx node scripts/devset-eval.ts --held-out`.
 */
export interface LabelScore {
  label: 'working' | 'broken' | 'needs' | 'none';
  precision: number;
  recall: number;
  f1: number;
}

export const MEASURED_TAGGING_QUALITY = {
  /** Answers in the development set. */
  answers: 665,
  /** Macro-F1 over working/broken/needs/none on the half used for tuning (342 answers). */
  tuningMacroF1: 0.938,
  /** Macro-F1 on the held-out half (323 answers), never read while tuning. */
  heldOutMacroF1: 0.878,
  /** Macro-F1 on the whole set. */
  allMacroF1: 0.907,
  /** Macro-F1 of following the question's intent alone, for comparison. */
  questionOnlyMacroF1: 0.46,
  /** Per-label scores on the held-out half. */
  heldOut: [
    { label: 'working', precision: 0.84, recall: 0.76, f1: 0.8 },
    { label: 'broken', precision: 0.9, recall: 0.86, f1: 0.88 },
    { label: 'needs', precision: 0.84, recall: 0.98, f1: 0.9 },
    { label: 'none', precision: 0.98, recall: 0.89, f1: 0.93 },
  ] satisfies LabelScore[],
} as const;
