/**
 * Writes a workshop note (DESIGN §4) from a draft: YAML front matter written by the `yaml` package
 * (so quotes and escapes are right whatever is typed), then the three sections with one escaped
 * list item per line. Pure and browser-safe; the same function serves `new` and /saisie.
 */
import { Document, isCollection, isScalar } from 'yaml';
import { TAG_LABELS, type Tag } from '../pipeline/model.ts';
import { parseDate } from '../pipeline/ingest/notes/front-matter-values.ts';
import { PROFILE_IDS, SECTION_TAGS, type NoteDraft } from './draft.ts';
import { escapeItemText, escapeParagraphs, singleLine } from './markdown-escape.ts';
import { itemMarkers } from './item-line.ts';
import { placeSlug, regionFolder, regionName } from './slug.ts';
import { isHeadCount } from './form-counts.ts';

export const NOTES_FOLDER = 'content/ateliers';

/** What a line of the written note comes from, to show a diagnostic next to its field. */
export type LineOrigin =
  | { kind: 'field'; field: string }
  | { kind: 'section'; tag: Tag }
  | { kind: 'item'; tag: Tag; index: number }
  | { kind: 'other' };

export interface RenderedNote {
  /** Path relative to the consultation root, `/` separators. */
  path: string;
  content: string;
}

export function renderNote(draft: NoteDraft): RenderedNote {
  const { path, content } = renderNoteWithOrigins(draft);
  return { path, content };
}

/** The note plus, for each of its lines (index 0 = line 1), where it comes from. */
export function renderNoteWithOrigins(draft: NoteDraft): RenderedNote & { origins: LineOrigin[] } {
  const lines: string[] = [];
  const origins: LineOrigin[] = [];
  const push = (line: string, origin: LineOrigin) => {
    lines.push(line);
    origins.push(origin);
  };

  push('---', { kind: 'other' });
  let field = 'titre';
  for (const line of frontMatter(draft).split('\n')) {
    const key = /^([a-z_]+):/.exec(line)?.[1];
    if (key) field = key;
    push(line, { kind: 'field', field });
  }
  push('---', { kind: 'other' });

  const context = escapeParagraphs(draft.contexte);
  if (context) {
    push('', { kind: 'other' });
    for (const line of context.split('\n')) push(line, { kind: 'field', field: 'contexte' });
  }
  for (const tag of SECTION_TAGS) {
    // An item with only a theme or votes is written too: `check` then says it has no text, rather than it vanishing here.
    const items = draft.items[tag].map((item, index) => ({ item, index })).filter(({ item }) => item.text.trim() || item.themes.length > 0 || item.votes !== null);
    if (!items.length) continue;
    push('', { kind: 'other' });
    push(`## ${TAG_LABELS[tag]}`, { kind: 'section', tag });
    push('', { kind: 'other' });
    for (const { item, index } of items) {
      const [first = '', ...continued] = itemLines(item.text);
      push(`- ${first}${continued.length ? '' : itemMarkers(item)}`.replace(/^- {2,}/, '- '), { kind: 'item', tag, index });
      continued.forEach((line, i) => push(`  ${line}${i === continued.length - 1 ? itemMarkers(item) : ''}`, { kind: 'item', tag, index }));
    }
  }
  return { path: notePath(draft), content: lines.join('\n') + '\n', origins };
}

/**
 * The item's lines, escaped: one, or, for a text pasted on several lines (pasted-element.ts), the
 * first after the dash and the others below it, indented as the lines of one list item.
 */
function itemLines(text: string): string[] {
  const lines = text.split('\n').map(escapeItemText).filter(Boolean);
  return lines.length ? lines : [''];
}

/** `content/ateliers/<région>/<date>-<lieu>.md`. */
export function notePath(draft: Pick<NoteDraft, 'region' | 'date' | 'lieu'> & Partial<Pick<NoteDraft, 'ambassadeurs'>>): string {
  const date = isoDate(draft.date) ?? 'date-a-preciser';
  // Never a phone, an e-mail nor an ambassador's name: the file name is published.
  const place = placeSlug(draft.lieu, draft.ambassadeurs) || 'atelier';
  return `${NOTES_FOLDER}/${regionFolder(draft.region)}/${date}-${place}.md`;
}

/** « Atelier Nouvelle-Aquitaine — Saintes », « Atelier jeunes Bretagne — Quimper ». */
export function defaultTitle(draft: Pick<NoteDraft, 'region' | 'lieu' | 'jeunes'>): string {
  const region = singleLine(regionName(draft.region));
  const place = singleLine(draft.lieu);
  const head = `Atelier ${draft.jeunes ? 'jeunes ' : ''}${region}`.trim();
  return place ? `${head} — ${place}` : head;
}

function frontMatter(draft: NoteDraft): string {
  const data: Record<string, unknown> = {
    titre: singleLine(draft.titre) || defaultTitle(draft),
  };
  // `lieu` is a descriptive key the parser accepts: it keeps the place for whoever edits the note later.
  if (singleLine(draft.lieu)) data.lieu = singleLine(draft.lieu);
  Object.assign(data, {
    date: isoDate(draft.date) ?? singleLine(draft.date),
    format: draft.format,
  });
  if (draft.jeunes) data.profil = 'jeune';
  data.region = singleLine(regionName(draft.region));
  data.departements = clean(draft.departements);
  data.structures = clean(draft.structures);
  data.ambassadeurs = clean(draft.ambassadeurs);
  // A number the note cannot hold (« -3 », « 2.5 ») stays out of it; the form says so next to its box (form-counts.ts).
  const profils: Record<string, number> = {};
  for (const id of PROFILE_IDS) {
    const count = draft.participants.profils[id];
    if (count !== undefined && count > 0 && isHeadCount(count)) profils[id] = count;
  }
  const participants: Record<string, unknown> = {};
  const total = draft.participants.total;
  if (total !== null && isHeadCount(total)) participants.total = total;
  if (Object.keys(profils).length) participants.profils = profils;
  if (Object.keys(participants).length) data.participants = participants;

  const doc = new Document(data);
  // Short lists on one line, as in the examples ambassadors see: `departements: ["17"]`.
  for (const key of ['departements', 'structures', 'ambassadeurs']) {
    const node = doc.get(key, true);
    if (!isCollection(node)) continue;
    node.flow = true;
    for (const value of node.items) if (isScalar(value)) value.type = 'QUOTE_DOUBLE';
  }
  const profilsNode = doc.getIn(['participants', 'profils'], true);
  if (isCollection(profilsNode)) profilsNode.flow = true;
  return doc.toString({ lineWidth: 0, defaultStringType: 'PLAIN', flowCollectionPadding: false }).trimEnd();
}

/** The date in ISO form when it is one the parser accepts (`12/09/2026` too), else null. */
function isoDate(text: string): string | null {
  const parsed = parseDate(singleLine(text));
  return 'date' in parsed ? parsed.date : null;
}

function clean(values: readonly string[]): string[] {
  return values.map(singleLine).filter(Boolean);
}
