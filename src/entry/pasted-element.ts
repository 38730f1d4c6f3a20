/**
 * An element of a JSON draft (`new --depuis`) that holds a whole pasted list: a cahier's page, Word's
 * bullets, lines numbered « 1 », « 2 ». Written as one item, it was one statement full of Word's
 * empty boxes, and nothing said so. It is split where the note reader would see an item start:
 * a bullet (« - », « • », « ► », a Symbol or Wingdings character…, bullets.ts), a number with a dot
 * or a bracket, lines numbered without a dot whose numbers follow each other (numbered-lines.ts), a
 * blank line, a Word bullet inside a line before a new statement (private-use.ts). A line without any
 * of these goes on with the item above, and is written below it in the note, where the reader's own
 * rules apply (a topic glued below an item, « a) … b) … »), and `check` says what it did.
 * Word's sub-bullets (« o⇥avec les partenaires » under « •⇥Agenda partagé », or a bullet indented
 * deeper than the one above) lose their marker and stay with their item, which they detail:
 * « Agenda partagé : avec les partenaires ; mis à jour chaque semaine ». Alone, « avec les
 * partenaires » would be a feedback about nothing.
 * What was done is said in `notices`, one French sentence each.
 */
import { startsWithPastedBullet } from '../pipeline/ingest/notes/bullets.ts';
import { lineNumber, numberedItems } from '../pipeline/ingest/notes/numbered-lines.ts';
import { splitAtGlyphs } from '../pipeline/ingest/notes/private-use.ts';
import { exactHeadingTag } from '../pipeline/ingest/notes/sections.ts';
import { TAG_LABELS } from '../pipeline/model.ts';
import { plural } from '../pipeline/text/plural.ts';

export interface PastedElement {
  /** The items' texts, a continued item's lines separated by « \n », markers left in. */
  texts: string[];
  notices: string[];
  /** Whether a bullet, a number or a sub-bullet marked an item: lines without any are the pasted text's own. */
  marked: boolean;
}

/** A Markdown list marker, a pasted bullet's « - », or a quote's « > » at a line's start. */
const MARKER = /^[ \t]*(?:[-*+>][ \t\u00A0]+|\d{1,9}[.)][ \t\u00A0]+)/u;
/** A vote count, which an item keeps whole (the votes were given to all of it). */
const VOTES = /\(\s*[+-]?\s*\d+(?:[.,]\d+)?\s*(?:votes?|voix|gommettes?)\s*\)/iu;
/** Leading « # » of a heading typed as an element. */
const HEADING_MARKS = /^[ \t]*#{1,6}[ \t]+/;

/**
 * `element`: the text as typed; `where`: how the notices name it (« Élément 2 de « Besoins et
 * attentes » »).
 */
