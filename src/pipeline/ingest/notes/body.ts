/**
 * The body of a workshop note: headings decide the tag (the nearest known heading above a list
 * wins), every list item — nested ones included — is one item. Text written outside a list in a
 * tagged section is published or set aside, never dropped without a word (stray-blocks.ts); so is a
 * table, whose cells are items when its shape says whose feedback each is (tables.ts).
 * Problems are reported once per section or per hashtag, never once per item when they share a cause.
 */
import type { Heading, List, ListItem, Root, RootContent, Table } from 'mdast';
import { NO_THEMES, type Diagnostic, type Tag } from '../../model.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import { OTHER_THEME } from '../../referentiels/themes.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Report } from './front-matter.ts';
import { foldKey } from '../../text/fold.ts';
import { reportEmptyNote, reportOutside, reportParagraphHeading, reportSection, reportUnknownHashtag } from './body-diagnostics.ts';
import { reportCorrectedHeading } from './heading-diagnostics.ts';
import { readHeading } from './heading-typo.ts';
import { namedSection, paragraphHeading, type ParagraphHeading } from './paragraph-heading.ts';
import { readStray } from './stray-blocks.ts';
import { reportReadAsItem } from './stray-diagnostics.ts';
import { reportTableAside, reportTableRead, reportUnpublishedColumn } from './table-diagnostics.ts';
import { readTable } from './tables.ts';
import { extractMarkers, plainText } from './item-text.ts';
import { readVotes } from './votes.ts';

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
  diagnostics: Diagnostic[];
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
}

