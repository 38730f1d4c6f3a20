/**
 * Live validation of a draft with the same stages as `check`: the draft is written as a note, then
 * read back by the pipeline's own note parser, item validation, anonymisation and tagging (the
 * consultation-wide stages, and the pseudonym table, which must never reach a browser, aside). Each diagnostic is
 * brought back to the field or item it comes from (through the line it points at) and told in the
 * form's words (form-problems.ts), so a form can show it next to that field. Browser-safe; build the
 * checker once, call it on every change.
 */
import { TAG_LABELS, type Diagnostic, type Tag, type Theme } from '../pipeline/model.ts';
import { tagItems, tagText } from '../pipeline/tag/index.ts';
import { sectionDoubtDiagnostics, sureSectionDoubt } from '../pipeline/tag/section-check.ts';
import type { TextFile } from '../pipeline/io/consultation-input.ts';
import { parseNote } from '../pipeline/ingest/notes/index.ts';
import { validateItems } from '../pipeline/validate.ts';
import { anonymise, createRedactor, type Redaction } from '../pipeline/anonymise/index.ts';
import { anonymiseContext } from '../pipeline/anonymise/context.ts';
import { PERSON_PLACEHOLDER } from '../pipeline/anonymise/pseudonyms.ts';
import { publicNames } from '../pipeline/anonymise/public-names.ts';
import { compileThemes } from '../pipeline/themes/matcher.ts';
import { compareDiagnostics } from '../pipeline/diagnostics.ts';
import type { NoteDraft } from './draft.ts';
import { renderNoteWithOrigins, type LineOrigin, type RenderedNote } from './note-template.ts';
import { entryReferentiels } from './referentiels.ts';
import type { FieldKey } from './form-fields.ts';
import { formProblems, problemsByField, type FormProblem } from './form-problems.ts';
import { countProblems } from './form-summary.ts';

export type { FieldKey } from './form-fields.ts';
export type { FormProblem } from './form-problems.ts';

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
  /** Every diagnostic, as `check` would list it for this note (in the file's words: keys, lines). */
  diagnostics: Diagnostic[];
  /**
   * Everything the form shows, in the page's order and the form's words: the same diagnostics plus the
   * form's own rule on an empty `lieu`. The summary lists these and counts these (`blocking`, `warnings`, `infos`).
   */
  problems: FormProblem[];
  /** The same problems grouped by the field they belong to. */
  byField: Map<FieldKey, FormProblem[]>;
  items: ItemCheck[];
  /** Personal data found in the free context paragraph (not an item, but published with the note). */
  contextPersonalData: string[];
  /**
   * The text with its personal data replaced by the anonymiser's marks (« [téléphone] », « [personne] »),
   * as the site would publish it: what the form's « Masquer » button writes in the field.
   */
  mask: (text: string) => string;
  /** Blocking problems (those of `check`: the form adds warnings only). */
  blocking: number;
  warnings: number;
  /** How a text will be read (an enumeration split, Word's bullets): no problem, counted apart from the warnings. */
  infos: number;
}

/**
 * A non-answer, or the tagger's sure reading of an item that contradicts its section: the very rule
 * of `check`'s section-douteuse, so the form asks about exactly the items `check` will (the looser
 * reading asked about 18 rightly placed items of the demo's notes).
 */
function tagHint(text: string, section: Tag): ItemCheck['tagHint'] {
  if (tagText(text, TAG_LABELS[section]).none) return { tags: [], none: true };
  const doubt = sureSectionDoubt(text, section);
  return doubt ? { tags: doubt.tags, none: false } : null;
}

/** The place (`lieu`) holding personal data: kept in the note's header, left out of the file name. */
function placeDiagnostic(place: string, redact: (text: string) => Redaction, file: string, origins: readonly LineOrigin[]): Diagnostic | null {
  const { found } = redact(place);
  if (!found.length) return null;
  const index = origins.findIndex((origin) => origin.kind === 'field' && origin.field === 'lieu');
  return {
    code: 'donnee-personnelle',
    severity: 'warning',
    message: `Donnée personnelle dans le lieu : ${found.join(', ')}. Le nom du fichier proposé ne la reprend pas, mais l’en-tête de la note, si.`,
    hint: 'Indiquez la ville ou la structure plutôt qu’un nom de personne, un téléphone ou une adresse électronique : le livre blanc ne doit citer personne.',
    file,
    line: index >= 0 ? index + 1 : 1,
    column: 1,
  };
}

/**
 * A checker bound to a taxonomy (the text of `data/themes.yml`, or null) and to the public figures'
 * names the consultation lets stay (`noms_publics` of content/consultation.yml).
 */
export function createDraftChecker(themesFile: TextFile | null, keptNames: readonly string[] = []): (draft: NoteDraft) => DraftCheck {
  const { referentiels } = entryReferentiels(themesFile);
  const matcher = compileThemes(referentiels.themes.filter((t) => t.id !== 'autres'));
  const themeById = new Map(referentiels.themes.map((t) => [t.id, t]));

  return (draft) => {
    const rendered = renderNoteWithOrigins(draft);
    const note = { path: rendered.path, content: rendered.content };
    const parsed = parseNote({ file: note.path, content: note.content }, referentiels);
    const validated = validateItems(parsed.items);
    const anonymised = anonymise(validated.items, parsed.names, null, [], { names: keptNames, file: null });
    const tagged = tagItems(anonymised.items);
    // section-douteuse as `check` reports it (synthesize adds it after tagging): a warning of the summary too.
    // Not the note-level reading of parts (parties-inversees…): the form has no words for it yet.
    const doubted = sectionDoubtDiagnostics(tagged.items, parsed.sessions, false);
    // The title, the structures and the place are published too (the place in the file name's stead):
    // checked with the items' redactor, each at its own line, as `check` does.
    const published = anonymiseContext(
      { title: '', description: null, sessions: parsed.sessions, items: [], scales: [], diagnostics: [] },
      anonymised.redact,
      { notes: [{ file: note.path, content: note.content }], surveys: [], settings: null },
      parsed.profileTexts,
    );
    const place = placeDiagnostic(draft.lieu, anonymised.redact, note.path, rendered.origins);
    const diagnostics = [
      ...parsed.diagnostics,
      ...validated.diagnostics,
      ...anonymised.diagnostics,
      ...tagged.diagnostics,
      ...doubted,
      ...published.diagnostics,
      ...(place ? [place] : []),
    ].sort(compareDiagnostics);

    const problems = formProblems({ draft, note: { path: note.path, origins: rendered.origins }, diagnostics, items: parsed.items });

    const redact = createRedactor(
      parsed.names.map((name) => ({ name, replacement: PERSON_PLACEHOLDER })),
      publicNames(keptNames, parsed.names).isPublic,
    );
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
      problems,
      byField: problemsByField(problems),
      items,
      contextPersonalData: redact(draft.contexte).found,
      mask: (text) => anonymised.redact(text).text,
      ...countProblems(problems),
    };
  };
}
