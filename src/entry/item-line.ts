/**
 * One item on one line, in the note's own shorthand: « Texte de l'élément #saisie (12 votes) ».
 * Theme tags and vote counts are read by the note parser's own `extractMarkers`, so what the form and
 * `new` show is exactly what `check` will read.
 */
import { extractMarkers } from '../pipeline/ingest/notes/item-text.ts';
import type { DraftItem } from './draft.ts';
import { singleLine } from './markdown-escape.ts';
import { isVoteCount } from './form-counts.ts';

/**
 * An item from one typed line: trailing or inline `#tags` become themes, `(N votes)` the vote count.
 * When the count is one the parser would reject (`(2,5 votes)`, two counts), the line is kept whole
 * as text, so that `check` reports it instead of it vanishing here.
 */
export function parseItemLine(line: string): DraftItem {
  const text = singleLine(line).replace(/^[-*+•]\s+/, '');
  const markers = extractMarkers(text);
  const count = markers.votes[0];
  if (markers.votes.length > 1 || (count !== undefined && !/^\+?\d+$/.test(count))) return { text, themes: [], votes: null };
  return { text: markers.text, themes: unique(markers.hashtags), votes: count === undefined ? null : Number(count) };
}

/** A theme tag as the note writes it: no `#`, no spaces (« #saisie »). */
export function slugTag(theme: string): string {
  return theme
    .trim()
    .replace(/^#+/, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The themes and vote count written after the item's text: « #saisie #agenda (12 votes) ». */
export function itemMarkers(item: Pick<DraftItem, 'themes' | 'votes'>): string {
  const tags = item.themes
    .map(slugTag)
    .filter(Boolean)
    .map((theme) => ` #${theme}`)
    .join('');
  // A count the note cannot hold (« 2.5 », « -3 ») is not written: the form says so next to its box (form-counts.ts).
  return `${tags}${item.votes !== null && isVoteCount(item.votes) ? ` (${votes(item.votes)})` : ''}`;
}

/** The item's shorthand line (unescaped), as `parseItemLine` reads it back. */
export function formatItemLine(item: DraftItem): string {
  return `${singleLine(item.text)}${itemMarkers(item)}`;
}

/** « 0 vote », « 1 vote », « 12 votes ». */
export function votes(count: number): string {
  return `${count} vote${count > 1 ? 's' : ''}`;
}

function unique(values: readonly string[]): string[] {
  return values.filter((value, index) => value && values.indexOf(value) === index);
}
