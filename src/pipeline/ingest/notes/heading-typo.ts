/**
 * Headings that are almost a section's name: « Ce qui dysfonctione », « Dificultés », « Propositon ».
 * One letter away from a name of 8 letters or more is a typo: no other French heading is that close
 * (« Postes » is one letter from « Pistes », hence the length), and reading it as the section beats
 * guessing each item's tag from its text. A little further is only suggested, never applied.
 */
import type { Tag } from '../../model.ts';
import { editDistance } from '../../text/closest.ts';
import { headingForms, SECTION_NAMES } from './sections.ts';

export interface HeadingGuess {
  tag: Tag;
  /** A typo beyond doubt: the heading is read as that section. Otherwise only suggested. */
  certain: boolean;
}

/** Shortest name a one-letter slip is read on. */
const MIN_TYPO_LENGTH = 8;

const NAMES = SECTION_NAMES.map(({ text, tag }) => ({ key: text.replace(/\s+/g, ''), tag }));

/** The section a heading nearly names, or null when none is close, or two tags are as close. */
export function guessHeading(heading: string): HeadingGuess | null {
  const best = new Map<Tag, { distance: number; length: number }>();
  for (const form of new Set(headingForms(heading).map((f) => f.replace(/\s+/g, '')))) {
    if (!form) continue;
    for (const { key, tag } of NAMES) {
      const distance = editDistance(form, key);
      const seen = best.get(tag);
      if (!seen || distance < seen.distance) best.set(tag, { distance, length: key.length });
    }
  }
  const [first, second] = [...best.entries()].sort((a, b) => a[1].distance - b[1].distance);
  if (!first) return null;
  const [tag, { distance, length }] = first;
  // « Ce qui ne fonctionne » is two letters from « Ce qui fonctionne »: a near tie means no guess.
  const margin = second ? second[1].distance - distance : Infinity;
  if (distance <= 1 && length >= MIN_TYPO_LENGTH && margin >= 2) return { tag, certain: true };
  // A quarter of the name may be wrong for a suggestion: « Les » is not « Idées », whatever the distance says.
  if (margin >= 1 && distance <= Math.min(2, Math.floor(length / 4))) return { tag, certain: false };
  return null;
}
