/**
 * The French lexicon of the tagger, as data. Each string is a folded word or phrase (accents may be
 * written: everything is folded when compiled). Notation:
 * - `word@0.5` gives a weight (default 1);
 * - `adj:lent` expands to lent, lente, lents, lentes; `verb:fonctionner` to the finite forms and
 *   participles of a first-group verb (fonctionne, fonctionnent, fonctionnait, fonctionné…), never
 *   the infinitive (an infinitive is a proposal, see `INFINITIVES`);
 * - a phrase that contains a negator ("rien à redire") is read as a whole and never flipped.
 * Plurals need not be listed: look-up also tries the word without its final s/x.
 */

/** Praise: what works. Flips to a complaint under negation ("ne fonctionne pas"). */
export const PRAISE = [
  'verb:fonctionner', 'verb:marcher', 'verb:améliorer', 'verb:simplifier', 'verb:faciliter', 'verb:progresser',
  'verb:apprécier', 'verb:accélérer', 'verb:moderniser', 'verb:fluidifier', 'verb:alléger', 'verb:remercier',
  'satisfait', 'satisfaite', 'satisfaits', 'satisfaites', 'adj:satisfaisant', 'satisfaction', 'adj:content', 'ravi', 'ravie',
  'réussi', 'réussie', 'réussit', 'abouti', 'aboutit', 'plaît', 'plait',
  'bien@0.8', 'très bien@1.5', 'tres bien@1.5', 'adj:bon@0.8', 'bonne chose', 'une bonne chose', 'mieux@0.5',
  'adj:efficace', 'efficacité', 'efficacement', 'adj:rapide', 'rapidement', 'rapidité', 'adj:simple', 'simplicité',
  'adj:facile', 'facilement', 'facilité', 'adj:fluide', 'fluidité', 'adj:pratique', 'adj:clair', 'clarté',
  'adj:fiable', 'fiabilité', 'adj:performant', 'adj:fonctionnel', 'adj:opérationnel', 'adj:accessible@0.7',
  'adj:disponible@0.7', 'disponibilité@0.6', 'adj:joignable', 'adj:réactif', 'réactivité', 'adj:compétent', 'adj:aimable',
  'adj:agréable', 'adj:accueillant', 'adj:sympathique', 'sympa', 'adj:souriant', 'adj:courtois', 'adj:serviable',
  'adj:attentif', 'à l\'écoute', 'a l ecoute', 'bonne écoute', 'adj:excellent', 'adj:parfait', 'parfaitement',
  'impeccable', 'adj:remarquable', 'formidable', 'adj:génial', 'super@0.8', 'top', 'bravo', 'merci@0.6',
  'adj:positif', 'positivement', 'positivité', 'progrès', 'adj:utile@0.8', 'adj:adapté', 'adj:pertinent', 'adj:précieux', 'adéquation', 'adj:adéquat', 'grâce à@0.6', 'grace a@0.6', 'réussite@0.8',
  'succès@0.8', 'satisfecit', 'adj:appréciable', 'bienveillance', 'adj:bienveillant', 'bienvenue@0.8', 'bonheur@0.8',
  'professionnalisme', 'adj:sérieux@0.6', 'vite@0.6', 'adj:capable@0.6', 'adj:efficient', 'adj:ouvert@0.6',
  'adj:humain@0.5', 'adj:réactif', 'bien passé@1.2', 'bien déroulé@1.2', 'eu la chance', 'ai la chance', 'adj:dynamique@0.6', 'adj:innovant@0.6', 'un modèle@0.8', 'adj:complet@0.6',
  'adj:correct@0.6', 'correctement@0.6', 'adj:convenable@0.6', 'adj:instantané', 'adj:moderne@0.5', 'nickel',
  'à la hauteur', 'a la hauteur', 'dans le bon sens', 'de manière positive', 'de maniere positive', 'en progrès',
  'gain de temps', 'vrai plus', 'un plus', 'heureusement@0.5', 'tout va bien@1.5', 'ça va@0.8', 'ca va@0.8',
  'rien à redire@1.5', 'rien a redire@1.5', 'rien à dire@1.2', 'rien a dire@1.2', 'bien pensé@1.2', 'bien pense@1.2',
  'm\'a aidé', 'm\'ont aidé', 'nous a aidé', 'nous ont aidé', 'adj:aidant', 'bien accueilli', 'bien reçu',
  'manque rien', 'manque de rien', 'ne manque de rien', 'ok@0.6', 'tb', 'adj:sain',
  'bien fait@1.2', 'adj:cohérent@0.8', 'adj:suffisant', 'ai accès', 'avons accès', 'adj:digne@0.6', 'adj:professionnel@0.5',
  // Judgements of normality, flipped under negation ("ce n'est pas normal" is a complaint, see COMPLAINT).
  'adj:normal@0.7', 'adj:admissible@0.7', 'adj:acceptable@0.7', 'adj:raisonnable@0.7', 'adj:idéal',
  'avantage@0.5', 'avantages@0.5', 'adj:avantageux@0.8', 'verb:profiter@0.7', 'adj:privilégié@0.6',
  'bon fonctionnement@1.2', 'beaucoup mieux', 'bien mieux', 'nettement mieux', 'tellement mieux', 'c\'est mieux',
  'se passe bien@1.2', 'se passent bien@1.2', 'passe bien@1.2', 'passé bien@1.2', 'rien ne manque', 'ne manque rien',
  'est super@1.2', 'sont super@1.2', 'c\'est top@1.2', 'chouette@0.8', 'adj:agréablement',
  'accepté@0.5', 'acceptée@0.5', 'acceptés@0.5', 'acceptées@0.5', 'accordé@0.5', 'accordée@0.5',
  'adj:gratuit@0.6', 'gratuité@0.6', 'adj:rassurant', 'adj:accommodant', 'adj:arrangeant',
  'adj:dévoué', 'dévouement', 'adj:admirable', 'adj:irréprochable', 'adj:génial', 'adj:pédagogue',
];

