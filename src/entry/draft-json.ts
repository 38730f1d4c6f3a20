/**
 * A workshop draft as JSON (`livre-blanc new --depuis brouillon.json`), for scripts and tests.
 * French keys like the note itself; items as one-line shorthand (« texte #thème (3 votes) ») or as
 * objects. A text holding a pasted list is split into its items (pasted-element.ts), and the draft
 * says so in `notices`. Every problem is one French line naming the key.
 */
import { z } from 'zod';
import { TAG_LABELS, type Tag } from '../pipeline/model.ts';
import { frenchIssue } from '../pipeline/text/zod-french.ts';
import { PROFILE_IDS, emptyDraft, type DraftItem, type NoteDraft, type ProfileId } from './draft.ts';
import { parseFormat, profileId } from '../pipeline/ingest/notes/front-matter-values.ts';
import { resolveRegion, suggestRegion } from '../pipeline/referentiels/places.ts';
import { parseItemLine } from './item-line.ts';
import { readPastedElement } from './pasted-element.ts';
import { validateDate } from './choices.ts';
import { findJsonSyntaxError } from './json-syntax.ts';

const text = z.string().trim();
const list = z.array(z.string()).default([]);
const count = z.number().int().nonnegative();

const itemObject = z.strictObject({ texte: z.string(), themes: z.array(z.string()).default([]), votes: count.nullable().default(null) });
const item = z.union([z.string(), itemObject]);
/** A profile as a note accepts it (« conseillers », « Jeunes »: profileId), among the form's. */
const profiles = z.record(z.string(), count).transform((record, context) => {
  const known: Partial<Record<ProfileId, number>> = {};
  for (const [key, value] of Object.entries(record)) {
    const id = profileId(key);
    if (isProfileId(id)) known[id] = (known[id] ?? 0) + value;
    else context.addIssue({ code: 'custom', path: [key], message: `profil inconnu (profils possibles : ${PROFILE_IDS.join(', ')})` });
  }
  return known;
});
const participantsObject = z.strictObject({ total: count.nullable().default(null), profils: profiles.default({}) });
/** A format as a note accepts it (« visio », « à distance », « Présentiel »: parseFormat). */
const format = z.string().transform((value, context) => {
  const read = parseFormat(value);
  if (read !== null) return read;
  context.addIssue({ code: 'custom', message: 'format inconnu : présentiel, distanciel (ou « visio », « à distance ») ou hybride' });
  return z.NEVER;
});
const elementsObject = z.strictObject({ fonctionne: z.array(item).default([]), dysfonctionne: z.array(item).default([]), besoins: z.array(item).default([]) });

const draftSchema = z.strictObject({
  titre: text.default(''),
  lieu: text.default(''),
  date: z.union([z.string(), z.number()]).transform(String).default(''),
  format: format.default('presentiel'),
  region: z.union([z.string(), z.number()]).transform(String),
  departements: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  structures: list,
  ambassadeurs: list,
  participants: participantsObject.default({ total: null, profils: {} }),
  jeunes: z.boolean().default(false),
  contexte: z.string().default(''),
  elements: elementsObject.default({ fonctionne: [], dysfonctionne: [], besoins: [] }),
});

export type DraftJson = z.input<typeof draftSchema>;

/**
 * The draft and what was done to its pasted elements (one French sentence each, none for a draft
 * typed one item per text), or the list of problems (one French line each).
 */
export function readDraftJson(json: string): { draft: NoteDraft; notices: string[] } | { errors: string[] } {
  let value: unknown;
  // A byte order mark (Notepad's « UTF-8 avec BOM ») is no syntax error of the author's.
  const text = json.startsWith('\uFEFF') ? json.slice(1) : json;
  try {
    value = JSON.parse(text);
  } catch {
    return { errors: [jsonSyntaxMessage(text)] };
  }
  const parsed = draftSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => {
        if (issue.code === 'unrecognized_keys') return unknownKeysMessage(issue.keys, issue.path);
        // `date` and `region` accept a text or a number: say what is expected rather than « invalid union ».
        const reason =
          issue.code === 'invalid_union' ? (issue.input === undefined ? 'valeur manquante' : 'on attend un texte') : issue.code === 'custom' ? issue.message : frenchIssue(issue);
        if (issue.path.length === 0) return `Le brouillon doit être un objet JSON, entre « { » et « } » : ${reason}.`;
        return `« ${issue.path.map(String).join('.')} » : ${reason}.`;
      }),
    };
  }
  const data = parsed.data;
  // An impossible date is refused here, as the questions of `new` ask it again: written, it would name
  // the note « date-a-preciser-… » although a date is there, and block the dry run.
  const dateCheck = data.date.trim() ? validateDate(data.date) : true;
  if (dateCheck !== true) return { errors: [`« date » : ${dateCheck.charAt(0).toLowerCase()}${dateCheck.slice(1)}`] };
  // An unknown region is refused too: written, it named the note's folder and title (« ateliers/bretagen/ »).
  if (resolveRegion(data.region) === null) {
    const guess = data.region.trim() ? suggestRegion(data.region) : null;
    const known = 'son nom (« Bretagne », « PACA »…) ou son code INSEE (« 53 »)';
    return { errors: [`« region » : région inconnue « ${data.region.trim()} »${guess ? ` : vouliez-vous écrire « ${guess.name} » ?` : ` : écrivez ${known}.`}`] };
  }
  const notices: string[] = [];
  const toItems = (tag: Tag) => (entry: z.output<typeof item>, index: number): DraftItem[] => {
    if (typeof entry !== 'string') return [{ text: entry.texte, themes: entry.themes, votes: entry.votes }];
    const pasted = readPastedElement(entry, `L’élément ${index + 1} de « ${TAG_LABELS[tag]} »`);
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

/**
 * « Le fichier n'est pas du JSON valide (ligne 1, colonne 1) : caractère inattendu « ` ». », never
 * JSON.parse's English message (json-syntax.ts says why).
 */
function jsonSyntaxMessage(text: string): string {
  const error = findJsonSyntaxError(text);
  return error
    ? `Le fichier n’est pas du JSON valide (ligne ${error.line}, colonne ${error.column}) : ${error.reason}.`
    : "Le fichier n’est pas du JSON valide.";
}

/** The keys an object of the draft may hold, by its path (item objects: any index of any part). */
function knownKeys(path: readonly PropertyKey[]): readonly string[] {
  const [first, second] = path;
  if (path.length === 0) return Object.keys(draftSchema.shape);
  if (first === 'participants') return path.length === 1 ? Object.keys(participantsObject.shape) : PROFILE_IDS;
  if (first === 'elements') return path.length === 1 ? Object.keys(elementsObject.shape) : second === undefined ? [] : Object.keys(itemObject.shape);
  return [];
}

/** « Clé inconnue « couleur » au premier niveau du brouillon (clés possibles : titre, lieu, …). » */
function unknownKeysMessage(keys: readonly string[], path: readonly PropertyKey[]): string {
  const names = keys.map((key) => `« ${key} »`).join(', ');
  const where = path.length === 0 ? 'au premier niveau du brouillon' : `dans « ${path.map(String).join('.')} »`;
  const known = knownKeys(path);
  const possible = known.length ? ` (clés possibles : ${known.join(', ')})` : '';
  return `${keys.length >= 2 ? 'Clés inconnues' : 'Clé inconnue'} ${names} ${where}${possible}.`;
}

function isProfileId(id: string): id is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(id);
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
