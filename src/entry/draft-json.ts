/**
 * A workshop draft as JSON (`livre-blanc new --depuis brouillon.json`), for scripts and tests.
 * French keys like the note itself; items as one-line shorthand (« texte #thème (3 votes) ») or as
 * objects. A text holding a pasted list is split into its items (pasted-element.ts), and the draft
 * says so in `notices`. Every problem is one French line naming the key.
 */
import { z } from 'zod';
import { TAG_LABELS, type Tag } from '../pipeline/model.ts';
import { frenchIssue } from '../pipeline/text/zod-french.ts';
import { PROFILE_IDS, WORKSHOP_FORMATS, emptyDraft, type DraftItem, type NoteDraft } from './draft.ts';
import { parseItemLine } from './item-line.ts';
import { readPastedElement } from './pasted-element.ts';
import { validateDate } from './choices.ts';

const text = z.string().trim();
const list = z.array(z.string()).default([]);
const count = z.number().int().nonnegative();

const item = z.union([
  z.string(),
  z.strictObject({ texte: z.string(), themes: z.array(z.string()).default([]), votes: count.positive().nullable().default(null) }),
]);

const draftSchema = z.strictObject({
  titre: text.default(''),
  lieu: text.default(''),
  date: z.union([z.string(), z.number()]).transform(String).default(''),
  format: z.enum(WORKSHOP_FORMATS).default('presentiel'),
  region: z.union([z.string(), z.number()]).transform(String),
  departements: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  structures: list,
  ambassadeurs: list,
  participants: z
    .strictObject({ total: count.nullable().default(null), profils: z.partialRecord(z.enum(PROFILE_IDS), count).default({}) })
    .default({ total: null, profils: {} }),
  jeunes: z.boolean().default(false),
  contexte: z.string().default(''),
  elements: z
    .strictObject({ fonctionne: z.array(item).default([]), dysfonctionne: z.array(item).default([]), besoins: z.array(item).default([]) })
    .default({ fonctionne: [], dysfonctionne: [], besoins: [] }),
});

export type DraftJson = z.input<typeof draftSchema>;

/**
 * The draft and what was done to its pasted elements (one French sentence each, none for a draft
 * typed one item per text), or the list of problems (one French line each).
 */
export function readDraftJson(json: string): { draft: NoteDraft; notices: string[] } | { errors: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { errors: [`Le fichier n'est pas du JSON valide : ${error instanceof Error ? error.message : String(error)}.`] };
  }
  const parsed = draftSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => {
        // `date` and `region` accept a text or a number: say what is expected rather than « invalid union ».
        const reason = issue.code === 'invalid_union' ? (issue.input === undefined ? 'valeur manquante' : 'on attend un texte') : frenchIssue(issue);
        return `« ${issue.path.map(String).join('.') || '(racine)'} » : ${reason}.`;
      }),
    };
  }
  const data = parsed.data;
  // An impossible date is refused here, as the questions of `new` ask it again: written, it would name
  // the note « date-a-preciser-… » although a date is there, and block the dry run.
  const dateCheck = data.date.trim() ? validateDate(data.date) : true;
  if (dateCheck !== true) return { errors: [`« date » : ${dateCheck.charAt(0).toLowerCase()}${dateCheck.slice(1)}`] };
  const notices: string[] = [];
  const toItems = (tag: Tag) => (entry: z.output<typeof item>, index: number): DraftItem[] => {
    if (typeof entry !== 'string') return [{ text: entry.texte, themes: entry.themes, votes: entry.votes }];
    const pasted = readPastedElement(entry, `L'élément ${index + 1} de « ${TAG_LABELS[tag]} »`);
    notices.push(...pasted.notices);
    // A continued item keeps its lines, its markers read from them by the note reader; a one-line item is read here.
    return pasted.texts.map((text) => (text.includes('\n') ? { text, themes: [], votes: null } : parseItemLine(text)));
  };
  return {
    notices,
    draft: {
      ...emptyDraft(),
      titre: data.titre,
      lieu: data.lieu,
      date: data.date.trim(),
      format: data.format,
      region: data.region.trim(),
      departements: data.departements,
      structures: data.structures,
      ambassadeurs: data.ambassadeurs,
      participants: { total: data.participants.total, profils: data.participants.profils },
      jeunes: data.jeunes,
      contexte: data.contexte,
      items: {
        working: data.elements.fonctionne.flatMap(toItems('working')),
        broken: data.elements.dysfonctionne.flatMap(toItems('broken')),
        needs: data.elements.besoins.flatMap(toItems('needs')),
      },
    },
  };
}

/** The JSON form of a draft (what the form could hand to a script, and what the tests write). */
export function draftToJson(draft: NoteDraft): DraftJson {
  const toEntry = (i: DraftItem) => ({ texte: i.text, themes: i.themes, votes: i.votes });
  return {
    titre: draft.titre,
    lieu: draft.lieu,
    date: draft.date,
    format: draft.format,
    region: draft.region,
    departements: draft.departements,
    structures: draft.structures,
    ambassadeurs: draft.ambassadeurs,
    participants: { total: draft.participants.total, profils: draft.participants.profils },
    jeunes: draft.jeunes,
    contexte: draft.contexte,
    elements: {
      fonctionne: draft.items.working.map(toEntry),
      dysfonctionne: draft.items.broken.map(toEntry),
      besoins: draft.items.needs.map(toEntry),
    },
  };
}