/** Complaints: what is broken. Flips to praise under negation ("pas de problème", "aucune difficulté"). */
export const COMPLAINT = [
  'problème', 'problématique@0.7', 'souci', 'difficulté', 'adj:difficile', 'difficilement', 'adj:compliqué',
  'complication', 'adj:complexe', 'complexité', 'adj:lent', 'lenteur', 'adj:long@0.7', 'longueur', 'délai@0.5',
  'attente@0.5', 'temps d\'attente', 'file d\'attente', 'liste d\'attente', 'adj:impossible', 'adj:inutile',
  'inutilement', 'adj:inefficace', 'inefficacité', 'adj:incompétent', 'incompétence', 'adj:mauvais', 'mal@0.8', 'pire',
  'catastrophe', 'adj:catastrophique', 'désastre', 'adj:désastreux', 'adj:déplorable', 'adj:lamentable',
  'adj:pitoyable', 'adj:pathétique', 'adj:nul', 'nullissime', 'honte', 'adj:honteux', 'scandale', 'adj:scandaleux',
  'adj:inadmissible', 'adj:inacceptable', 'adj:insupportable', 'adj:intolérable', 'adj:absurde', 'adj:aberrant',
  'aberration', 'adj:ridicule', 'verb:regretter@0.8', 'adj:regrettable', 'verb:déplorer', 'adj:décevant',
  'déception', 'déçu', 'déçue', 'déçus', 'adj:insatisfait', 'adj:insatisfaisant', 'insatisfaction', 'adj:mécontent',
  'mécontentement', 'galère', 'verb:galérer', 'casse-tête', 'usine à gaz', 'parcours du combattant', 'adj:kafkaïen',
  'adj:ubuesque', 'lourdeur', 'adj:fastidieux', 'adj:chronophage', 'adj:opaque', 'opacité', 'flou@0.7',
  'adj:confus', 'adj:illisible', 'adj:incompréhensible', 'adj:abusif', 'abusivement', 'abus@0.8', 'erreur', 'adj:erroné',
  'perte@0.7', 'perte de temps@1.2', 'perdu@0.7', 'perdue@0.7', 'perdus@0.7', 'perdues@0.7', 'bug', 'bogue', 'verb:buguer',
  'panne', 'verb:planter@0.8', 'dysfonctionnement', 'verb:dysfonctionner', 'adj:défaillant', 'défaillance', 'adj:déficient', 'adj:inexistant',
  'adj:injoignable', 'adj:injuste', 'injustice', 'inégalité', 'adj:inégal', 'adj:cher@0.6', 'adj:coûteux', 'adj:onéreux',
  'adj:exorbitant', 'adj:excessif', 'adj:lourd', 'dommage', 'verb:dégrader', 'dégradation', 'verb:détériorer', 'détérioration', 'recul@0.7',
  'régression', 'disparu', 'disparue', 'disparus', 'disparues', 'disparaît', 'disparait', 'disparaissent',
  'disparition', 'verb:fermer@0.6', 'fermeture', 'verb:supprimer@0.7', 'adj:éloigné@0.8', 'éloignement',
  'loin@0.5', 'adj:déshumanisé', 'déshumanisation', 'adj:impersonnel', 'rejet@0.7', 'refus@0.8', 'verb:refuser@0.8',
  'adj:saturé', 'adj:débordé', 'adj:engorgé', 'adj:surchargé', 'adj:pénible', 'mépris', 'adj:méprisant', 'adj:arrogant',
  'arrogance', 'adj:agressif', 'adj:désagréable', 'adj:incohérent', 'incohérence', 'adj:contradictoire',
  'adj:redondant', 'doublon@0.7', 'paperasse', 'paperasserie', 'bureaucratie@0.7', 'adj:bureaucratique', 'gaspillage',
  'laxisme', 'absentéisme', 'grève@0.5', 'retard@0.8', 'trop tard', 'verb:traîner@0.7', 'verb:bloquer@0.7',
  'blocage', 'obstacle', 'frein@0.7', 'contrainte@0.7', 'adj:contraignant', 'adj:inadapté', 'adj:inaccessible',
  'adj:indisponible', 'horreur', 'adj:horrible', 'adj:terrible@0.8', 'adj:affreux', 'adj:infernal', 'enfer', 'cauchemar',
  'calvaire', 'bien dommage@1.2', 'ne sert à rien@1.2', 'ne servent à rien@1.2', 'sert à rien@1.2', 'servent à rien@1.2',
  'n\'importe quoi', 'mal fait', 'à la traîne', 'laisse à désirer@1.2', 'laissent à désirer@1.2', 'au détriment@0.7',
  'daube', 'arnaque', 'racket', 'verb:extorquer', 'surtaxe@0.7', 'adj:surtaxé@0.7', 'trop', 'bien trop', 'pas assez',
  'plus assez', 'de moins en moins', 'malheureusement@0.5', 'hélas@0.5', 'verb:empirer', 'adj:pire', 'privatisation@0.7',
  'adj:déplaisant', 'stress@0.6', 'adj:stressant', 'verb:décourager@0.7', 'adj:décourageant', 'adj:compliqué',
  'pas terrible@1.2', 'du mal à', 'du mal a', 'verb:obliger@0.5', 'rarement@0.5', 'adj:vétuste', 'adj:obsolète',
  'adj:archaïque', 'adj:inadéquat', 'adj:insensé', 'adj:irréaliste', 'adj:rigide@0.7', 'rigidité@0.7', 'adj:tatillon',
  'verb:pénaliser', 'dérive@0.7', 'adj:inquiétant@0.7', 'adj:préoccupant@0.8', 'adj:alarmant', 'adj:dramatique',
  'se débrouiller@0.6', 'se debrouiller@0.6', 'adj:livré à lui-même', 'merde', 'adj:pourri', 'bidon', 'adj:incapable',
  'adj:inopérant', 'inadaptation', 'gabegie', 'sans intérêt', 'mensonge@0.8', 'adj:menacé', 'en sursis', 'verb:freiner',
  'adj:faible', 'loin d\'être', 'loin d\'etre', 'plus grand chose', 'plus grand-chose', 'il a fallu', 'a fallu',
  'faut attendre', 'il faut attendre', 'il faut des heures', 'il faut des mois', 'il faut des semaines',
  'il faut des jours', 'il faut des années', 'il faut recommencer', 'il faut refaire', 'disparaître', 'disparaitre',
  'adj:abusé', 'verb:escroquer', 'escroquerie', 'adj:lamentable', 'moins bien', 'nulle', 'nulles', 'latence',
  'écoeurement', 'écœurement', 'misère', 'adj:harassant', 'énormité', 'adj:ingérable', 'adj:dépourvu', 'verb:débrouiller@0.8',
  'débrouiller@0.8', 'pourquoi@0.6', 'mêmes documents@0.8', 'mêmes informations@0.8', 'mêmes renseignements@0.8',
  'mêmes pièces@0.8', 'mêmes papiers@0.8', 'plusieurs fois@0.6', 'double saisie', 'ressaisir', 'resaisir', 'ressaisie',
  'beaucoup de papiers', 'beaucoup de documents', 'beaucoup de démarches', 'beaucoup de formulaires',
  'beaucoup de paperasse', 'adj:sévère@0.8', 'adj:obsolète', 'impossibilité', 'incapacité@0.8', 'méconnaissance@0.8',
  'inadéquation', 'échec', 'inutilité', 'gâchis', 'adj:anormal', 'absurdité', 'nullité', 'médiocrité', 'adj:médiocre',
  'fumisterie', 'jungle@0.8', 'maquis@0.8', 'blague@0.7', 'harcèlement', 'discrimination', 'incompréhension@0.8',
  'décalage@0.6', 'adj:déconnecté@0.8', 'adj:dépassé@0.7', 'verb:renoncer@0.7', 'adj:abandonné@0.7', 'oublié@0.6',
  'oubliés@0.6', 'pression@0.5', 'peur@0.6', 'adj:grave@0.7', 'multiplicité@0.8', 'disparité@0.7', 'adj:dur@0.7',
  'longtemps@0.6', 'rares@0.6', 'dépassements@0.6', 'verb:régresser', 'désertification', 'adj:privatisé@0.7',
  'verb:perdre@0.7', 'perd du temps@1.2', 'perdre du temps@1.2', 'adj:inégalitaire', 'adj:discriminant',
  'découragement', 'ne sert qu\'à@0.8', 'ne servent qu\'à@0.8', 'insuffisamment@0.8', 'adj:irrespectueux', 'adj:hautain', 'adj:froid@0.5', 'adj:démotivé@0.8', 'adj:débordant@0.5',
  'adj:négatif', 'négativement', 'à outrance', 'imbroglio', 'marre', 'ras le bol', 'ras-le-bol', 'magouille', 'magouilles',
  'hors sol', 'hors-sol', 'abonné absent', 'abonnés absents', 'au secours', 'adj:inachevé', 'verb:fausser', 'combat@0.8',
  'chemin de croix', 'en lambeaux', 'à l\'abandon', 'destruction', 'adj:dingue@0.8', 'adj:aléatoire@0.7',
  'pas possible', 'plus possible', 'pas normal@1.2', 'pas normale@1.2', 'pas admissible@1.2', 'pas digne', 'pas dignes', 'pas acceptable@1.2',
  'pas en mesure', 'pas grand chose@0.8', 'pas grand-chose@0.8', 'sous prétexte', 'sous le prétexte', 'prétextant',
  'ne comprends pas', 'ne comprend pas', 'ne comprenons pas', 'ne comprends toujours pas', 'ne comprend toujours pas',
  'sans tenir compte', 'ne tient pas compte', 'ne tiennent pas compte', 'ne tenant pas compte', 'adj:ahurissant',
  'mois que j\'attends', 'ans que j\'attends', 'semaines que j\'attends', 'jours que j\'attends', 'j\'attends toujours', 'attends toujours', 'attend toujours', 'attendons toujours', 'attends encore',
  'attends depuis', 'attend depuis', 'attendons depuis', 'ai dû@0.7', 'avons dû@0.7', 'ai du@0.6', 'avons du@0.6',
  'n\'arrête pas de@0.6', 'n\'arrêtent pas de@0.6', 'ne cesse de@0.6', 'ne cessent de@0.6', 'n\'arrête pas d\'augmenter@1.2',
  'n\'arrêtent pas d\'augmenter@1.2', 'ne cesse d\'augmenter@1.2', 'ne cessent d\'augmenter@1.2', 'adj:affligeant',
  'adj:néfaste', 'adj:exécrable', 'adj:imbuvable', 'adj:indigne', 'adj:révoltant', 'adj:choquant', 'adj:aberrant',
  'inconvénient@0.8', 'inconvénients@0.8', 'verb:subir@0.6', 'subi@0.6', 'subie@0.6', 'subis@0.6', 'adj:infantilisant',
  'verb:compliquer', 'adj:complexifié', 'adj:labyrinthique', 'adj:tracassier', 'tracasserie', 'adj:pénalisant',
  'adj:déprimant', 'adj:épuisant', 'adj:usant', 'adj:formaté@0.7', 'adj:incompréhensible', 'adj:impraticable',
];

