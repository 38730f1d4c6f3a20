/**
 * Headings that are almost a section's name: « Ce qui dysfonctione », « Dificultés », « Propositon ».
 * One letter away from a name of 8 letters or more is a typo: no other French heading is that close
 * (« Postes » is one letter from « Pistes », hence the length), and reading it as the section beats
 * guessing each item's tag from its text. A little further is only suggested, never applied.
 */
import type { Tag } from '../../model.ts';
import { editDistance } from '../../text/closest.ts';
import { headingForms, headingTag, SECTION_NAMES } from './sections.ts';

export interface HeadingGuess {
  tag: Tag;
  /** A typo beyond doubt: the heading is read as that section. Otherwise only suggested. */
  certain: boolean;
}

/** Shortest name a one-letter slip is read on. */
const MIN_TYPO_LENGTH = 8;

const NAMES = SECTION_NAMES.map(({ text, tag }) => ({ key: text.replace(/\s+/g, ''), tag }));

/** The names a one-letter slip is read on, inside a longer heading too. */
const LONG_NAMES = SECTION_NAMES.filter(({ text }) => text.replace(/\s+/g, '').length >= MIN_TYPO_LENGTH);

/**
 * The section a title names, as a heading or a table's column header: exactly (sections.ts), or through
 * a typo beyond doubt (`corrected`, which the note must say). Null for a context title.
 */
export function readHeading(title: string): { tag: Tag; corrected: boolean } | null {
  const exact = headingTag(title);
  if (exact) return { tag: exact, corrected: false };
  const guess = guessHeading(title);
  return guess?.certain ? { tag: guess.tag, corrected: true } : null;
}

/** The section a heading nearly names, or null when none is close, or two tags are as close. */
export function guessHeading(heading: string): HeadingGuess | null {
  const lead = misspeltLead(heading);
  if (lead) return { tag: lead, certain: true };
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
  const named = namedAfterSeparator(heading);
  if (!first) return named ? { tag: named, certain: false } : null;
  const [tag, { distance, length }] = first;
  // « Ce qui ne fonctionne » is two letters from « Ce qui fonctionne »: a near tie means no guess.
  const margin = second ? second[1].distance - distance : Infinity;
  if (distance <= 1 && length >= MIN_TYPO_LENGTH && margin >= 2) return { tag, certain: true };
  // A quarter of the name may be wrong for a suggestion: « Les » is not « Idées », whatever the distance says.
  if (margin >= 1 && distance <= Math.min(2, Math.floor(length / 4))) return { tag, certain: false };
  return named ? { tag: named, certain: false } : null;
}

/**
 * « Séance 2 : Besoins et attentes », « Accueil – Ce qui fonctionne »: a section's name after the last
 * separator, read by the same rules as a heading. Only suggested: what comes before may say the items
 * are about something else.
 */
function namedAfterSeparator(heading: string): Tag | null {
  const parts = heading.split(/\s*[:–—]\s*|\s+-\s+|\.\s+/);
  const tail = parts.length >= 2 ? parts[parts.length - 1] : undefined;
  return tail ? headingTag(tail) : null;
}

/**
 * « Ce qui fonctione pour les jeunes »: a section's name of 8 letters or more, one letter off, opening a
 * longer heading. It is read as the heading with the name spelt right, by the same rules as any heading
 * (« Ce qui fonctione pas » is broken, as « Ce qui fonctionne pas » is). Null when no name is that close,
 * when names of two tags are, or when the rest nearly names another tag's section (« Ce qui fonctione /
 * ce qui dysfonctione » decides nothing, as its spelt-right form does not).
 */
function misspeltLead(heading: string): Tag | null {
  const tags = new Set<Tag>();
  const elsewhere = new Set<Tag>();
  for (const form of new Set(headingForms(heading))) {
    const words = form.split(' ');
    for (const { text, tag } of LONG_NAMES) {
      const length = text.split(' ').length;
      const key = text.replace(/\s+/g, '');
      for (let start = 0; start + length <= words.length; start++) {
        if (editDistance(words.slice(start, start + length).join(''), key) > 1) continue;
        if (start > 0) elsewhere.add(tag);
        else if (words.length > length) {
          const read = headingTag(`${text} ${words.slice(length).join(' ')}`);
          if (read) tags.add(read);
        }
      }
    }
  }
  const [tag] = tags;
  return tags.size === 1 && tag !== undefined && [...elsewhere].every((other) => other === tag) ? tag : null;
}