export function readPastedElement(element: string, where: string): PastedElement {
  const lines = element.replace(/\r\n?/g, '\n').split('\n');
  const starts = itemStarts(lines);
  const subs = subItemStarts(lines, starts);
  const notices: string[] = [];
  const items: string[][] = [];
  const lead: string[] = [];
  let glyphs = { separators: 0, removed: 0 };
  let blankBefore = false;
  /** How many sub-items the last item has taken: the first follows « : », the others « ; ». */
  let details = 0;
  let detailed = 0;
  /** Whether the last item was opened by a « o » line (no item above it). */
  let openedByO = false;

  lines.forEach((line, index) => {
    if (!line.trim()) {
      blankBefore = items.length > 0 || lead.length > 0;
      return;
    }
    const sub = subs.get(index);
    const parent = items.at(-1);
    // A list of « o » alone is Word's first level in another font: its lines are items, not details.
    const sibling = sub !== undefined && openedByO && WORD_SUB_BULLET.test(line);
    if (sub !== undefined && parent && !blankBefore && !sibling) {
      const detail = line.slice(sub).trim();
      const last = parent.length - 1;
      const above = parent[last] ?? '';
      const joiner = details > 0 ? ' ; ' : /[:.;,!?…]$/u.test(above) ? ' ' : ' : ';
      parent[last] = `${above}${joiner}${detail}`;
      if (details === 0) detailed += 1;
      details += 1;
      return;
    }
    if (sub !== undefined) starts.set(index, sub);
    const start = starts.get(index);
    if (start !== undefined || blankBefore) details = 0;
    if (start !== undefined) openedByO = sub !== undefined && WORD_SUB_BULLET.test(line);
    const text = start === undefined ? line.trim() : line.slice(start).trim();
    const cut = splitAtGlyphs(text, !VOTES.test(text));
    if (cut) glyphs = { separators: glyphs.separators + cut.separators, removed: glyphs.removed + cut.removed };
    const [first = '', ...others] = cut ? cut.parts.map((part) => part.text) : [text];
    // A bullet, a blank line above, or a text with no item yet opens an item; any other line goes on with the one above.
    if (start !== undefined || blankBefore || (items.length === 0 && starts.size === 0)) items.push([first]);
    else if (items.length === 0) lead.push(first);
    else items.at(-1)?.push(first);
    for (const other of others) items.push([other]);
    blankBefore = false;
  });

  let texts = items.map((item) => item.filter(Boolean).join('\n')).filter(Boolean);
  // A part's title over the list (« ## Besoins et attentes ») is no lead-in: it is dropped, like an item that is one.
  const isTitle = (line: string) => exactHeadingTag(line.replace(HEADING_MARKS, '')) !== null;
  const leadText = lead.filter((line) => !isTitle(line)).join(' ').trim();
  if (leadText && /:$/.test(leadText) && texts.length > 0) {
    // « Fiscalité : » over a list says what each of its items is about, as « Fiscalité : a) … b) … » does in a note.
    texts = texts.map((text) => `${leadText} ${text}`);
    notices.push(`${where} : « ${leadText} » introduit la liste : ${texts.length >= 2 ? `il précède chacun de ses ${texts.length} éléments` : 'il précède son élément'}.`);
  } else if (leadText) texts.unshift(leadText);

  const dropped: string[] = [];
  const kept = [...lead.filter(isTitle), ...texts].filter((text) => {
    const heading = text.replace(HEADING_MARKS, '');
    const tag = !text.includes('\n') ? exactHeadingTag(heading) : null;
    if (tag) dropped.push(`${where} : « ${text} » est le titre d’une partie (« ${TAG_LABELS[tag]} »), pas un retour : il n’est pas écrit.`);
    return tag === null;
  });
  if (kept.length >= 2) notices.push(`${where} tient ${plural(kept.length, 'retour')}, un par puce, numéro ou paragraphe : ils sont écrits comme ${plural(kept.length, 'élément')}.`);
  if (glyphs.separators + glyphs.removed > 0) notices.push(glyphNotice(where, glyphs));
  notices.push(...dropped);
  if (detailed > 0) {
    notices.push(`${where} : les sous-puces de Word (« o », puces en retrait) sont rattachées à ${detailed >= 2 ? `leurs ${detailed} éléments` : 'leur élément'}, après « : ».`);
  }
  return { texts: kept, notices, marked: starts.size > 0 || subs.size > 0 };
}

/** Word's second-level bullet as plain text: a lone « o » before a tab or spaces. */
const WORD_SUB_BULLET = /^[ \t]*o(?:\t|[ \u00A0]+)[ \t\u00A0]*(?=\S)/u;

/** A line's indentation, a tab counting as four spaces. */
function indentation(line: string): number {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  return [...lead].reduce((width, character) => width + (character === '\t' ? 4 : 1), 0);
}

/**
 * For each line that details the item above (Word's « o », or a bullet indented deeper than the
 * item's own), where its text starts. Taken out of `starts`: such a line opens no item of its own.
 */
function subItemStarts(lines: readonly string[], starts: Map<number, number>): Map<number, number> {
  const subs = new Map<number, number>();
  let itemIndent: number | null = null;
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const word = WORD_SUB_BULLET.exec(line);
    const start = starts.get(index);
    if (word) {
      subs.set(index, word[0].length);
      starts.delete(index);
    } else if (start !== undefined && itemIndent !== null && indentation(line) > itemIndent) {
      subs.set(index, start);
      starts.delete(index);
    } else if (start !== undefined) itemIndent = indentation(line);
  });
  return subs;
}

/**
 * For each line that starts an item, where its text starts (after its bullet or number). A pasted
 * bullet counts as « - » would; numbers without a dot count when they follow each other.
 */
function itemStarts(lines: readonly string[]): Map<number, number> {
  const starts = new Map<number, number>();
  lines.forEach((line, index) => {
    const bullet = startsWithPastedBullet(line) ? /^[ \t]*\S[ \t\u00A0]*/u.exec(line) : MARKER.exec(line);
    if (bullet) starts.set(index, bullet[0].length);
  });
  const first = lines.findIndex((line, index) => !starts.has(index) && lineNumber(line) !== null);
  const numbered = first >= 0 ? numberedItems(lines.slice(first)) : null;
  if (numbered && numbered.length >= 2) for (const item of numbered) starts.set(first + item.first, item.textStart);
  return starts;
}

function glyphNotice(where: string, { separators, removed }: { separators: number; removed: number }): string {
  const done = [
    separators > 0 ? `${separators} ${separators >= 2 ? 'séparent' : 'sépare'} deux retours` : '',
    removed > 0 ? `${removed} ${removed >= 2 ? 'sont retirés' : 'est retiré'}` : '',
  ].filter(Boolean);
  const total = separators + removed;
  return `${where} contient ${plural(total, 'caractère')} de puce de Word ou d’un PDF (polices Symbol, Wingdings) au milieu d’une ligne : ${done.join(', ')}.`;
}