/** Requests and proposals: what is needed. Negation does not change them ("il ne faut pas supprimer"). */
export const REQUEST = [
  'il faut@1.2', 'faut', 'il faudrait@1.2', 'faudrait@1.2', 'il faudra', 'faudra', 'devrait', 'devraient', 'devrions',
  'devra', 'devront', 'vivement', 'nous attendons', 'j\'attends que', 'on attend que',
  'doit@0.8', 'doivent@0.8', 'devons@0.4', 'il est nécessaire@1.2', 'adj:nécessaire@0.8', 'nécessité@0.5',
  'adj:indispensable@0.8', 'adj:essentiel@0.5', 'adj:primordial@0.7', 'adj:urgent@0.7', 'urgemment',
  'verb:souhaiter', 'souhaiterais', 'souhaiterait', 'souhaiterions', 'souhaiteraient', 'adj:souhaitable', 'souhait',
  'aimerais', 'aimerait', 'aimerions', 'aimeraient', 'voudrais', 'voudrait', 'voudrions', 'voudraient', 'voulons',
  'besoin@0.8', 'je demande', 'nous demandons', 'demandons', 'je propose', 'nous proposons', 'proposons',
  'proposerais', 'suggère', 'suggérons', 'suggestion', 'pourquoi ne pas', 'pourquoi pas', 'pourrait être',
  'pourraient être', 'à revoir', 'a revoir',
  'à améliorer', 'a ameliorer', 'à simplifier', 'a simplifier', 'à développer', 'a developper', 'à renforcer',
  'a renforcer', 'à repenser', 'a repenser', 'à réformer', 'a reformer',
  'mériterait', 'mériteraient', 'gagnerait', 'gagneraient', 'serait bien@1.2', 'serait bon@1.2',
  'serait mieux', 'serait utile', 'serait souhaitable', 'serait judicieux', 'serait intéressant', 'serait nécessaire',
  'serait plus@0.8', 'serait souhaitable', 'ce serait@0.6', 'il serait@0.6', 'pourrait@0.5', 'pourraient@0.5',
  'faciliterait', 'permettrait', 'permettraient', 'mettre en place@1.2', 'mise en place@0.6', 'davantage@0.8',
  'en priorité@0.6', 'prioritaire@0.6', 'priorité@0.5', 'attention à@0.6', 'attention a@0.6', 'vigilant@0.6',
  'stop', 'halte', 'nous voulons', 'je veux@0.8', 'verb:espérer@0.8', 'j\'espère', 'exige@0.6', 'exigeons',
  'je réclame', 'nous réclamons', 'il est temps', 'serait un plus@1.2', 'plus de moyens', 'davantage de moyens', 'plus de personnel',
  'plus de proximité', 'plus d\'humain', 'plus humain', 'plus humaine', 'un guichet unique', 'guichet unique@0.6',
  'interlocuteur unique@0.6', 'si possible@0.5', 'adj:perfectible', 'suffirait', 'il suffirait', 'suffiraient',
  'serait préférable', 'adj:préférable@0.8', 'serait idéal', 'serait le bienvenu', 'serait la bienvenue',
  'seraient les bienvenus', 'serait bienvenu', 'serait une bonne chose@1.2', 'serait une bonne idée@1.2', 'adj:impératif@0.8',
  'impérativement', 'doit être', 'doivent être', 'est nécessaire@1.2', 'sont nécessaires@1.2', 'est indispensable@1.2',
  'sont indispensables@1.2', 'est urgent@1.2', 'besoin d\'être@1.2',
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
  'ne plus', 'ne pas', 'arrêtons', 'cessons', 'simplifions', 'supprimons', 'revenons', 'redonnons', 'gardons',
  'faisons', 'mettons', 'donnons', 'travaillons', 'créons', 'développons', 'renforçons', 'aidons', 'pensons',
  'prenons', 'soyons', 'ayons', 'remettons', 'rendons', 'réduisons', 'augmentons', 'baissons', 'limitons',
];

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
  'réponse', 'interlocuteur', 'contact', 'accueil', 'rendez-vous', 'rdv', 'aide', 'accompagnement', 'suivi',
  'information', 'explication', 'retour', 'conseil', 'conseiller', 'personnel', 'médecin', 'spécialiste', 'généraliste',
  'service', 'bureau', 'guichet', 'poste', 'bus', 'train', 'transport', 'internet', 'réseau', 'connexion', 'moyen',
  'effectif', 'agent', 'humain', 'solution', 'budget', 'financement', 'place', 'créneau', 'proposition', 'offre',
  'nouvelles', 'remboursement', 'prise en charge', 'écoute', 'urgence', 'hôpital', 'maternité', 'école', 'pharmacie',
  'commerce', 'banque', 'distributeur', 'permanence', 'structure', 'interlocutrice', 'considération', 'respect',
  'reconnaissance', 'relation', 'dialogue', 'guide', 'renseignement', 'formation', 'entretien', 'emploi', 'travail',
  'couverture', 'réseau', 'débit', 'accès', 'présence', 'personne physique', 'être humain', 'efficacité',
];

