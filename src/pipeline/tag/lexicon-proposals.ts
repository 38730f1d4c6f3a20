/**
 * The French lexicon of proposals, changes, cuts and lacks (same notation as lexicon.ts: folded
 * words or phrases, `adj:`/`verb:` expansions, `@weight`).
 */

/** Requests and proposals: what is needed. Negation does not change them ("il ne faut pas supprimer"). */
export const REQUEST = [
  'il faut@1.2', 'faut', 'il faudrait@1.2', 'faudrait@1.2', 'il faudra', 'faudra', 'devrait', 'devraient', 'devrions',
  'devra', 'devront', 'vivement', 'nous attendons', 'j\'attends que', 'on attend que',
  'doit@0.8', 'doivent@0.8', 'devons@0.4', 'il est nécessaire@1.2', 'adj:nécessaire@0.8', 'nécessité@0.5',
  'adj:indispensable@0.8', 'adj:essentiel@0.5', 'adj:primordial@0.7', 'adj:urgent@0.7', 'urgemment',
  'verb:souhaiter', 'souhaiterais', 'souhaiterait', 'souhaiterions', 'souhaiteraient', 'adj:souhaitable', 'souhait',
  'aimerais', 'aimerait', 'aimerions', 'aimeraient', 'voudrais', 'voudrait', 'voudrions', 'voudraient', 'voulons',
  'besoin@0.8', 'ont besoin', 'avons besoin', 'je demande', 'nous demandons', 'demandons', 'je propose', 'nous proposons', 'proposons',
  'proposerais', 'suggère', 'suggérons', 'suggestion', 'pourquoi ne pas', 'pourquoi pas', 'pourrait être',
  'pourraient être', 'à revoir', 'a revoir',
  'à améliorer', 'a ameliorer', 'à simplifier', 'a simplifier', 'à développer', 'a developper', 'à renforcer',
  'a renforcer', 'à repenser', 'a repenser', 'à réformer', 'a reformer',
  'mériterait', 'mériteraient', 'gagnerait', 'gagneraient', 'serait bien@1.2', 'serait bon@1.2',
  'serait mieux', 'serait utile', 'serait souhaitable', 'serait judicieux', 'serait intéressant', 'serait nécessaire',
  'serait plus@0.8', 'serait souhaitable', 'ce serait@0.6', 'il serait@0.6', 'pourrait@0.5', 'pourraient@0.5',
  'faciliterait', 'permettrait', 'permettraient', 'mettre en place@1.2', 'mise en place@0.6', 'davantage@0.8',
  'en priorité@0.6', 'prioritaire@0.6', 'priorité@0.5', 'attention à@0.6', 'attention a@0.6', 'attention au@0.6', 'attention aux@0.6', 'vigilant@0.6',
  'stop', 'halte', 'nous voulons', 'je veux@0.8', 'verb:espérer@0.7', 'j\'espère', 'exige@0.6', 'exigeons',
  'je réclame', 'nous réclamons', 'il est temps', 'serait un plus@1.2', 'plus de moyens', 'davantage de moyens', 'plus de personnel',
  'plus de proximité', 'plus d\'humain', 'plus humain', 'plus humaine', 'un guichet unique', 'guichet unique@0.6',
  'interlocuteur unique@0.6', 'si possible@0.5', 'adj:perfectible', 'suffirait', 'il suffirait', 'suffiraient',
  'serait préférable', 'adj:préférable@0.8', 'serait idéal', 'serait le bienvenu', 'serait la bienvenue',
  'seraient les bienvenus', 'serait bienvenu', 'serait une bonne chose@1.2', 'serait une bonne idée@1.2', 'adj:impératif@0.8',
  'impérativement', 'doit être', 'doivent être', 'doit pouvoir', 'doivent pouvoir', 'est nécessaire@1.2', 'sont nécessaires@1.2', 'est indispensable@1.2',
  'sont indispensables@1.2', 'est urgent@1.2', 'besoin d\'être@1.2', 'nécessité de', 'nécessité d\'',
  'vaut mieux', 'il vaut mieux@1.2', 'valent mieux', 'priorité absolue@1.2', 'mes priorités', 'nos priorités',
];

