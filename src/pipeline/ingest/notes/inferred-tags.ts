/**
 * The tag each note item without a section received, said at the item's line once tagging is done:
 * section-inconnue and element-hors-section say that tags will be inferred, but the ambassador can
 * only check a tag that is shown. Survey answers are left out: a survey column's tag is set once, in
 * its `.yml`, and its thousands of answers would drown the report.
 */
import { TAG_LABELS, type Diagnostic, type Session } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { TaggedItem } from '../../tag/index.ts';
import { CANONICAL_HEADINGS } from './sections.ts';

/** Below this, the tagger's guess is said to be unsure (a tie between two tags gives about 0.5). */
const SURE = 0.5;

export function inferredTagDiagnostics(items: readonly TaggedItem[], sessions: readonly Session[]): Diagnostic[] {
  const workshops = new Set(sessions.filter((session) => session.kind === 'workshop').map((session) => session.id));
  // An item split into several statements is one line of the note: one diagnostic for its parts.
  const byLine = new Map<string, TaggedItem[]>();
  for (const item of items) {
    if (item.declaredTag !== 'auto' || !workshops.has(item.sessionId)) continue;
    const key = `${item.source.file}\u0000${item.source.line}\u0000${item.source.column}`;
    const parts = byLine.get(key);
    if (parts) parts.push(item);
    else byLine.set(key, [item]);
  }
  return [...byLine.values()].map(describe);
}

function describe(parts: readonly TaggedItem[]): Diagnostic {
  const first = parts[0] as TaggedItem;
  const where = first.question ? `sous « ${first.question} », qui n’est pas le titre d’une des trois parties` : 'placé avant tout titre de partie';
  const unsure = parts.some((part) => part.confidence < SURE) ? ', peu sûre' : '';
  const readAs =
    parts.length === 1
      ? `publié dans « ${TAG_LABELS[first.tag]} » (étiquette déduite du texte${unsure})`
      : `découpé en ${parts.length} et publié ainsi : ${parts.map((part) => `« ${shorten(part.text)} » dans « ${TAG_LABELS[part.tag]} »`).join(', ')} (étiquettes déduites du texte${unsure})`;
  const { working, broken, needs } = CANONICAL_HEADINGS;
  return diagnostic({
    code: 'etiquette-deduite',
    severity: 'warning',
    message: `Élément ${where} : ${readAs}.`,
    hint: `Si ce n’est pas la bonne étiquette, placez l’élément sous « ## ${working} », « ## ${broken} » ou « ## ${needs} ».`,
    file: first.source.file,
    line: first.source.line,
    column: first.source.column,
  });
}

function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
