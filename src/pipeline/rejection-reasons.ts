/**
 * Why entries were set aside, in French, as the bilan says it (`check`, the methodology page, the
 * data-quality sheet): « 52 non-réponses [non-reponses-ecartees], 8 champs en trop [nombre-de-champs-incorrect] ».
 * Each reason names the diagnostic codes a reader looks up in the report above the bilan.
 */
import type { RejectionCount, RejectionReason } from './model.ts';
import { plural } from './text/plural.ts';

interface ReasonWording {
  /** Noun for one entry, and for several. */
  one: string;
  many: string;
  /** The diagnostics that say it, file by file. */
  codes: readonly string[];
}

export const REJECTION_REASONS: Readonly<Record<RejectionReason, ReasonWording>> = {
  'non-reponses-ecartees': { one: 'non-réponse', many: 'non-réponses', codes: ['non-reponses-ecartees'] },
  'nombre-de-champs-incorrect': { one: 'champ en trop', many: 'champs en trop', codes: ['nombre-de-champs-incorrect'] },
  'texte-vide': { one: 'texte vide', many: 'textes vides', codes: ['texte-vide'] },
  'element-vide': { one: 'puce vide', many: 'puces vides', codes: ['element-vide'] },
  'texte-hors-liste': { one: 'texte hors liste', many: 'textes hors liste', codes: ['texte-hors-liste'] },
};

/** « 52 non-réponses [non-reponses-ecartees] ». */
export function describeReason({ reason, count }: RejectionCount): string {
  const wording = REJECTION_REASONS[reason];
  return `${plural(count, wording.one, wording.many)} [${wording.codes.join(', ')}]`;
}

/**
 * The reasons, largest first, joined by commas; beyond `max`, the rest in one count, « 3 autres… »,
 * so that the counts printed still add up to the entries set aside. `''` when there is none.
 */
export function describeReasons(reasons: readonly RejectionCount[], max = Infinity): string {
  if (reasons.length <= max) return reasons.map(describeReason).join(', ');
  const shown = reasons.slice(0, max).map(describeReason);
  const rest = reasons.slice(max).reduce((n, r) => n + r.count, 0);
  return [...shown, `${plural(rest, 'autre')}…`].join(', ');
}
