/**
 * What `check` says of a note's parts (part-check.ts): headings that look swapped (`parties-inversees`),
 * a part whose heading seems deleted (`partie-manquante`), both once for the run of items and naming
 * its lines; and, for a note with two of the three parts and no sign of the third, which one it lacks
 * (`partie-absente`, an information: a workshop may not have reached it).
 */
import { TAG_LABELS, TAGS, type Diagnostic, type Tag } from '../model.ts';
import { diagnostic } from '../diagnostics.ts';
import { CANONICAL_HEADINGS } from '../ingest/notes/sections.ts';
import { itemReading, partFindings, partName, partsOf, type MissingPart, type PartItem, type Reading, type SwappedParts } from './part-check.ts';
import type { TaggedItem } from './index.ts';

export const PARTS_SWAPPED = 'parties-inversees';
export const PART_MISSING = 'partie-manquante';
export const PART_ABSENT = 'partie-absente';

/** The note-level diagnostics of workshop items with an explicit tag, and the ids of the items they speak for. */
export function partDiagnostics(items: readonly TaggedItem[]): { diagnostics: Diagnostic[]; covered: Set<string> } {
  const byFile = new Map<string, Array<PartItem & { tag: Tag }>>();
  for (const item of items) {
    if (item.declaredTag === 'auto') continue;
    const list = byFile.get(item.source.file) ?? [];
    list.push({ id: item.id, text: item.text, line: item.source.line, question: item.question, tag: item.declaredTag });
    byFile.set(item.source.file, list);
  }
  const diagnostics: Diagnostic[] = [];
  const covered = new Set<string>();
  const readings = new Map<string, Reading>();
  const read = (item: PartItem): Reading => {
    let reading = readings.get(item.text);
    if (reading === undefined) readings.set(item.text, (reading = itemReading(item.text)));
    return reading;
  };
  for (const [file, noteItems] of byFile) {
    const parts = partsOf(noteItems);
    const findings = partFindings(parts, read);
    for (const finding of findings) {
      if (finding.kind === 'swapped') {
        diagnostics.push(swapped(file, finding));
        for (const item of [...finding.first.items, ...finding.second.items]) covered.add(item.id);
      } else {
        diagnostics.push(missing(file, finding));
        for (const item of finding.items) covered.add(item.id);
      }
    }
    const present = new Set(parts.map((part) => part.tag));
    const absent = TAGS.filter((tag) => !present.has(tag));
    const first = [...noteItems].sort((a, b) => a.line - b.line)[0];
    if (absent.length === 1 && first && !findings.some((f) => f.kind === 'missing')) diagnostics.push(absentPart(file, absent[0] as Tag, first.line));
  }
  return { diagnostics, covered };
}

function lines(items: readonly PartItem[]): string {
  const first = items[0]?.line ?? 1;
  const last = items.at(-1)?.line ?? first;
  return first === last ? `ligne ${first}` : `lignes ${first} à ${last}`;
}

function swapped(file: string, { first, second }: SwappedParts): Diagnostic {
  const at = first.items[0]?.line ?? 1;
  const there = second.items[0]?.line ?? 1;
  return diagnostic({
    code: PARTS_SWAPPED,
    severity: 'warning',
    message:
      `Parties inversées ? Les ${first.items.length} éléments sous ${partName(first)} (${lines(first.items)}) se lisent plutôt comme « ${TAG_LABELS[second.tag]} », ` +
      `et les ${second.items.length} sous ${partName(second)} (${lines(second.items)}) comme « ${TAG_LABELS[first.tag]} ».`,
    hint:
      `Ils sont publiés comme leurs titres le disent. Si les titres ont été échangés, remettez chacun au-dessus de ses éléments : ` +
      `« ## ${CANONICAL_HEADINGS[second.tag]} » au-dessus de la ligne ${at}, « ## ${CANONICAL_HEADINGS[first.tag]} » au-dessus de la ligne ${there} ; sinon, ne changez rien.`,
    file,
    line: at,
  });
}

function missing(file: string, { tag, part, items }: MissingPart): Diagnostic {
  const at = items[0]?.line ?? 1;
  const whole = items.length === part.items.length;
  const which = whole ? `les ${items.length} éléments` : `les ${items.length} derniers éléments`;
  return diagnostic({
    code: PART_MISSING,
    severity: 'warning',
    message: `La partie « ${TAG_LABELS[tag]} » semble manquer : ${which} sous ${partName(part)} (${lines(items)}) se lisent comme « ${TAG_LABELS[tag]} », mais sont publiés dans « ${TAG_LABELS[part.tag]} ».`,
    hint: whole
      ? `Si ce sont bien des éléments de « ${TAG_LABELS[tag]} », remplacez le titre ${partName(part)} par « ## ${CANONICAL_HEADINGS[tag]} ».`
      : `Ajoutez le titre « ## ${CANONICAL_HEADINGS[tag]} » au-dessus du premier élément qui en relève (vers la ligne ${at}).`,
    file,
    line: at,
  });
}

function absentPart(file: string, tag: Tag, line: number): Diagnostic {
  return diagnostic({
    code: PART_ABSENT,
    severity: 'info',
    message: `La note n’a que deux des trois parties : « ${TAG_LABELS[tag]} » manque, et l’atelier n’a aucun élément publié sous cette étiquette.`,
    hint: `Si l’atelier en a parlé, ajoutez le titre « ## ${CANONICAL_HEADINGS[tag]} » et ses éléments en liste à puces ; sinon, rien à faire.`,
    file,
    line,
  });
}
