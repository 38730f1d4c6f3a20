/**
 * Why entries were set aside, in French, as the bilan says it (`check`, the methodology page, the
 * data-quality sheet): « 52 non-réponses [non-reponses-ecartees], 8 champs en trop [nombre-de-champs-incorrect] »;
 * and what each reason means, for the methodology page.
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
  /** What such an entry is, for a reader who does not know the code (the methodology page). */
  explanation: string;
}

export const REJECTION_REASONS: Readonly<Record<RejectionReason, ReasonWording>> = {
  'non-reponses-ecartees': {
    one: 'non-réponse',
    many: 'non-réponses',
    codes: ['non-reponses-ecartees'],
    explanation: 'réponse qui ne dit rien (« RAS », « sans objet », « je ne sais pas »…)',
  },
  // Not a non-answer: it names something (« Les temps de réponse de la CNAV »), but under a question
  // asking for satisfaction and/or difficulties, nothing in it says which.
  'sans-jugement-lisible': {
    one: 'réponse sans jugement lisible',
    many: 'réponses sans jugement lisible',
    codes: ['sans-jugement-lisible'],
    explanation: 'réponse brève à une question sur la satisfaction et les difficultés, sans rien qui dise laquelle',
  },
  // Not a non-answer either: someone offers to say more (« disponible pour en parler : [téléphone] »),
  // and the bureau may want to call them back: the « Écartés » list keeps their line.
  'coordonnees-laissees': {
    one: 'réponse qui laisse des coordonnées',
    many: 'réponses qui laissent des coordonnées',
    codes: ['coordonnees-laissees'],
    explanation: 'réponse qui laisse seulement un téléphone ou une adresse électronique pour être recontacté, sans avis sur l’outil',
  },
  'nombre-de-champs-incorrect': {
    one: 'champ en trop',
    many: 'champs en trop',
    codes: ['nombre-de-champs-incorrect'],
    explanation: 'champ d’une ligne d’enquête au-delà des colonnes de l’en-tête, non lu',
  },
  // An answer all the same, under a header nothing recognised and no setting names: counted, so that
  // a whole column left out shows in the bilan (surveys/unread-answers.ts).
  'colonne-non-reconnue': {
    one: 'réponse d’une colonne non reconnue',
    many: 'réponses de colonnes non reconnues',
    codes: ['colonne-non-reconnue'],
    explanation: 'réponse d’une colonne d’enquête dont l’en-tête n’est pas reconnu et que les paramètres de l’enquête ne nomment pas, non lue',
  },
  // The whole row, one entry: its cells, shifted by a separator inside an answer, are not where the
  // header says (surveys/shifted-rows.ts).
  'ligne-decalee': {
    one: 'ligne décalée',
    many: 'lignes décalées',
    codes: ['nombre-de-champs-incorrect'],
    explanation: 'ligne d’enquête dont un séparateur dans une réponse non mise entre guillemets décale les colonnes suivantes, non lue',
  },
  // Published once, from the file that holds it first (the full export before its reworked extract): ingest/shared-texts.ts.
  'copie-d-un-autre-fichier': {
    one: 'réponse copiée d’un autre fichier',
    many: 'réponses copiées d’un autre fichier',
    codes: ['copie-d-un-autre-fichier'],
    explanation: 'réponse d’enquête qui figure mot pour mot dans un autre fichier d’enquête, publiée une seule fois, depuis celui-ci',
  },
  'texte-vide': { one: 'texte vide', many: 'textes vides', codes: ['texte-vide'], explanation: 'élément sans texte' },
  'element-vide': { one: 'puce vide', many: 'puces vides', codes: ['element-vide'], explanation: 'puce d’une note sans texte' },
  'texte-hors-liste': {
    one: 'texte hors liste',
    many: 'textes hors liste',
    codes: ['texte-hors-liste'],
    explanation: 'texte d’une note hors de ses listes (paragraphe, bloc de code, ligne de tableau)',
  },
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
