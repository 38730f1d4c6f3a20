/**
 * The French lexicon of answers that say nothing, refusals, and neutral phrases that block a
 * shorter cue inside them (same notation as lexicon.ts).
 */

/**
 * Refusals inside a longer answer ("Je n'en vois pas, car…"): a complaint under an "improved?"
 * question, no position elsewhere.
 */
export const REFUSAL = [
  'je n\'en vois pas', 'n\'en vois pas', 'n\'en vois aucun', 'n\'en vois aucune', 'je n\'en connais pas',
  'n\'en connais aucun', 'n\'en connais aucune', 'je ne vois pas', 'je ne vois rien', 'pas trouvé', 'je cherche encore',
  'j\'ai beau chercher', 'n\'en trouve pas', 'n\'en trouve aucun', 'n\'en voyons pas', 'n\'en vois guère',
];

/**
 * Pointers to an earlier answer ("voir ci-dessus", "idem"): a statement of nothing else answers
 * nothing; one that goes on ("Voir plus haut : école, transports en commun, hôpitaux") restates its
 * answer, which is read (meaning.ts).
 */
export const REFERENCE = [
  'voir plus haut', 'voir ci-dessus', 'cf plus haut', 'cf ci-dessus', 'idem', 'déjà répondu', 'voir réponse précédente',
  'même réponse',
];

/** Statements that answer nothing ("je ne sais pas", "non concerné"): read as a whole. */
export const NON_ANSWER = [
  'je ne sais pas', 'ne sais pas', 'sais pas', 'je ne sais pas trop', 'ne sais pas trop', 'sais pas trop', 'nsp', 'je ne connais pas', 'ne connais pas', 'aucune idée', 'pas d\'idée',
  'pas d\'avis', 'sans avis', 'aucun avis', 'pas d\'opinion', 'sans opinion', 'non concerné', 'non concernée',
  'non concernés', 'pas concerné', 'pas concernée', 'pas concernés', 'ne suis pas concerné', 'ne suis pas concernée',
  'ne me concerne pas', 'ne nous concerne pas', 'me concerne pas', 'sans objet', 'non applicable', 'pas applicable',
  'rien à signaler', 'ras', 'r a s', 'rien à ajouter', 'pas eu besoin', 'jamais eu besoin',
  'pas eu l\'occasion', 'jamais eu l\'occasion', 'pas eu affaire', 'jamais eu affaire', 'pas d\'expérience',
  'aucune expérience', 'ne peux pas répondre', 'ne peut pas répondre', 'ne pourrais pas vous dire', 'ne saurais dire',
  'ne saurais pas', 'ne comprends pas la question', 'pas compris la question', 'je suis retraité',
  'je suis retraitée', 'pas de recherche d\'emploi', 'pas de recrutement', 'pas d\'enfant', 'pas d\'enfants',
  'pas de handicap', 'pas d\'entreprise', 'pas dans ce cas', 'pas dans le cas', 'pas eu à faire', 'pas eu a faire',
  'jamais eu à faire', 'pas d\'exemple', 'pas d\'exemples', 'aucun exemple', 'trop ancien pour', 'trop vieux pour',
  'il y a trop longtemps', 'il y a très longtemps', 'il y a longtemps que', 'mal placé pour',
  'difficile à dire', 'difficile de dire', 'difficile de répondre', 'dur à dire', 'ne me souviens pas', 'ne me souviens plus', 'ne m\'en souviens pas', 'ne m\'en souviens plus', 'pas de souvenir',
  'aucun souvenir', 'ne sais plus', 'pas de remarque', 'pas de remarques', 'aucune remarque',
  'ne suis pas employeur', 'n\'emploie personne', 'pas d\'employé', 'pas de salarié', 'pas de salariés', 'pas de personnel',
  'jamais recruté', 'pas eu à recruter', 'pas eu a recruter', 'pas encore à la retraite', 'pas encore retraité',
  'pas encore retraitée', 'pas encore concerné', 'pas encore concernée', 'ne suis pas handicapé', 'ne suis pas handicapée',
  'pas eu d\'enfant', 'pas eu d\'enfants', 'jamais été confronté', 'jamais été confrontée', 'pas été confronté',
  'pas été confrontée', 'non confronté', 'non confrontée', 'merci d\'avoir pensé', 'merci de nous avoir',
  'merci pour cette consultation', 'merci pour ce débat', 'merci pour cette initiative', 'mal placée pour', 'mal placés pour',
  'ne me prononce pas', 'ne se prononce pas', 'ne se prononcent pas', 'non concerner', 'pas concerner',
  'sans commentaire', 'pas de commentaire', 'aucun commentaire', 'pas vraiment d\'avis',
  'hors sujet', 'n\'ai pas d\'avis', 'merci pour cette consultation', 'merci pour ce questionnaire',
  'merci de nous consulter', 'merci de votre écoute', 'merci pour votre écoute', 'merci de nous avoir consultés',
  'merci de nous demander notre avis', 'merci pour l\'initiative', 'pas été amené', 'pas ete amene', 'pas été mené', 'jamais été amené',
  'pas eu à chercher', 'pas eu a chercher', 'jamais eu à chercher', 'je suis à la retraite', 'suis en retraite', 'suis pas en retraite', 'aucune réponse à cette question', 'je ne vois pas quoi',
];

