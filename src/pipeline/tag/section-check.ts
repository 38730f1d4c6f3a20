/**
 * Items whose section gives their tag (« ## Ce qui marche ») while their text reads otherwise
 * (« Il est inadmissible que… », a complaint). The section wins: the item stays where the ambassador
 * put it. But a misplaced item is the commonest slip when notes are typed after a workshop, so the
 * entry form asks « Ce texte ressemble plutôt à … : est-il dans la bonne partie ? », and `check`
 * says the same at the item's line (`section-douteuse`). Both use the same sure reading
 * (`sureSectionDoubt`; the form's `tagHint` in src/entry/check-draft.ts calls it).
 *
 * The reading is the tagger's, with the section's label as the question and no learned model (a
 * model learned from these very sections would side with them). `check` speaks only when the
 * reading is sure: a warning that cries wolf on every nuanced item would be skipped, and the real
 * slips with it.
 */
import { TAG_LABELS, type Diagnostic, type Session, type Tag } from '../model.ts';
import { diagnostic } from '../diagnostics.ts';
import { tagText, type TextTagging } from './tag-text.ts';
import type { TaggedItem } from './index.ts';
import { partDiagnostics } from './part-diagnostics.ts';

export const SECTION_DOUBT = 'section-douteuse';

/** What the tagger reads in an item's text when it disagrees with the item's section. */
export interface SectionDoubt {
  /** The tags the text reads as, none of them the section's; empty for a non-answer. */
  tags: Tag[];
  /** The text reads as a non-answer (« RAS »). */
  none: boolean;
  /** The reading's confidence (0–1). */
  confidence: number;
}

/** The least confidence of both readings for `check` to speak: one clear cue gives 0.7. */
export const SURE_DOUBT = 0.7;
/** A need read where the section says praise or complaint: a proposal, clearly (« Il faudrait… »). */
const SURE_NEED = 0.8;
/** The tag a section's items must not read as, to be doubted: praise and complaint exclude each other. */
const OPPOSITE: Readonly<Record<Tag, Tag | null>> = { working: 'broken', broken: 'working', needs: null };

/** The tagger's reading of `text` when it does not match `section`, or null when it agrees. */
export function sectionDoubt(text: string, section: Tag): SectionDoubt | null {
  return disagreement(tagText(text, TAG_LABELS[section]), section);
}

/**
 * The doubt `check` says: the form's reading, confirmed by the text read on its own, and clear —
 * praise under « Ce qui dysfonctionne », a complaint under « Ce qui fonctionne », a proposal under
 * either — both readings at least SURE_DOUBT sure. Null otherwise.
 *
 * Why the text on its own as well: under « Ce qui fonctionne » the tagger reads the item as the
 * answer to « what works? », where a negation that meets no praise is a complaint (« aucun service
 * ne s'est amélioré »); in a note, « accessible sans installation », « sans repartir de zéro » are
 * praise. Why only clear contradictions: a need is often written as the problem it solves (« La
 * fin de la double saisie » under « Besoins »), and a nuance as its complaint. On the demo
 * consultation's 351 hand-written items under a section, the form's rule fires 18 times, every item
 * rightly placed; this one fires on none (docs/analyse.md, « Élément douteux dans sa partie »).
 */
export function sureSectionDoubt(text: string, section: Tag): SectionDoubt | null {
  // Nothing is clear enough under « Besoins » (see clear): those items are not read again at all.
  if (OPPOSITE[section] === null) return null;
  // The text alone first: it agrees with nearly every item, which then costs one reading, not two.
  const alone = disagreement(tagText(text, null), section);
  if (alone === null || alone.none || !clear(alone, section)) return null;
  const asked = sectionDoubt(text, section);
  if (asked === null || asked.none || !clear(asked, section)) return null;
  return asked;
}

/**
 * One warning per workshop-note item whose explicit section the tagger surely contradicts (see
 * sureSectionDoubt), after the note-level reading of part-check.ts: parts whose headings look
 * swapped, or the items of a part whose heading seems deleted, get one warning for the run, and their
 * items none of their own. Survey answers are left out: a column's tag is set once, in its `.yml`, and
 * thousands of answers under it would drown the report. Non-answers are left out too: they are set
 * aside already, with their own warning (non-reponses-ecartees). `parts: false` leaves the note-level
 * reading out, for the entry form, whose words speak of its fields and have none for it yet.
 */
export function sectionDoubtDiagnostics(items: readonly TaggedItem[], sessions: readonly Session[], parts = true): Diagnostic[] {
  const workshops = new Set<string>();
  for (const session of sessions) if (session.kind === 'workshop') workshops.add(session.id);
  const explicit = items.filter((item) => item.tagSource === 'explicit' && item.declaredTag !== 'auto' && workshops.has(item.sessionId));
  const { diagnostics, covered } = parts ? partDiagnostics(explicit) : { diagnostics: [], covered: new Set<string>() };
  for (const item of explicit) {
    if (covered.has(item.id) || item.declaredTag === 'auto') continue;
    const doubt = sureSectionDoubt(item.text, item.declaredTag);
    if (doubt !== null) diagnostics.push(describe(item, item.declaredTag, doubt));
  }
  return diagnostics;
}

function disagreement(reading: TextTagging, section: Tag): SectionDoubt | null {
  if (reading.none) return { tags: [], none: true, confidence: reading.confidence };
  if (reading.tags.length === 0 || reading.tags.includes(section)) return null;
  return { tags: reading.tags, none: false, confidence: reading.confidence };
}

function clear(doubt: SectionDoubt, section: Tag): boolean {
  if (doubt.confidence < SURE_DOUBT) return false;
  const opposite = OPPOSITE[section];
  if (opposite !== null && doubt.tags.includes(opposite)) return true;
  return section !== 'needs' && doubt.confidence >= SURE_NEED && doubt.tags.length === 1 && doubt.tags[0] === 'needs';
}

function describe(item: TaggedItem, section: Tag, doubt: SectionDoubt): Diagnostic {
  const reads = doubt.tags.map((tag) => `« ${TAG_LABELS[tag]} »`).join(' et ');
  return diagnostic({
    code: SECTION_DOUBT,
    severity: 'warning',
    message: `Élément sous « ${TAG_LABELS[section]} » dont le texte ressemble plutôt à ${reads} : « ${shorten(item.text)} ». Est-il dans la bonne partie ?`,
    hint:
      `Il est publié dans « ${TAG_LABELS[section]} », comme sa partie le dit. S’il y est bien, ne changez rien ; ` +
      `sinon, déplacez-le sous la partie qui convient (« ## ${TAG_LABELS[doubt.tags[0] as Tag]} »).`,
    file: item.source.file,
    line: item.source.line,
    column: item.source.column,
  });
}

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
