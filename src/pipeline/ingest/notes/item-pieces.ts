/**
 * What one written item holds, read line by line (text-lines.ts): a topic glued below it taken off
 * (topic-label.ts), an enumeration « a) … b) … » split into items (enumeration.ts), Word's bullets
 * inside the line used as separators or removed (private-use.ts). Each piece is then read as a list
 * item's text is (hashtags, votes). An item carrying a vote count is never split: the count was given
 * to the whole, and sharing it out would invent votes.
 */
import { findEnumeration } from './enumeration.ts';
import { extractMarkers, mayHoldVotes } from './item-text.ts';
import { splitAtGlyphs } from './private-use.ts';
import { joinLines, positionAt, type At, type TextLine } from './text-lines.ts';
import { topicLabel } from './topic-label.ts';

export interface Piece {
  raw: string;
  at: At;
}

export interface ItemPieces {
  pieces: Piece[];
  /** A topic taken off the item's last line: the subheading of the items below. */
  label: { title: string; at: At } | null;
  /** An enumeration found in the item: split into `parts` items, or kept whole because of its votes. */
  enumeration: { markers: string[]; parts: number; split: boolean; at: At } | null;
  /** Private-use glyphs inside the item: used as separators, or removed. */
  glyphs: { separators: number; removed: number; at: At } | null;
}

/**
 * `at`: where the item starts (its bullet), for an item without text. `topicMayFollow`: another item
 * comes after this one, so that its last line may be the topic of those below (a topic above nothing
 * is more likely the end of a sentence).
 */
export function readItemPieces(lines: readonly TextLine[], at: At, topicMayFollow: boolean): ItemPieces {
  let label: ItemPieces['label'] = null;
  let kept = lines;
  const last = lines.at(-1);
  const above = lines.at(-2);
  if (topicMayFollow && last && above) {
    const title = topicLabel(last.text, above.text);
    if (title) {
      label = { title, at: last.at };
      kept = lines.slice(0, -1);
    }
  }
  const joined = joinLines(kept);
  // The first piece keeps the item's own position (its bullet), as its id always has.
  const start = at;
  // Most items hold neither « ) » nor a private-use glyph: the common case costs two scans.
  const votes = mayHoldVotes(joined.text) && extractMarkers(joined.text).votes.length > 0;
  const found = joined.text.includes(')') ? findEnumeration(joined.text, joined.starts) : null;
  const enumeration = found ? { markers: found.markers, parts: found.parts.length, split: !votes, at: start } : null;
  const split = found && !votes ? found.parts : [{ text: joined.text, offset: 0 }];

  const pieces: Piece[] = [];
  const glyphCount = { separators: 0, removed: 0 };
  let firstGlyph: At | null = null;
  for (const part of split) {
    const cut = splitAtGlyphs(part.text, !votes);
    if (!cut) {
      pieces.push({ raw: part.text, at: part.offset === 0 ? start : positionAt(joined, part.offset) });
      continue;
    }
    glyphCount.separators += cut.separators;
    glyphCount.removed += cut.removed;
    firstGlyph ??= positionAt(joined, part.offset + cut.first);
    // Glyphs alone are an empty item, reported as such rather than lost.
    if (cut.parts.length === 0) pieces.push({ raw: '', at: part.offset === 0 ? start : positionAt(joined, part.offset) });
    for (const piece of cut.parts) {
      const offset = part.offset + piece.offset;
      pieces.push({ raw: piece.text, at: offset === 0 ? start : positionAt(joined, offset) });
    }
  }
  const glyphs = firstGlyph ? { ...glyphCount, at: firstGlyph } : null;
  return { pieces, label, enumeration, glyphs };
}
