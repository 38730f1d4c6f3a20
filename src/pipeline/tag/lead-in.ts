/**
 * A lead-in ending in « : » before a list (« Trois priorités pour moi :\n1. la fin de la double
 * saisie\n2. la rapidité », « Ce qui ne va pas :\n- les lenteurs ») says what its items are: a
 * priority, a complaint. Its tag passes to the items that are noun phrases (« la rapidité » is then a
 * priority, not praise); an item with a verb of its own (« l’outil est lent ») keeps its reading. The
 * lead-in's evidence may be weak (« priorités » alone, 0.5): it announces what follows, and the list
 * is where the answer is. Without a tag its evidence leans to, nothing changes.
 */
import { TAGS, type Tag } from '../model.ts';
import { hasFiniteVerb } from './statement.ts';
import type { Unit } from './unit.ts';
import { wordsOf } from './words.ts';

/** The least evidence from which a lead-in leans to a tag. */
const LEAN = 0.5;
/** A tag read from the lead-in rather than from the item's own words. */
const LEAD_IN_CONFIDENCE = 0.6;

/** Passes each lead-in's tag to the list items after it (units in order). */
export function applyLeadIns(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const leadIn = units[i] as Unit;
    if (leadIn.nonAnswer || !leadIn.piece.text.endsWith(':') || (units[i + 1] as Unit).piece.marker < 0) continue;
    const tag = leaning(leadIn);
    if (tag === null) continue;
    if (!leadIn.tags.includes(tag)) {
      leadIn.tags = [tag];
      leadIn.confidence = LEAD_IN_CONFIDENCE;
    }
    for (let k = i + 1; k < units.length && (units[k] as Unit).piece.marker >= 0; k++) {
      const item = units[k] as Unit;
      if (item.nonAnswer || hasFiniteVerb(item.tokens, wordsOf(item.tokens).classes)) continue;
      item.tags = [tag];
      item.confidence = item.scores[tag] >= 1 ? item.confidence : LEAD_IN_CONFIDENCE;
    }
  }
}

/**
 * Words by which a lead-in announces what matters (« Points importants pour notre équipe : », « L’essentiel
 * pour nous : »): the list after it is what the writer asks for. Read only in a lead-in: « c’est
 * important » elsewhere weighs a statement, it asks for nothing.
 */
const WHAT_MATTERS = new Set(
  ('important importants importante importantes essentiel essentiels essentielle essentielles prioritaire prioritaires ' +
    'primordial primordiaux primordiale primordiales indispensable indispensables').split(' '),
);

/** The tag the lead-in's evidence leans to: its only tag, or the one clearly ahead (null when none is). */
function leaning(unit: Unit): Tag | null {
  if (unit.tags.length === 1) return unit.tags[0] as Tag;
  if (unit.tags.length > 1) return null;
  const best = TAGS.reduce((a, b) => (unit.scores[b] > unit.scores[a] ? b : a));
  if (unit.scores[best] < LEAN) return unit.tokens.some((token) => WHAT_MATTERS.has(token)) ? 'needs' : null;
  return TAGS.every((tag) => tag === best || unit.scores[tag] < unit.scores[best]) ? best : null;
}