/**
 * Refusals inside a longer answer ("Je n'en vois pas, car…"): a complaint under an "improved?"
 * question, no position elsewhere.
 */
export const REFUSAL = [
  'je n\'en vois pas', 'n\'en vois pas', 'n\'en vois aucun', 'n\'en vois aucune', 'je n\'en connais pas',
  'n\'en connais aucun', 'n\'en connais aucune', 'je ne vois pas', 'je ne vois rien', 'pas trouvé', 'je cherche encore',
  'j\'ai beau chercher', 'n\'en trouve pas', 'n\'en trouve aucun', 'n\'en voyons pas', 'n\'en vois guère',
];

/** Statements that answer nothing ("je ne sais pas", "non concerné"): read as a whole. */
export const NON_ANSWER = [
  'je ne sais pas', 'ne sais pas', 'sais pas', 'nsp', 'je ne connais pas', 'ne connais pas', 'aucune idée', 'pas d\'idée',
  'pas d\'avis', 'sans avis', 'aucun avis', 'pas d\'opinion', 'sans opinion', 'non concerné', 'non concernée',
  'non concernés', 'pas concerné', 'pas concernée', 'pas concernés', 'ne suis pas concerné', 'ne suis pas concernée',
  'ne me concerne pas', 'ne nous concerne pas', 'me concerne pas', 'sans objet', 'non applicable', 'pas applicable',
  'rien à signaler', 'ras', 'r a s', 'rien à ajouter', 'pas eu besoin', 'jamais eu besoin',
  'pas eu l\'occasion', 'jamais eu l\'occasion', 'pas eu affaire', 'jamais eu affaire', 'pas d\'expérience',
  'aucune expérience', 'ne peux pas répondre', 'ne peut pas répondre', 'ne pourrais pas vous dire', 'ne saurais dire',
  'ne saurais pas', 'ne comprends pas la question', 'pas compris la question', 'voir plus haut', 'voir ci-dessus',
  'cf plus haut', 'cf ci-dessus', 'idem', 'déjà répondu', 'voir réponse précédente', 'même réponse', 'je suis retraité',
  'je suis retraitée', 'pas de recherche d\'emploi', 'pas de recrutement', 'pas d\'enfant', 'pas d\'enfants',
  'pas de handicap', 'pas d\'entreprise',
  'ne me prononce pas', 'sans commentaire', 'pas de commentaire', 'aucun commentaire', 'pas vraiment d\'avis',
  'hors sujet', 'n\'ai pas d\'avis', 'merci pour cette consultation', 'merci pour ce questionnaire',
  'merci de nous consulter', 'merci de votre écoute', 'merci pour votre écoute', 'merci de nous avoir consultés',
  'merci de nous demander notre avis', 'merci pour l\'initiative', 'pas été amené', 'pas ete amene', 'pas été mené', 'jamais été amené',
  'pas eu à chercher', 'pas eu a chercher', 'jamais eu à chercher', 'je suis à la retraite', 'en retraite', 'aucune réponse à cette question', 'je ne vois pas quoi',
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
  // "souci de" as care for, not a problem; hedges; descriptions of a public, not judgements.
  'avec un souci de', 'avec le souci de', 'dans un souci de', 'dans le souci de', 'par souci de', 'souci du détail',
  'si je ne me trompe pas', 'si je ne fais pas erreur', 'sauf erreur', 'en difficulté', 'en difficultés',
  'dont j\'ai besoin', 'dont on a besoin', 'dont ils ont besoin', 'dont nous avons besoin', 'dont elle a besoin',
  'dont il a besoin', 'en ai besoin', 'en ai eu besoin', 'en avais besoin', 'en avons besoin', 'il faut voir avec',
  'bien été', 'de bonne heure', 'bon courage', 'bonne chance', 'pour de bon', 'le bon', 'la bonne', 'les bons',
  'les bonnes', 'bon an mal an', 'ce qui doit', 'ce qui doivent', 'bon gré mal gré', 'fonctionne selon', 'fonctionnent selon', 'bien évidemment',
];
