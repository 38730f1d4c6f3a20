/**
 * The methodology paragraph of « À propos », for the bureau's synthesis note: the /methodologie/ page's
 * opening sentences on where the feedback comes from and how reliable the tagging is (the same
 * functions: src/site/methodology-summary.ts), then a short version of its sections « Les étapes »,
 * « Étiquetage et thèmes » and « Idées fortes », whose figures come from the same functions as the page's.
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { TAGS, TAG_LABELS } from '../pipeline/model.ts';
import { explicitTagsPhrase, inferredTagsPhrase, summariseTagging } from '../site/quality.ts';
import { formatPercent } from '../site/format.ts';
import { methodologySummary, setAsideSentence, sourcesSentence, timesInTen } from '../site/methodology-summary.ts';

export function methodologyParagraph(synthesis: Pick<Synthesis, 'items' | 'themedShare' | 'sessions' | 'ideas' | 'ideasFound' | 'reconciliation'>): string {
  const tagging = summariseTagging(synthesis.items);
  const summary = methodologySummary(synthesis);
  const labels = TAGS.map((tag) => `« ${TAG_LABELS[tag]} »`);
  // One tag of three: « A, B ou C ».
  const tags = `${labels.slice(0, -1).join(', ')} ou ${labels[labels.length - 1] ?? ''}`;
  return [
    sourcesSentence(summary),
    // The answers set aside (« RAS », « / »), which the figure above leaves out, as the /methodologie/ page counts them.
    setAsideSentence(summary, false),
    'Chaque note d’atelier et chaque réponse d’enquête est lue avec sa source (fichier, ligne, colonne), vérifiée, puis anonymisée avant toute publication ;',
    'une réponse qui contient plusieurs affirmations peut donner plusieurs éléments.',
    `Chaque élément reçoit une étiquette, ${tags} : celle que donne la partie de la note ou la colonne de l’enquête, sinon une étiquette déduite du texte, avec un indice de confiance`,
    `(${lowerFirst(explicitTagsPhrase(tagging.explicit))} ; ${lowerFirst(inferredTagsPhrase(tagging.inferred))}).`,
    `La lecture automatique du texte a été juste ${timesInTen(summary.reliability)} lors d’un test sur le Grand Débat national, pas sur cette consultation.`,
    'Chaque élément est rattaché aux thèmes de la taxonomie de la consultation d’après les racines de ses mots ; un élément peut avoir plusieurs thèmes et compte alors dans chacun,',
    `si bien que la somme des thèmes dépasse le nombre d’éléments. ${formatPercent(synthesis.themedShare)} des éléments ont au moins un thème de la taxonomie ; les autres sont rangés dans « Autres ».`,
    'Les chiffres sont des nombres d’éléments publiés (les voix ajoutent les votes), comptés une seule fois pour le site et pour chaque export.',
    'Une idée forte réunit des contributions de la même étiquette qui disent presque la même chose (mots ramenés à leur racine, seuls et par paires) ;',
    'elle n’est retenue que si elle revient dans au moins deux régions ou deux sessions, et les idées sont classées par nombre de régions, puis par voix (votes compris), puis par nombre de contributions.',
    'La page « Méthodologie » du site détaille chaque étape et la qualité mesurée de l’étiquetage.',
  ].join(' ');
}

/** « Aucun élément… » inside a sentence: « aucun élément… »; a number is left as it is. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