/** Phrases that block a shorter cue inside them ("bien sûr" is not praise, "pas mal de" is not praise). */
export const NEUTRAL = [
  'bien sûr', 'bien sur', 'bien que', 'bien entendu', 'bien des', 'eh bien', 'ou bien', 'si bien que', 'bien évidemment',
  'aussi bien', 'bien souvent', 'bien plus', 'bien avant', 'bien après', 'tant bien que mal', 'pas mal de', 'un peu',
  'à peu près', 'peu à peu', 'sans doute', 'sans aucun doute', 'sans compter', 'sans parler', 'sans exception',
  'sans oublier', 'sans cesse', 'non seulement', 'non plus', 'pas seulement', 'pas uniquement', 'pas que', 'ne que',
  'long terme', 'le long', 'tout au long', 'marché du travail', 'marché de l\'emploi', 'marchés publics',
  'marché public', 'le marché', 'du marché', 'au marché', 'un marché', 'bon de commande', 'bon sens', 'à bon escient',
  'si besoin', 'en cas de besoin', 'au besoin', 'aide sociale', 'aides sociales', 'aide à domicile',
  'peut être', 'peut-être', 'tout simplement', 'plus ou moins', 'de plus', 'en plus', 'qui plus est',
  'au plus', 'le plus', 'la plus', 'les plus', 'de plus en plus', 'au moins', 'le moins', 'la moins', 'les moins',
  'du moins', 'à moins', 'nulle part', 'bon nombre', 'de bonne foi', 'bonne volonté', 'bien-être', 'bien être',
  'les biens', 'des biens', 'bien public', 'bien commun', 'pas à pas', 'sans frais', 'sans rendez-vous',
  'plus tard', 'au mieux', 'faire mieux', 'mal de dos', 'rendez-vous', 'fin de mois', 'mise à jour', 'de retour',
  'la fin', 'en fin de', 'sans plus', 'à part', 'pas forcément', 'pas nécessairement', 'ne plus que',
  'non pas', 'avoir affaire', 'ont affaire', 'ce qu\'il faut', 'faut voir avec', 'un simple', 'une simple',
  'de simples', 'des simples', 'le simple', 'la simple', 'tout simple', 'en pratique', 'la pratique', 'les pratiques',
  'bonnes pratiques', 'bonne pratique', 'mise en pratique',
  // « cela n'empêche pas la caisse de me radier », « ce qui ne m'a pas empêché de… »: what did not stop
  // something praises nothing (empêcher is a complaint, lexicon.ts); what follows is read as it is.
  'n\'empêche pas', 'n\'empêchent pas', 'ne m\'empêche pas', 'ne nous empêche pas', 'n\'a pas empêché', 'n\'ont pas empêché',
  'ne m\'a pas empêché', 'ne m\'a pas empêchée', 'n\'empêche que', 'n\'empêche',
  // « n'importe quel poste » is any post, not a negation.
  'n\'importe quel', 'n\'importe quelle',
  // "souci de" as care for, not a problem; hedges; descriptions of a public, not judgements.
  'à la fin', 'a la fin', 'suis disponible', 'sommes disponibles', 'suis joignable', 'joignable à', 'joignable au',
  'que ce soit', 'qu\'il s\'agisse', 'je dois dire', 'dois dire', 'je dois avouer', 'dois avouer', 'dois reconnaître', 'avec un souci de', 'avec le souci de', 'dans un souci de', 'dans le souci de', 'par souci de', 'souci du détail',
  'si je ne me trompe pas', 'si je ne fais pas erreur', 'sauf erreur', 'en difficulté', 'en difficultés',
  'dont j\'ai besoin', 'dont on a besoin', 'dont ils ont besoin', 'dont nous avons besoin', 'dont elle a besoin',
  'dont il a besoin', 'en ai besoin', 'en ai eu besoin', 'en avais besoin', 'en avons besoin', 'il faut voir avec',
  'bien été', 'de bonne heure', 'ah bon', 'mais bon', 'bon ben', 'est bon pour', 'bon courage', 'bonne chance', 'pour de bon', 'le bon', 'la bonne', 'les bons',
  'les bonnes', 'bon an mal an', 'ce qui doit', 'ce qui doivent', 'souhaitée', 'souhaitées', 'bon gré mal gré', 'fonctionne selon', 'fonctionnent selon', 'bien évidemment',
  // « il y a longtemps » dates what follows (« c'était il y a longtemps mais ça marche bien maintenant »):
  // no complaint of a wait, unlike « longtemps » alone (« ça prend longtemps »).
  'y a longtemps', 'y a bien longtemps',
  // « un vrai bonheur tant pour la création que pour la fermeture »: the closing of one's business, a
  // procedure, not a service closed.
  'pour la fermeture',
];
