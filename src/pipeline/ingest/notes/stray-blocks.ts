/**
 * Text written in a tagged section outside its lists: a paragraph, a quote, a code block (tables are
 * read by tables.ts). Nothing an ambassador wrote may vanish without a word: each block is either
 * read as an item (a quote is a participant's words; a paragraph after a list is one more item whose
 * dash was forgotten) or set aside, with a warning saying how to write it. Sections that tag nothing
 * (« Contexte », « Participants ») hold context, never items: their text is not looked at here.
 */
import type { RootContent } from 'mdast';
import { plainText } from './item-text.ts';

export type Stray =
  /** Published as an item; `raw` is read as a list item's text is (hashtags, votes). */
  | { read: 'item'; kind: 'paragraph' | 'quote'; raw: string }
  /** Set aside, counted once in the reconciliation. */
  | { read: 'aside'; kind: 'paragraph' | 'code' | 'html' };

/** A line that announces the list below it (« Les participants ont cité : »): it states nothing. */
const LEAD_IN = /:\s*$/;
/** Quotation marks around a whole quote: the site sets its own around what participants said. */
const QUOTED = /^[«“"]\s*([\s\S]*?)\s*[»”"]$/;

/**
 * How a block of a tagged section is read, or null when it says nothing (an HTML comment, a lead-in).
 * `afterList`: an item of the section is above it; `inQuote`: the block sits in a `>` quote.
 * A paragraph before any list is set aside rather than published: it is as often the section's
 * introduction (« Les échanges ont porté sur… ») as a feedback, and context must not become one.
 */
export function readStray(node: RootContent, afterList: boolean, inQuote: boolean): Stray | null {
  if (node.type !== 'paragraph' && node.type !== 'code' && node.type !== 'html') return null;
  const raw = plainText(node).trim();
  if (!raw) return null;
  if (node.type !== 'paragraph') return { read: 'aside', kind: node.type };
  if (LEAD_IN.test(raw)) return null;
  if (inQuote) return { read: 'item', kind: 'quote', raw: raw.replace(QUOTED, '$1') };
  return afterList ? { read: 'item', kind: 'paragraph', raw } : { read: 'aside', kind: 'paragraph' };
}
