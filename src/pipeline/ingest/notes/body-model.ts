/**
 * What the body of a workshop note gives (body.ts): its items before they get their session, the
 * bilan's counts and entries set aside, and the sections and hashtags its diagnostics speak of.
 */
import type { Diagnostic, RejectionReason, Tag } from '../../model.ts';
import type { At } from './text-lines.ts';

/** An item of the note before it gets its session context and id. */
export interface ItemDraft {
  text: string;
  declaredTag: Tag | 'auto';
  explicitThemes: readonly string[];
  weight: number;
  /** Heading the item sits under (context for tagging). */
  question: string | null;
  line: number;
  column: number;
}

export interface BodyResult {
  items: ItemDraft[];
  /** List items and table cells found, empty ones included, and text outside lists published or set aside. */
  read: number;
  /** Empty list items and text set aside (each with a diagnostic). */
  rejected: number;
  /** `rejected` by reason: empty items (`element-vide`), text set aside (`texte-hors-liste`). */
  reasons: Partial<Record<RejectionReason, number>>;
  /** Each of the `rejected` entries, text as read, for the list of entries set aside. */
  setAside: AsideEntry[];
  diagnostics: Diagnostic[];
}

/** An entry of the note set aside: why, where, and its text as read. */
export interface AsideEntry {
  reason: RejectionReason;
  text: string;
  line: number;
  column: number;
}

/** A text read and set aside, where it starts. */
export interface AsideText {
  raw: string;
  at: At;
}

export interface Section {
  depth: number;
  title: string;
  tag: Tag | null;
  line: number;
  column: number;
  /** Items below the heading, subsections included. */
  items: number;
  /** Items below it that no known heading tags, when it is their nearest heading. */
  untagged: number;
  /** Paragraphs set aside directly in it (text outside a list in a tagged section), from the first. */
  aside: { line: number; column: number; count: number } | null;
  /** Blocks set aside below it, subsections included: such a section is not empty. */
  setAside: number;
  /** A topic line read as a subheading (topic-label.ts), not a heading of the note. */
  topic?: true;
}

/** Where an item goes, and what its source adds to its text. */
export interface Placement {
  /** The section's tag, null when it is to be inferred from the text. */
  tag: Tag | null;
  question: string | null;
  /** A table's vote cell, as written. */
  votes: string | null;
  /** A table's cell rather than a list item (for the wording of diagnostics). */
  cell: boolean;
}

export interface UnknownHashtag {
  tag: string;
  line: number;
  column: number;
  count: number;
}