/**
 * Infinitives of reform verbs read as proposals: strong at the start of a statement ("Supprimer
 * l'ENA"), weak elsewhere ("pour simplifier"). Their `-ez`/`-ons` imperatives are generated.
 */
export const INFINITIVES = [
  'améliorer', 'simplifier', 'supprimer', 'créer', 'développer', 'renforcer', 'réduire', 'diminuer', 'augmenter',
  'baisser', 'arrêter', 'cesser', 'stopper', 'éviter', 'favoriser', 'faciliter', 'généraliser', 'harmoniser',
  'uniformiser', 'unifier', 'centraliser', 'décentraliser', 'regrouper', 'fusionner', 'rapprocher', 'recruter',
  'embaucher', 'investir', 'maintenir', 'conserver', 'préserver', 'protéger', 'rétablir', 'rouvrir', 'réouvrir',
  'instaurer', 'imposer', 'interdire', 'limiter', 'valoriser', 'revaloriser', 'responsabiliser', 'adapter',
  'moderniser', 'numériser', 'dématérialiser', 'humaniser', 'réhumaniser', 'multiplier', 'privilégier', 'revoir',
  'repenser', 'réformer', 'réorganiser', 'abandonner', 'abolir', 'remplacer', 'sanctionner', 'alléger', 'automatiser',
  'clarifier', 'mutualiser', 'rationaliser', 'optimiser', 'privatiser', 'nationaliser', 'relancer', 'soutenir',
  'encourager', 'inciter', 'promouvoir', 'accélérer', 'raccourcir', 'allonger', 'élargir', 'étendre', 'anticiper',
  'coordonner', 'éliminer', 'lutter', 'combattre', 'punir', 'désengorger', 'réinvestir', 'relocaliser', 'recentrer',
  'assouplir', 'débloquer', 'libérer', 'veiller', 'doter', 'financer', 'déployer', 'implanter', 'garantir', 'redonner',
  'remettre', 'réintégrer', 'revenir', 'rendre obligatoire', 'mettre en place', 'remettre en place', 'mettre fin',
];

/** Generic infinitives: a proposal only at the start of a statement ("Avoir plus d'humanité"). */
export const INFINITIVES_AT_START = [
  'faire', 'avoir', 'être', 'pouvoir', 'prendre', 'payer', 'rendre', 'mettre', 'donner', 'laisser', 'penser',
  'travailler', 'utiliser', 'écrire', 'aider', 'former', 'garder', 'ouvrir', 'fixer', 'prévoir', 'retrouver', 'offrir',
  'assurer', 'respecter', 'attribuer', 'établir', 'définir', 'installer', 'mesurer', 'vérifier', 'publier', 'consulter',
  'communiquer', 'expliquer', 'informer', 'écouter', 'accompagner', 'rembourser', 'ajouter', 'intégrer', 'réunir',
  'organiser', 'évaluer', 'contrôler', 'proposer', 'associer', 'impliquer', 'reconnaître', 'récompenser', 'motiver',
  'allouer', 'taxer', 'moraliser', 'replacer', 'obliger', 'renouveler', 'embellir', 'rapatrier', 'permettre', 'inclure',
  'sortir', 'agir', 'réfléchir', 'choisir', 'bâtir', 'construire', 'produire', 'introduire', 'reconstruire',
  'revenir', 'aller', 'venir', 'accepter', 'changer', 'continuer', 'poursuivre', 'passer', 'rester', 'tenir', 'savoir',
  'apprendre', 'connaître', 'considérer', 'traiter', 'répondre', 'réduire', 'valider', 'simplifier', 'supprimer',
];

