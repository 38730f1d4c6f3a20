/**
 * A multinomial naive Bayes model learned from the consultation itself: workshop items written
 * under a known section (« Ce qui fonctionne », « Difficultés », « Attentes ») are labelled data.
 * Features: light stems of the words and bigrams of consecutive content words (negators kept, so
 * "pas_clair" is a feature). Laplace smoothing (α = 1) and uniform class priors, so a workshop with
 * many more complaints than praise does not tilt every unlabelled answer toward complaints.
 * Deterministic: counting only, no random initialisation.
 */
import { TAGS, type Tag } from '../model.ts';
import { STOPWORDS } from './grammar.ts';
import { BOUNDARY, lightStem, tokenize } from './tokens.ts';

export interface LabelledText {
  text: string;
  tag: Tag;
}

export interface BayesModel {
  /** Posterior probability of each tag for a text (sums to 1). */
  predict(text: string): Record<Tag, number>;
  /** Number of training texts per tag. */
  counts: Record<Tag, number>;
}

/** Below this many labelled items the lexicon works alone. */
export const MIN_TRAINING_ITEMS = 50;
/** Each tag needs at least this many examples to be learned. */
export const MIN_PER_TAG = 5;
const NEGATORS_KEPT = new Set(['ne', 'pas', 'plus', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'trop', 'tres']);

/** Features of a text: stems and bigrams. */
export function features(text: string): string[] {
  const words: string[] = [];
  const out: string[] = [];
  const flush = () => {
    for (let i = 0; i < words.length; i++) {
      out.push(words[i] as string);
      if (i > 0) out.push(`${words[i - 1]}_${words[i]}`);
    }
    words.length = 0;
  };
  for (const token of tokenize(text)) {
    if (token === BOUNDARY) flush();
    else if (NEGATORS_KEPT.has(token) || (!STOPWORDS.has(token) && token.length > 1)) words.push(lightStem(token));
  }
  flush();
  return out;
}

/** Trains the model, or returns null when the examples are too few to learn from. */
export function trainBayes(examples: readonly LabelledText[]): BayesModel | null {
  const counts: Record<Tag, number> = { working: 0, broken: 0, needs: 0 };
  for (const example of examples) counts[example.tag]++;
  const learned = TAGS.filter((tag) => counts[tag] >= MIN_PER_TAG);
  if (examples.length < MIN_TRAINING_ITEMS || learned.length < 2) return null;

  const featureCounts = new Map<string, Record<Tag, number>>();
  const totals: Record<Tag, number> = { working: 0, broken: 0, needs: 0 };
  for (const example of examples) {
    for (const feature of features(example.text)) {
      let row = featureCounts.get(feature);
      if (!row) {
        row = { working: 0, broken: 0, needs: 0 };
        featureCounts.set(feature, row);
      }
      row[example.tag]++;
      totals[example.tag]++;
    }
  }
  const vocabulary = featureCounts.size;
  const logUnseen: Record<Tag, number> = { working: 0, broken: 0, needs: 0 };
  for (const tag of TAGS) logUnseen[tag] = -Math.log(totals[tag] + vocabulary);

  return {
    counts,
    predict(text: string): Record<Tag, number> {
      const log: Record<Tag, number> = { working: 0, broken: 0, needs: 0 };
      for (const feature of features(text)) {
        const row = featureCounts.get(feature);
        if (!row) continue; // unseen everywhere: same factor for every tag
        for (const tag of TAGS) log[tag] += Math.log(row[tag] + 1) + logUnseen[tag];
      }
      // Tags with too few examples are not offered.
      for (const tag of TAGS) if (!learned.includes(tag)) log[tag] = -Infinity;
      const max = Math.max(...TAGS.map((tag) => log[tag]));
      const exp = TAGS.map((tag) => Math.exp(log[tag] - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      return { working: (exp[0] as number) / sum, broken: (exp[1] as number) / sum, needs: (exp[2] as number) / sum };
    },
  };
}
