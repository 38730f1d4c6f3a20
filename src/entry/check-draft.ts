/**
 * Live validation of a draft with the same stages as `check`: the draft is written as a note, then
 * read back by the pipeline's own note parser, item validation, anonymisation and tagging (the
 * consultation-wide stages, and the pseudonym table, which must never reach a browser, aside). Each diagnostic is
 * brought back to the field or item it comes from (through the line it points at), so a form can show
 * it next to that field. Browser-safe; build the checker once, call it on every change.
 */
import { TAG_LABELS, type Diagnostic, type Tag, type Theme } from '../pipeline/model.ts';
import { tagItems, tagText } from '../pipeline/tag/index.ts';
import type { TextFile } from '../pipeline/io/consultation-input.ts';
import { parseNote } from '../pipeline/ingest/notes/index.ts';
import { validateItems } from '../pipeline/validate.ts';
import { anonymise, createRedactor } from '../pipeline/anonymise/index.ts';
import { PERSON_PLACEHOLDER } from '../pipeline/anonymise/pseudonyms.ts';
import { compileThemes } from '../pipeline/themes/matcher.ts';
import { compareDiagnostics } from '../pipeline/diagnostics.ts';
import type { NoteDraft } from './draft.ts';
import { renderNoteWithOrigins, type LineOrigin, type RenderedNote } from './note-template.ts';
import { entryReferentiels } from './referentiels.ts';

/** Key of the form field a diagnostic belongs to: a front matter key, `contexte`, `item:<tag>:<index>`, `section:<tag>` or `note`. */
export type FieldKey = string;

export interface ItemCheck {
  tag: Tag;
  /** Index of the item in `draft.items[tag]`. */
  index: number;
  /** The text as the pipeline reads it (markers removed). */
  text: string;
  /** Themes written with `#`, resolved to the taxonomy. */
  explicitThemes: Theme[];
  /** Themes of the taxonomy whose keywords the text contains and that are not written yet. */
  suggestedThemes: Theme[];
  /** French labels of the personal data found (« adresse électronique », « nom de personne »…). */
  personalData: string[];
  /**
   * What the tagger reads in the text when it disagrees with the section the item is in (a complaint
   * under « Ce qui fonctionne », a « RAS »); null when it agrees.
   */
  tagHint: { tags: Tag[]; none: boolean } | null;
}

export interface DraftCheck {
  note: RenderedNote;
  /** Every diagnostic, as `check` would list it for this note. */
  diagnostics: Diagnostic[];
  /** The same diagnostics grouped by the field they point at, plus the form's own hint on an empty `lieu`. */
  byField: Map<FieldKey, Diagnostic[]>;
  items: ItemCheck[];
  /** Personal data found in the free context paragraph (not an item, but published with the note). */
  contextPersonalData: string[];
  blocking: number;
}

function missingPlace(file: string): Diagnostic {
  return {
    code: 'lieu-manquant',
    severity: 'warning',
    message: 'Le lieu n’est pas indiqué : il sert au nom du fichier et au titre.',
    hint: 'Indiquez la ville de l’atelier, ou « visio ».',
    file,
    line: 1,
    column: 1,
  };
}

/** The tagger's reading of an item, when it does not match its section (the section is its context, as in `check`). */
function tagHint(text: string, section: Tag): ItemCheck['tagHint'] {
  const reading = tagText(text, TAG_LABELS[section]);
  if (reading.none) return { tags: [], none: true };
  return reading.tags.length && !reading.tags.includes(section) ? { tags: reading.tags, none: false } : null;
}

/** Front matter fields, for problems reported at the head of the note (« date-manquante » → date). */
const FIELDS_BY_CODE: ReadonlyArray<[prefix: string, field: string]> = [
  ['titre', 'titre'],
  ['date', 'date'],
  ['format', 'format'],
  ['region', 'region'],
  ['departement', 'departements'],
  ['structure', 'structures'],
  ['ambassadeur', 'ambassadeurs'],
  ['participant', 'participants'],
  ['profil', 'profil'],
];

export function fieldKeyOf(origin: LineOrigin | undefined, code = ''): FieldKey {
  if (!origin || origin.kind === 'other') return FIELDS_BY_CODE.find(([prefix]) => code.startsWith(prefix))?.[1] ?? 'note';
  if (origin.kind === 'field') return origin.field;
  if (origin.kind === 'section') return `section:${origin.tag}`;
  return `item:${origin.tag}:${origin.index}`;
}

/** A checker bound to a taxonomy (the text of `data/themes.yml`, or null). */
export function createDraftChecker(themesFile: TextFile | null): (draft: NoteDraft) => DraftCheck {
  const { referentiels } = entryReferentiels(themesFile);
  const matcher = compileThemes(referentiels.themes.filter((t) => t.id !== 'autres'));
  const themeById = new Map(referentiels.themes.map((t) => [t.id, t]));

  return (draft) => {
    const rendered = renderNoteWithOrigins(draft);
    const note = { path: rendered.path, content: rendered.content };
    const parsed = parseNote({ file: note.path, content: note.content }, referentiels);
    const validated = validateItems(parsed.items);
    const anonymised = anonymise(validated.items, parsed.names, null);
    const tagged = tagItems(anonymised.items);
    const diagnostics = [...parsed.diagnostics, ...validated.diagnostics, ...anonymised.diagnostics, ...tagged.diagnostics].sort(compareDiagnostics);

    const byField = new Map<FieldKey, Diagnostic[]>();
    for (const d of diagnostics) {
      const key = d.file === note.path ? fieldKeyOf(rendered.origins[d.line - 1], d.code) : 'note';
      byField.set(key, [...(byField.get(key) ?? []), d]);
    }

    // Not a check rule (a note may omit it), but the file name needs it: shown on the field only.
    if (!draft.lieu.trim()) byField.set('lieu', [missingPlace(note.path)]);

    const redact = createRedactor(parsed.names.map((name) => ({ name, replacement: PERSON_PLACEHOLDER })));
    const items: ItemCheck[] = [];
    for (const item of parsed.items) {
      const origin = rendered.origins[item.source.line - 1];
      if (origin?.kind !== 'item') continue;
      const explicit = item.explicitThemes.map((tag) => referentiels.themeOfHashtag(tag)).filter((t): t is Theme => t !== null);
      const written = new Set(explicit.map((t) => t.id));
      items.push({
        tag: origin.tag,
        index: origin.index,
        text: item.text,
        explicitThemes: explicit,
        suggestedThemes: matcher
          .match(item.text)
          .filter((id) => !written.has(id))
          .map((id) => themeById.get(id))
          .filter((t): t is Theme => t !== undefined),
        personalData: redact(item.text).found,
        tagHint: tagHint(item.text, origin.tag),
      });
    }
    return {
      note,
      diagnostics,
      byField,
      items,
      contextPersonalData: redact(draft.contexte).found,
      blocking: diagnostics.filter((d) => d.severity === 'blocking').length,
    };
  };
}
