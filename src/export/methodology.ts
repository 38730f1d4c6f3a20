/**
 * The methodology paragraph of « À propos », for the bureau's synthesis note. The site's /methodologie/
 * page writes its text in the page itself (src/pages/methodologie/index.astro), not in a module this
 * could share: this is a short version of its sections « La chaîne de traitement », « Étiquetage et
 * thèmes » and « Idées fortes », whose figures come from the same functions as the page's.
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { TAGS, TAG_LABELS } from '../pipeline/model.ts';
import { explicitTagsPhrase, inferredTagsPhrase, summariseTagging } from '../site/quality.ts';
import { formatPercent, joinFrench } from '../site/format.ts';

export function methodologyParagraph(synthesis: Pick<Synthesis, 'items' | 'themedShare'>): string {
  const tagging = summariseTagging(synthesis.items);
  const tags = joinFrench(TAGS.map((tag) => `« ${TAG_LABELS[tag]} »`));
  return [
    'Chaque note d’atelier et chaque réponse d’enquête est lue avec sa source (fichier, ligne, colonne), vérifiée, puis anonymisée avant toute publication ;',
    'une réponse qui contient plusieurs affirmations peut donner plusieurs éléments.',
    `Chaque élément reçoit une étiquette, ${tags} : celle que donne la partie de la note ou la colonne de l’enquête, sinon une étiquette déduite du texte, avec un indice de confiance`,
    `(${lowerFirst(explicitTagsPhrase(tagging.explicit))} ; ${lowerFirst(inferredTagsPhrase(tagging.inferred))}).`,
    'Il est rattaché aux thèmes de la taxonomie de la consultation d’après les racines de ses mots ; un élément peut avoir plusieurs thèmes et compte alors dans chacun,',
    `si bien que la somme des thèmes dépasse le nombre d’éléments. ${formatPercent(synthesis.themedShare)} des éléments ont au moins un thème de la taxonomie ; les autres sont rangés dans « Autres ».`,
    'Les chiffres sont des nombres d’éléments publiés (le poids ajoute les votes), comptés une seule fois pour le site et pour chaque export.',
    'Une idée forte réunit des contributions de la même étiquette qui disent presque la même chose (mots ramenés à leur racine, seuls et par paires) ;',
    'elle n’est retenue que si elle revient dans au moins deux régions ou deux sessions, et les idées sont classées par nombre de régions, puis par soutien (votes compris), puis par nombre de contributions.',
    'La page « Méthodologie » du site détaille chaque étape et la qualité mesurée de l’étiquetage.',
  ].join(' ');
}

/** « Aucun élément… » inside a sentence: « aucun élément… »; a number is left as it is. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
