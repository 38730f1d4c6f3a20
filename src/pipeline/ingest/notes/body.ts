/**
 * The body of a workshop note: headings decide the tag (the nearest known heading above a list
 * wins), every list item — nested ones included — is one item. Text written outside a list in a
 * tagged section is published or set aside, never dropped without a word (stray-blocks.ts); so is a
 * table, whose cells are items when its shape says whose feedback each is (tables.ts). Text pasted
 * from a cahier, a PDF or Word is read line by line as its writer meant it (item-pieces.ts: a topic
 * glued below an item, « a) … b) … », Word's glyphs; numbered-lines.ts: « 1 », « 2- » without a dot),
 * each reading said at its line (paste-diagnostics.ts).
 * Problems are reported once per section or per hashtag, never once per item when they share a cause.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Table } from 'mdast';
import { NO_THEMES, type RejectionReason, type Tag } from '../../model.ts';
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
import { reportPostItLines, reportReadAsItem, reportUnsurePostIts } from './stray-diagnostics.ts';
import { readPostIts } from './post-it-lines.ts';
import { reportTableAside, reportTableRead, reportUnpublishedColumn } from './table-diagnostics.ts';
import { readTable } from './tables.ts';
import { extractMarkers, plainText } from './item-text.ts';
import { readVotes } from './votes.ts';
import { readItemPieces, type ItemPieces } from './item-pieces.ts';
import { lineNumber, numberedLineItems } from './numbered-lines.ts';
import { reportEnumeration, reportGlyphs, reportNothingPublished, reportNumberedLines, reportTopic } from './paste-diagnostics.ts';
import { blockLines, type At, type TextLine } from './text-lines.ts';
import { topicShape } from './topic-label.ts';
import { exactHeadingTag } from './sections.ts';
import type { AsideText, BodyResult, Placement, Section, UnknownHashtag } from './body-model.ts';

/** `source`: the lines of the text parsed, for the lines of pasted items (text-lines.ts). */
export function readBody(root: Root, file: string, referentiels: Referentiels, source: readonly string[]): BodyResult {
  const result: BodyResult = { items: [], read: 0, rejected: 0, reasons: {}, setAside: [], diagnostics: [] };
  const report: Report = (init) => {
    result.diagnostics.push(diagnostic({ ...init, file }));
  };
  const stack: Section[] = [];
  const finished: Section[] = [];
  const unknownHashtags = new Map<string, UnknownHashtag>();
  let outside: { line: number; column: number; count: number } | null = null;
  // Text set aside is read too, but a note holding nothing else still has no item.
  let setAside = 0;
  let firstAside: At | null = null;
  // Private-use glyphs inside lines: said once for the note.
  let glyphs: ItemPieces['glyphs'] = null;
  // Runs of numbered lines read as items, and the number the last one ended on.
  const numberedRuns: Array<{ count: number; tag: Tag; at: At; last: number }> = [];
  let numberedBefore: RootContent | null = null;

  const nearestKnown = () => stack.findLast((s) => s.tag !== null);

  const onItem = (item: ListItem, topicMayFollow: boolean) => {
    const at = item.position?.start ?? { line: 1, column: 1 };
    addPieces(blockLines(item.children, source), at, topicMayFollow && nearestKnown() !== undefined);
  };

  /**
   * The pieces of one written item (item-pieces.ts), each added as an item, and what was done to it
   * reported. Whether at least one was kept.
   */
  const addPieces = (lines: readonly TextLine[], at: At, topicMayFollow: boolean, placement?: Placement): boolean => {
    const reading = readItemPieces(lines, at, topicMayFollow);
    let kept = false;
    for (const piece of reading.pieces) kept = addItem(piece.raw, piece.at, placement) || kept;
    if (reading.enumeration) reportEnumeration(reading.enumeration, report);
    if (reading.glyphs) {
      const { separators, removed } = reading.glyphs;
      glyphs = { separators: separators + (glyphs?.separators ?? 0), removed: removed + (glyphs?.removed ?? 0), at: glyphs?.at ?? reading.glyphs.at };
    }
    if (reading.label) onTopic(reading.label.title, reading.label.at, true);
    return kept;
  };

  // A topic line opens a subheading below the section, as « ### Justice » would: the items below have it as context.
  // A section's name (« Propositions ») opens that section instead, as a paragraph naming it does.
  const onTopic = (title: string, at: At, glued: boolean) => {
    const tag = exactHeadingTag(title);
    if (tag) {
      onParagraphHeading({ title, tag }, at);
      return;
    }
    const depth = (stack.findLast((s) => !s.topic)?.depth ?? 1) + 1;
    while ((stack.at(-1)?.depth ?? 0) >= depth) finished.push(stack.pop() as Section);
    stack.push({ depth, title, tag: null, line: at.line, column: at.column, items: 0, untagged: 0, aside: null, setAside: 0, topic: true });
    reportTopic(title, glued, at, report);
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
      reject('element-vide', [{ raw: raw.trim(), at: { line, column } }]);
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
    else if (markers.bareCount !== null && placement.votes === null)
      report({
        code: 'vote-invalide',
        severity: 'warning',
        message: `« (${markers.bareCount}) » à la fin de l’élément n’est pas lu comme un nombre de votes : l’élément pèse 1, et « (${markers.bareCount}) » reste dans le texte publié.`,
        hint: `Si ce sont des votes, écrivez « (${markers.bareCount} votes) » ; si c’est un renvoi ou un numéro, retirez-le du texte.`,
        line,
        column,
      });
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

  // `listFollows`: the next block is a list too, so that the last item's last line may be the topic of its items.
  const onList = (list: List, listFollows: boolean) => {
    list.children.forEach((item, index) => {
      const nested = item.children.filter((child) => child.type === 'list');
      onItem(item, index < list.children.length - 1 || listFollows || nested.length > 0);
      nested.forEach((child, i) => onList(child, i < nested.length - 1 || index < list.children.length - 1 || listFollows));
    });
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
  const onStray = (node: RootContent, inQuote: boolean, next: RootContent | undefined) => {
    const tag = nearestKnown()?.tag;
    const top = stack.at(-1);
    if (!tag || !top) return;
    const at = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === 'paragraph' && !inQuote && (onNumbered(node, tag, next) || onTopicParagraph(node, next) || onPostIts(node, tag, top.items > 0, next))) return;
    const stray = readStray(node, top.items > 0, inQuote);
    if (!stray) return;
    if (stray.read === 'item') {
      const lines = stray.kind === 'quote' ? [{ text: stray.raw, at }] : blockLines([node], source);
      if (addPieces(lines, at, false)) reportReadAsItem(stray.kind, tag, at, report);
      return;
    }
    countAside([{ raw: plainText(node).trim(), at }]);
    top.aside = top.aside ? { ...top.aside, count: top.aside.count + 1 } : { ...at, count: 1 };
  };

  // Short lines typed without dashes (post-it-lines.ts): one item per idea, said at the paragraph. Not
  // before a list, where such lines are as likely the section's introduction. Whether they were read so;
  // a paragraph that may be either is read as one, with a word on how to write post-its.
  const onPostIts = (node: Paragraph, tag: Tag, afterList: boolean, next: RootContent | undefined): boolean => {
    if (!afterList && next?.type === 'list') return false;
    const lines = blockLines([node], source);
    const reading = readPostIts(lines);
    const [first] = lines;
    if (!first) return false;
    if (reading.read === 'whole') {
      if (reading.unsure) reportUnsurePostIts(lines.length, first.at, report);
      return false;
    }
    for (const item of reading.items) addPieces(item, item[0]?.at ?? first.at, false);
    reportPostItLines(lines.length, reading.items.length, tag, first.at, report);
    return true;
  };

  // A paragraph of lines numbered without a dot (numbered-lines.ts): one item per number. Whether it was one.
  // One numbered line is a list when the paragraph before or after goes on with the numbering.
  const onNumbered = (node: Paragraph, tag: Tag, next: RootContent | undefined): boolean => {
    const numbered = numberedLineItems(blockLines([node], source));
    const [head] = numbered ?? [];
    if (!numbered || !head) return false;
    const run = numberedBefore !== null && numberedRuns.at(-1)?.last === head.number - 1 ? numberedRuns.at(-1) : undefined;
    const nextNumber = next?.type === 'paragraph' ? lineNumber(blockLines([next], source)[0]?.text ?? '')?.number : undefined;
    if (numbered.length < 2 && !run && nextNumber !== head.number + 1) return false;
    numbered.forEach((item, index) => addPieces(item.lines, item.at, index < numbered.length - 1));
    const last = numbered.at(-1)?.number ?? head.number;
    if (run) {
      run.count += numbered.length;
      run.last = last;
    } else numberedRuns.push({ count: numbered.length, tag, at: head.at, last });
    numberedBefore = node;
    return true;
  };

  // A topic alone on a line before a list (« Fiscalité »): the subheading of the list's items.
  const onTopicParagraph = (node: Paragraph, next: RootContent | undefined): boolean => {
    if (next?.type !== 'list') return false;
    const lines = blockLines([node], source);
    const [only] = lines;
    // « Fiscalité : » announces the list, and says nothing more (stray-blocks.ts): it is not a subheading.
    const title = lines.length === 1 && only && !/:\s*$/.test(only.text) ? topicShape(only.text) : null;
    if (title === null || !only) return false;
    onTopic(title, only.at, false);
    return true;
  };

  // Text read but not published: counted in the reconciliation, and the sections holding it are not empty.
  const countAside = (texts: readonly AsideText[], at: At = texts[0]?.at ?? { line: 1, column: 1 }) => {
    const count = texts.length;
    if (count === 0) return;
    result.read += count;
    reject('texte-hors-liste', texts);
    setAside += count;
    firstAside ??= at;
    for (const section of stack) section.setAside++;
  };

  // Counted by reason for the bilan, and each kept for the list of entries set aside.
  const reject = (reason: RejectionReason, texts: readonly AsideText[]) => {
    result.rejected += texts.length;
    result.reasons[reason] = (result.reasons[reason] ?? 0) + texts.length;
    for (const { raw, at } of texts) result.setAside.push({ reason, text: raw, line: at.line, column: at.column });
  };

  // A table anywhere: its cells published as items, or the table set aside whole (tables.ts).
  const onTable = (table: Table) => {
    const title = stack.at(-1)?.title ?? null;
    const reading = readTable(table, { tag: nearestKnown()?.tag ?? null, title });
    if (!reading) return;
    const at = table.position?.start ?? { line: 1, column: 1 };
    if (reading.read === 'aside') {
      countAside(reading.entries, at);
      reportTableAside(title, reading, at, report);
      return;
    }
    for (const item of reading.items) addPieces([{ text: item.raw, at: item.at }], item.at, false, { tag: item.tag, question: item.question, votes: item.votes, cell: true });
    countAside(reading.asideCells, at);
    reportTableRead(title, reading, at, report);
    for (const column of reading.unpublished) reportUnpublishedColumn(column, report);
  };

  const onBlock = (node: RootContent, index: number, siblings: readonly RootContent[], inQuote = false) => {
    const pseudo =
      node.type === 'paragraph' || node.type === 'list'
        ? (paragraphHeading(node, siblings[index + 1]) ?? (nearestKnown() ? namedSection(node) : null))
        : null;
    const next = siblings[index + 1];
    if (node !== numberedBefore && siblings[index - 1] !== numberedBefore) numberedBefore = null;
    if (node.type === 'heading') onHeading(node);
    else if (pseudo) onParagraphHeading(pseudo, node.position?.start ?? { line: 1, column: 1 });
    else if (node.type === 'list') onList(node, next?.type === 'list');
    else if (node.type === 'table') onTable(node);
    else if (node.type === 'blockquote') node.children.forEach((child, i, all) => onBlock(child, i, all, true));
    else onStray(node, inQuote, next);
  };

  root.children.forEach((node, index, siblings) => onBlock(node, index, siblings));
  finished.push(...stack.splice(0).reverse());
  finished.sort((a, b) => a.line - b.line);

  const noteHasItems = result.read - setAside > 0;
  for (const section of finished) reportSection(section, noteHasItems, report);
  for (const run of numberedRuns) reportNumberedLines(run, report);
  if (glyphs) reportGlyphs(glyphs, report);
  if (outside) reportOutside(outside, report);
  // Without a taxonomy (only « Autres »), every #theme is unknown: data/themes.yml's own warning says it once.
  const hasTaxonomy = referentiels.themes.some((theme) => theme.id !== OTHER_THEME.id);
  if (hasTaxonomy) for (const unknown of unknownHashtags.values()) reportUnknownHashtag(unknown, referentiels.suggestTheme(unknown.tag), report);
  // Text in the sections and nothing published: the workshop would vanish from the white paper.
  if (result.items.length === 0 && firstAside) reportNothingPublished(setAside, firstAside, report);
  else if (!noteHasItems) reportEmptyNote(report);
  return result;
}
