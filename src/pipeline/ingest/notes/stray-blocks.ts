/**
 * Text written in a tagged section outside its lists: a paragraph, a quote, a table, a code block.
 * Nothing an ambassador wrote may vanish without a word: each block is either read as an item (a quote
 * is a participant's words; a paragraph after a list is one more item whose dash was forgotten) or set
 * aside, with a warning saying how to write it. Sections that tag nothing (« Contexte »,
 * « Participants ») hold context, never items: their text is not looked at here.
 */
import type { RootContent, Table } from 'mdast';
import { plainText } from './item-text.ts';

export type Stray =
  /** Published as an item; `raw` is read as a list item's text is (hashtags, votes). */
  | { read: 'item'; kind: 'paragraph' | 'quote'; raw: string }
  /** Set aside, counted once in the reconciliation. */
  | { read: 'aside'; kind: 'paragraph' | 'code' | 'html' }
  /** A table set aside: each row counted; `example` is its first cell, to show how to write it. */
  | { read: 'aside'; kind: 'table'; rows: number; example: string };

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
  if (node.type === 'table') return readTable(node);
  if (node.type !== 'paragraph' && node.type !== 'code' && node.type !== 'html') return null;
  const raw = plainText(node).trim();
  if (!raw) return null;
  if (node.type !== 'paragraph') return { read: 'aside', kind: node.type };
  if (LEAD_IN.test(raw)) return null;
  if (inQuote) return { read: 'item', kind: 'quote', raw: raw.replace(QUOTED, '$1') };
  return afterList ? { read: 'item', kind: 'paragraph', raw } : { read: 'aside', kind: 'paragraph' };
}

/**
 * A table is set aside whole: which column holds the feedback, which a vote count or another tag
 * (« Constat | Proposition ») cannot be told, and a row read wrongly would be published wrongly.
 */
function readTable(table: Table): Stray | null {
  const cells = (row: Table['children'][number] | undefined) => (row?.children ?? []).map((cell) => plainText(cell).trim()).filter(Boolean);
  const body = table.children.slice(1).filter((row) => cells(row).length > 0);
  const example = cells(body[0] ?? table.children[0])[0];
  if (example === undefined) return null;
  return { read: 'aside', kind: 'table', rows: Math.max(1, body.length), example };
}
