/**
 * A list pasted into one item's field of /saisie (a cahier's page, Word's bullets, numbered lines):
 * the field holds one line, so the browser would glue the whole list into one statement. It is split
 * as `new --depuis` splits a JSON element (pasted-element.ts), one item per bullet, number or
 * paragraph, and what was done is said in one French sentence for the form's announcements.
 */
import { TAG_LABELS, type Tag } from '../pipeline/model.ts';
import { plural } from '../pipeline/text/plural.ts';
import { readPastedElement } from './pasted-element.ts';

export interface PastedList {
  /** One text per item, a continued item's lines joined by a space (the field holds one line). */
  texts: string[];
  /** What was done, for the screen reader and the eye alike. */
  announcement: string;
}

/** The pasted items, or null when the text is one line (or one item): the browser pastes it as usual. */
export function splitPastedList(pasted: string, tag: Tag): PastedList | null {
  const where = `Le texte collé dans « ${TAG_LABELS[tag]} »`;
  const { texts, notices } = readPastedElement(pasted, where);
  const items = texts.map((text) => text.split('\n').map((line) => line.trim()).filter(Boolean).join(' '));
  if (items.length < 2) return null;
  // The count sentence of pasted-element.ts speaks of a file's element; the form says it its own way.
  const others = notices.filter((notice) => !notice.startsWith(`${where} tient `));
  const said = `${plural(items.length, 'élément collé', 'éléments collés')} dans « ${TAG_LABELS[tag]} » : la liste est découpée, un élément par puce, numéro ou paragraphe.`;
  return { texts: items, announcement: [said, ...others].join(' ') };
}
