/**
 * A text pasted into one item's field of /saisie (a cahier's page, Word's bullets, numbered lines,
 * post-its one per line, a whole note with its parts' titles): the field holds one line, so the
 * browser would glue it all into one statement. It is split as `new --depuis` splits a JSON element
 * (pasted-element.ts), one item per bullet, number or paragraph; lines without bullets, one per
 * feedback when no sentence runs over the break (pasted-lines.ts); and the items after a part's title
 * (« Ce qui dysfonctionne : », the notes' own vocabulary) go to the part it names. What was done is
 * said in French, for the form to show and announce.
 */
import { exactHeadingTag } from '../pipeline/ingest/notes/sections.ts';
import { TAG_LABELS, type Tag } from '../pipeline/model.ts';
import { plural } from '../pipeline/text/plural.ts';
import { readPastedElement } from './pasted-element.ts';
import { splitIndependentLines } from './pasted-lines.ts';

export interface PastedItem {
  tag: Tag;
  /** One line: a continued item's lines joined by a space. */
  text: string;
}

export interface PastedList {
  /** The items in the order pasted, each with the part it goes to. */
  items: PastedItem[];
  /** What was done, for the screen reader and the eye alike. */
  announcement: string;
}

/** Leading « # » of a Markdown heading, or a bullet, before a part's title. */
const TITLE_MARKS = /^[ \t]*(?:#{1,6}[ \t]+|[-*•][ \t]+)/u;

/** The part a line's whole text names (« Ce qui dysfonctionne : », « ## Besoins »), or null. */
function partTitle(line: string): Tag | null {
  const text = line.replace(TITLE_MARKS, '').trim();
  return text ? exactHeadingTag(text) : null;
}

interface Segment {
  tag: Tag;
  /** The title that opened it, as pasted; null for the text before any title. */
  title: string | null;
  lines: string[];
}

/** The pasted text cut at its parts' titles: what comes first stays in the part it was pasted into. */
function segments(pasted: string, tag: Tag): Segment[] {
  const found: Segment[] = [{ tag, title: null, lines: [] }];
  for (const line of pasted.replace(/\r\n?/g, '\n').split('\n')) {
    const named = partTitle(line);
    if (named) found.push({ tag: named, title: line.trim(), lines: [] });
    else found.at(-1)?.lines.push(line);
  }
  return found;
}

/**
 * The pasted items, or null when the text is one line or one item of the part it was pasted into:
 * the browser pastes it as usual.
 */
export function splitPastedList(pasted: string, tag: Tag): PastedList | null {
  const parts = segments(pasted, tag);
  const items: PastedItem[] = [];
  const notices: string[] = [];
  let perLine = 0;
  for (const part of parts) {
    const where = `Le texte collé dans « ${TAG_LABELS[part.tag]} »`;
    const { texts, notices: said, marked } = readPastedElement(part.lines.join('\n'), where);
    // Lines without any bullet are the writer's own: one feedback per line where no sentence runs on.
    const split = marked ? texts.map((text) => [oneLine(text)]) : texts.map(splitIndependentLines);
    for (const group of split) if (group.length > 1) perLine += group.length;
    items.push(...split.flat().filter(Boolean).map((text) => ({ tag: part.tag, text })));
    // The count sentence of pasted-element.ts speaks of a file's element; the form says it its own way.
    notices.push(...said.filter((notice) => !notice.startsWith(`${where} tient `)));
  }
  const titles = parts.filter((part) => part.title !== null);
  if (items.length < 2 && !items.some((item) => item.tag !== tag)) return null;
  return { items, announcement: [summary(items, tag), ...titleNotices(titles, tag), ...(perLine ? [lineNotice(perLine)] : []), ...notices].join(' ') };
}

function oneLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
}

/** « 5 éléments collés : 2 dans « Ce qui fonctionne », 3 dans « Ce qui dysfonctionne ». » */
function summary(items: readonly PastedItem[], pastedInto: Tag): string {
  const counts = new Map<Tag, number>();
  for (const item of items) counts.set(item.tag, (counts.get(item.tag) ?? 0) + 1);
  const total = plural(items.length, 'élément collé', 'éléments collés');
  if (counts.size === 1 && counts.has(pastedInto)) {
    return `${total} dans « ${TAG_LABELS[pastedInto]} » : la liste est découpée, un élément par puce, numéro ou paragraphe.`;
  }
  const where = [...counts].map(([tag, count]) => `${count} ${tag === pastedInto ? 'dans' : `${count >= 2 ? 'déplacés' : 'déplacé'} dans`} « ${TAG_LABELS[tag]} »`);
  return `${total} : ${where.slice(0, -1).join(', ')}${where.length > 1 ? ' et ' : ''}${where.at(-1) ?? ''}.`;
}

function titleNotices(titles: readonly Segment[], pastedInto: Tag): string[] {
  if (!titles.length) return [];
  const moved = titles.filter((title) => title.tag !== pastedInto);
  const named = titles.map((title) => `« ${title.title ?? ''} »`).join(', ');
  const said = `${titles.length >= 2 ? 'Les titres' : 'Le titre'} ${named} ${titles.length >= 2 ? 'sont ceux de parties' : 'est celui d’une partie'} : ${titles.length >= 2 ? 'ils ne sont pas écrits' : 'il n’est pas écrit'}`;
  return [moved.length ? `${said}, et les éléments qui ${titles.length >= 2 ? 'les' : 'le'} suivent vont dans la partie nommée.` : `${said}.`];
}

function lineNotice(count: number): string {
  return `Les lignes sans puce sont des retours distincts (chacune commence par une majuscule et aucune phrase ne continue à la ligne suivante) : ${plural(count, 'élément')}, un par ligne.`;
}
