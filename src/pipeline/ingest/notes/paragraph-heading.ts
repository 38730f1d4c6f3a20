/**
 * A section's name written as a paragraph rather than a `##` heading: « **Ce qui dysfonctionne** »
 * or « Besoins et attentes : » on its own line, right before a list. That is how notes pasted from a
 * word processor look; read as a heading, its list gets the section's tag instead of the previous
 * section's, and the ambassador is told to write it as a heading.
 */
import type { Paragraph, RootContent } from 'mdast';
import type { Tag } from '../../model.ts';
import { plainText } from './item-text.ts';
import { exactHeadingTag } from './sections.ts';

/** Longer than any section's name with its numbering: a sentence, not a title. */
const MAX_TITLE_LENGTH = 60;

export interface ParagraphHeading {
  title: string;
  tag: Tag;
}

/**
 * The section a block names, when it is followed by a list and is one line that is exactly a section's
 * name: a paragraph, or a numbered line (« 2. Besoins et attentes : »), which Markdown reads as a list
 * of one item.
 */
export function paragraphHeading(node: RootContent, next: RootContent | undefined): ParagraphHeading | null {
  return next?.type === 'list' ? namedSection(node) : null;
}

/**
 * The section a one-line block names, whatever follows it. Inside a section that tags its items, such a
 * line is never one more item (no one reports « Besoins » as a need): it is the next section's title,
 * followed by text rather than a list.
 */
export function namedSection(node: RootContent): ParagraphHeading | null {
  const line = oneLine(node);
  if (line === null) return null;
  const title = plainText(line).trim();
  if (title.length > MAX_TITLE_LENGTH || title.includes('\n')) return null;
  const tag = exactHeadingTag(title);
  return tag ? { title: title.replace(/\s*:$/, ''), tag } : null;
}

function oneLine(node: RootContent): Paragraph | null {
  if (node.type === 'paragraph') return node;
  if (node.type !== 'list' || !node.ordered || node.children.length !== 1) return null;
  const [only] = node.children[0]?.children ?? [];
  return node.children[0]?.children.length === 1 && only?.type === 'paragraph' ? only : null;
}