/** Where an item goes, and what its source adds to its text. */
interface Placement {
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

export function readBody(root: Root, file: string, referentiels: Referentiels): BodyResult {
  const result: BodyResult = { items: [], read: 0, rejected: 0, diagnostics: [] };
  const report: Report = (init) => {
    result.diagnostics.push(diagnostic({ ...init, file }));
  };
  const stack: Section[] = [];
  const finished: Section[] = [];
  const unknownHashtags = new Map<string, UnknownHashtag>();
  let outside: { line: number; column: number; count: number } | null = null;
  // Text set aside is read too, but a note holding nothing else still has no item.
  let setAside = 0;

  const nearestKnown = () => stack.findLast((s) => s.tag !== null);

  const onItem = (item: ListItem) => {
    const raw = item.children.filter((child) => child.type !== 'list').map((child) => plainText(child)).join(' ');
    addItem(raw, item.position?.start ?? { line: 1, column: 1 });
  };

  // Where a list item goes: the nearest known section's tag, the heading right above as its question.
  const underHeadings = (): Placement => ({ tag: nearestKnown()?.tag ?? null, question: stack.at(-1)?.title ?? null, votes: null, cell: false });

  // Whether the item was kept (an empty one is rejected, with its diagnostic).
  const addItem = (raw: string, { line, column }: { line: number; column: number }, placement = underHeadings()): boolean => {
    result.read++;
    const markers = extractMarkers(raw);
    const top = stack.at(-1);
    // An empty bullet still shows the section was filled in: it is not also reported as empty.
    for (const section of stack) section.items++;
    if (!markers.text) {
      result.rejected++;
      report({
        code: 'element-vide',
        severity: 'warning',
        message: placement.cell ? 'Cellule de tableau sans texte : elle n’est pas retenue.' : 'Élément de liste vide : il n’est pas retenu.',
        hint: placement.cell ? 'Écrivez le retour dans la cellule, ou supprimez la ligne.' : 'Écrivez le texte après le tiret, ou supprimez la ligne.',
        line,
        column,
      });
      return false;
    }
    if (!placement.tag && top) top.untagged++;
    if (!placement.tag && !top) outside = outside ? { ...outside, count: outside.count + 1 } : { line, column, count: 1 };
    const explicitThemes = new Set<string>();
    for (const hashtag of markers.hashtags) {
      const theme = referentiels.themeOfHashtag(hashtag);
      if (theme) {
        explicitThemes.add(theme.id);
        continue;
      }
      const key = foldKey(hashtag);
      const seen = unknownHashtags.get(key);
      if (seen) seen.count++;
      else unknownHashtags.set(key, { tag: hashtag, line, column, count: 1 });
    }
    // A table's vote cell counts as a « (12 votes) » written in the text: both at once are two counts.
    const votes = readVotes(placement.votes === null ? markers.votes : [...markers.votes, placement.votes]);
    if (votes.problem)
      report({ code: 'vote-invalide', severity: 'warning', message: votes.problem, hint: votes.hint, line, column });
    result.items.push({
      text: markers.text,
      declaredTag: placement.tag ?? 'auto',
      explicitThemes: explicitThemes.size === 0 ? NO_THEMES : [...explicitThemes].sort(),
      weight: votes.weight,
      question: placement.question,
      line,
      column,
    });
    return true;
  };

  const onList = (list: List) => {
    for (const item of list.children) {
      onItem(item);
      for (const child of item.children) if (child.type === 'list') onList(child);
    }
  };

  const onHeading = (heading: Heading) => {
    while ((stack.at(-1)?.depth ?? 0) >= heading.depth) finished.push(stack.pop() as Section);
    const { line, column } = heading.position?.start ?? { line: 1, column: 1 };
    const title = plainText(heading).replace(/\s+/g, ' ').trim();
    // A near-certain typo of a section's name is read as that section, and said so.
    const section = readHeading(title);
    if (section?.corrected) reportCorrectedHeading(title, section.tag, { line, column }, report);
    stack.push({ depth: heading.depth, title, tag: section?.tag ?? null, line, column, items: 0, untagged: 0, aside: null, setAside: 0 });
  };

  // A section's name written as a paragraph before a list opens a section beside the nearest known one
  // (or below the current context heading), as the heading it stands for would.
  const onParagraphHeading = ({ title, tag }: ParagraphHeading, at: { line: number; column: number }) => {
    const depth = nearestKnown()?.depth ?? (stack.at(-1)?.depth ?? 1) + 1;
    while ((stack.at(-1)?.depth ?? 0) >= depth) finished.push(stack.pop() as Section);
    stack.push({ depth, title, tag, line: at.line, column: at.column, items: 0, untagged: 0, aside: null, setAside: 0 });
    reportParagraphHeading(title, tag, at, report);
  };

  // Text outside a list, in a section that tags its items: published as an item, or set aside and counted.
  const onStray = (node: RootContent, inQuote: boolean) => {
    const tag = nearestKnown()?.tag;
    const top = stack.at(-1);
    const stray = tag && top ? readStray(node, top.items > 0, inQuote) : null;
    if (!stray || !tag || !top) return;
    const at = node.position?.start ?? { line: 1, column: 1 };
    if (stray.read === 'item') {
      if (addItem(stray.raw, at)) reportReadAsItem(stray.kind, tag, at, report);
      return;
    }
    countAside(1);
    top.aside = top.aside ? { ...top.aside, count: top.aside.count + 1 } : { ...at, count: 1 };
  };

  // Text read but not published: counted in the reconciliation, and the sections holding it are not empty.
  const countAside = (count: number) => {
    result.read += count;
    result.rejected += count;
    setAside += count;
    for (const section of stack) section.setAside++;
  };

  // A table anywhere: its cells published as items, or the table set aside whole (tables.ts).
  const onTable = (table: Table) => {
    const title = stack.at(-1)?.title ?? null;
    const reading = readTable(table, { tag: nearestKnown()?.tag ?? null, title });
    if (!reading) return;
    const at = table.position?.start ?? { line: 1, column: 1 };
    if (reading.read === 'aside') {
      countAside(reading.rows);
      reportTableAside(title, reading, at, report);
      return;
    }
    for (const item of reading.items) addItem(item.raw, item.at, { tag: item.tag, question: item.question, votes: item.votes, cell: true });
    if (reading.setAside > 0) countAside(reading.setAside);
    reportTableRead(title, reading, at, report);
    for (const column of reading.unpublished) reportUnpublishedColumn(column, report);
  };

  const onBlock = (node: RootContent, index: number, siblings: readonly RootContent[], inQuote = false) => {
    const pseudo =
      node.type === 'paragraph' || node.type === 'list'
        ? (paragraphHeading(node, siblings[index + 1]) ?? (nearestKnown() ? namedSection(node) : null))
        : null;
    if (node.type === 'heading') onHeading(node);
    else if (pseudo) onParagraphHeading(pseudo, node.position?.start ?? { line: 1, column: 1 });
    else if (node.type === 'list') onList(node);
    else if (node.type === 'table') onTable(node);
    else if (node.type === 'blockquote') node.children.forEach((child, i, all) => onBlock(child, i, all, true));
    else onStray(node, inQuote);
  };

  root.children.forEach((node, index, siblings) => onBlock(node, index, siblings));
  finished.push(...stack.splice(0).reverse());
  finished.sort((a, b) => a.line - b.line);

  const noteHasItems = result.read - setAside > 0;
  for (const section of finished) reportSection(section, noteHasItems, report);
  if (outside) reportOutside(outside, report);
  // Without a taxonomy (only « Autres »), every #theme is unknown: data/themes.yml's own warning says it once.
  const hasTaxonomy = referentiels.themes.some((theme) => theme.id !== OTHER_THEME.id);
  if (hasTaxonomy) for (const unknown of unknownHashtags.values()) reportUnknownHashtag(unknown, referentiels.suggestTheme(unknown.tag), report);
  if (!noteHasItems) reportEmptyNote(report);
  return result;
}
