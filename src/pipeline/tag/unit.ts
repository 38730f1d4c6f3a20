/**
 * One statement as the tagger reads it (tag-text.ts): its piece of the answer, its folded tokens, its
 * evidence per tag, and the tags that evidence reaches. Shared by the reading of each statement and
 * the rules that read statements against their neighbours (neighbours.ts).
 */
import { TAGS, type Tag } from '../model.ts';
import { STOPWORDS } from './grammar.ts';
import type { Piece } from './segment.ts';
import { BOUNDARY } from './tokens.ts';

export type Scores = Record<Tag, number>;

export interface Unit {
  piece: Piece;
  tokens: string[];
  nonAnswer: boolean;
  scores: Scores;
  tags: Tag[];
  confidence: number;
}

/** Evidence from which a tag is kept. */
export const THRESHOLD = 1;

/** The unit's tags and confidence, as its scores now say. */
export function settle(unit: Unit): void {
  unit.tags = TAGS.filter((tag) => unit.scores[tag] >= THRESHOLD);
  unit.confidence = unit.tags.length > 0 ? Math.min(...unit.tags.map((tag) => confidenceOf(unit.scores[tag]))) : 0;
}

/** Evidence 1 → 0.7, 2 → 0.9, capped at 0.95. */
function confidenceOf(score: number): number {
  return Math.min(0.95, Math.max(0.5, 0.5 + 0.2 * score));
}

/** Words that are not stop words nor clause breaks: how much a statement says. */
export function contentWords(tokens: readonly string[]): number {
  let count = 0;
  for (const t of tokens) if (t !== BOUNDARY && !STOPWORDS.has(t) && t.length > 1) count++;
  return count;
}