/** Words that start a proposal only at the start of a statement ("Plus de médecins", "Moins de hiérarchie"). */
export const START_MORE = ['plus de', 'plus d\'', 'moins de', 'moins d\'', 'davantage de', 'davantage d\''];
export const START_REQUEST = [
  'mieux', 'meilleur', 'meilleure', 'meilleurs', 'meilleures', 'une meilleure', 'un meilleur', 'de meilleures',
  'de meilleurs', 'des meilleurs', 'que@0.8', 'stop', 'oui à', 'non à', 'il faut', 'pouvoir', 'avoir', 'être',
  // « Priorité : la fin de la double saisie », « Priorité absolue, les SMS »: a stated priority is a need.
  'priorité',
  'ne plus', 'ne pas', 'arrêtons', 'cessons', 'simplifions', 'supprimons', 'revenons', 'redonnons', 'gardons',
  'faisons', 'mettons', 'donnons', 'travaillons', 'créons', 'développons', 'renforçons', 'aidons', 'pensons',
  'prenons', 'soyons', 'ayons', 'remettons', 'rendons', 'réduisons', 'augmentons', 'baissons', 'limitons',
];

/** Exclamations at the start of a statement: "Que de papiers à remplir !" is a complaint, not a wish. */
export const START_COMPLAINT = ['que de', 'que d\'', 'que des', 'toujours plus de@0.8', 'encore plus de@0.8'];

/** Changes: "simplification", "amélioration": praise under an "improved?" question, a proposal otherwise. */
export const CHANGE = [
  'amélioration', 'simplification', 'modernisation', 'dématérialisation', 'numérisation', 'informatisation',
  'digitalisation', 'développement', 'création', 'généralisation', 'harmonisation', 'accélération', 'automatisation',
  'revalorisation', 'renforcement', 'rapprochement', 'réouverture', 'unification', 'centralisation',
  'décentralisation', 'mutualisation', 'regroupement', 'réorganisation@0.5', 'réforme@0.5', 'allègement',
  'allégement', 'mise en ligne', 'refonte', 'ouverture', 'extension', 'élargissement', 'embauche',
  'recrutement', 'relocalisation', 'transparence',
];

/** Cuts: "suppression", "réduction": a complaint, except as a proposal under a "what should change?" question. */
export const CUT = ['suppression', 'réduction', 'diminution', 'baisse', 'abandon', 'abolition', 'limitation', 'arrêt'];

/** Lack: "manque de": a need under a "what is missing?" question, a complaint otherwise. */
export const LACK = [
  'verb:manquer', 'manque', 'absence@0.8', 'pénurie', 'adj:insuffisant', 'insuffisance', 'désert', 'déserts médicaux',
  'désert médical', 'trop peu', 'peu de@0.6', 'peu d\'@0.6', 'n\'y a plus', 'n\'y a pas@0.8', 'il n\'y a rien',
  'plus de service', 'plus aucun', 'plus aucune',
];

/**
 * Nouns whose absence is a complaint ("pas de réponse", "aucun interlocuteur", "jamais de rendez-vous"):
 * they mean nothing on their own, and count as a lack only under negation.
 */
export const ABSENCE = [
  'réponse', 'interlocuteur', 'contact', 'accueil', 'rendez-vous', 'rdv', 'pris en charge', 'pris en compte', 'prise en compte', 'aide', 'accompagnement', 'suivi',
  'information', 'explication', 'retour', 'conseil', 'conseiller', 'personnel', 'médecin', 'spécialiste', 'généraliste',
  'service', 'bureau', 'guichet', 'poste', 'bus', 'train', 'transport', 'internet', 'réseau', 'connexion', 'moyen',
  'effectif', 'agent', 'humain', 'solution', 'budget', 'financement', 'place', 'créneau', 'proposition', 'offre',
  'nouvelles', 'remboursement', 'prise en charge', 'écoute', 'urgence', 'hôpital', 'maternité', 'école', 'pharmacie',
  'commerce', 'banque', 'distributeur', 'permanence', 'structure', 'interlocutrice', 'considération', 'respect',
  'reconnaissance', 'relation', 'dialogue', 'guide', 'renseignement', 'formation', 'entretien', 'emploi', 'travail',
  'couverture', 'réseau', 'débit', 'accès', 'présence', 'personne physique', 'être humain', 'efficacité',
];
