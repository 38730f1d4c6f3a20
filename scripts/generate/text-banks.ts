/**
 * The French the synthetic consultations are written in: regions and places, subjects by theme,
 * predicates and openers by tag, section headings as ambassadors write them, ambassadors' names.
 */
import type { Tag } from '../../src/pipeline/model.ts';

/** INSEE code, name, and a few places for workshop titles. */
export const REGIONS: Array<[string, string, string[]]> = [
  ['01', 'Guadeloupe', ['Pointe-à-Pitre', 'Basse-Terre']],
  ['02', 'Martinique', ['Fort-de-France', 'Le Lamentin']],
  ['03', 'Guyane', ['Cayenne', 'Saint-Laurent-du-Maroni']],
  ['04', 'La Réunion', ['Saint-Denis', 'Saint-Pierre']],
  ['06', 'Mayotte', ['Mamoudzou']],
  ['11', 'Île-de-France', ['Paris', 'Créteil', 'Cergy', 'Évry', 'Saint-Denis', 'Nanterre']],
  ['24', 'Centre-Val de Loire', ['Orléans', 'Tours', 'Bourges']],
  ['27', 'Bourgogne-Franche-Comté', ['Dijon', 'Besançon', 'Auxerre']],
  ['28', 'Normandie', ['Rouen', 'Caen', 'Le Havre']],
  ['32', 'Hauts-de-France', ['Lille', 'Amiens', 'Arras', 'Valenciennes']],
  ['44', 'Grand Est', ['Strasbourg', 'Metz', 'Reims', 'Nancy']],
  ['52', 'Pays de la Loire', ['Nantes', 'Angers', 'Le Mans']],
  ['53', 'Bretagne', ['Rennes', 'Brest', 'Quimper', 'Vannes']],
  ['75', 'Nouvelle-Aquitaine', ['Bordeaux', 'Limoges', 'Poitiers', 'Saintes']],
  ['76', 'Occitanie', ['Toulouse', 'Montpellier', 'Nîmes', 'Perpignan']],
  ['84', 'Auvergne-Rhône-Alpes', ['Lyon', 'Grenoble', 'Clermont-Ferrand', 'Saint-Étienne']],
  ['93', "Provence-Alpes-Côte d'Azur", ['Marseille', 'Nice', 'Toulon', 'Avignon']],
  ['94', 'Corse', ['Ajaccio', 'Bastia']],
];

export const PROFILES = ['conseiller', 'conseiller', 'conseiller', 'direction', 'accueil', 'partenaire', 'jeune'];

/** Subjects by theme id (`data/themes.yml`); sentences combine them with a tag's predicates. */
export const SUBJECTS: Record<string, string[]> = {
  'saisie-ergonomie': [
    "la saisie d'un entretien", 'le formulaire de situation', 'les listes déroulantes', "l'écran d'accueil du dossier",
    'la navigation entre les onglets', 'les champs obligatoires', 'le copier-coller des propositions',
  ],
  'lenteurs-disponibilite': [
    "l'ouverture d'un dossier", 'la connexion le lundi matin', 'le chargement des listes', "l'application en fin de mois",
    'les temps de réponse', 'la disponibilité du serveur',
  ],
  'pilotage-statistiques': [
    'les requêtes statistiques', 'le tableau de bord du conseiller', 'les indicateurs de la convention',
    "l'export des données vers le tableur", 'les statistiques régionales', 'le suivi des objectifs',
  ],
  dispositifs: [
    "le suivi du contrat d'engagement jeune", 'le PACEA', "l'obligation de formation", 'les phases du CEJ',
    "l'allocation du CEJ", 'les sorties de dispositif',
  ],
  interoperabilite: [
    'la double saisie avec France Travail', "l'échange de données avec les partenaires", 'la synchronisation avec le Département',
    "l'import des prescriptions", "l'interface avec la plateforme de l'État",
  ],
  'agenda-rendez-vous': [
    "l'agenda partagé", 'la prise de rendez-vous', 'les rappels de rendez-vous', 'les ateliers collectifs', 'le planning des permanences',
  ],
  'communication-jeunes': [
    'les SMS aux jeunes', "l'application pour les jeunes", 'les messages groupés', 'la messagerie avec les jeunes', 'les notifications',
  ],
  'documents-pieces-jointes': [
    'les pièces jointes', 'la numérisation des justificatifs', 'le classement des documents', 'la signature électronique',
  ],
  'offres-entreprises': [
    "les offres d'emploi", 'le suivi des entreprises partenaires', 'les immersions en entreprise', 'la mise en relation avec les employeurs',
  ],
  'aides-financieres': ['les aides financières', 'le fonds d’aide aux jeunes', "l'aide au permis", 'le versement des allocations'],
  'formation-assistance': [
    "l'assistance utilisateurs", 'la formation des nouveaux conseillers', 'la documentation en ligne', 'le support régional',
  ],
  'ia-redaction': ["l'aide à la rédaction des comptes rendus", "l'intelligence artificielle", 'la reformulation automatique des synthèses'],
  'qualite-donnees-rgpd': [
    'la qualité des données', 'les doublons de dossiers', 'la durée de conservation des données', 'le consentement des jeunes',
  ],
  'mobilite-nomade': ['le travail en permanence délocalisée', "l'accès depuis une tablette", 'le mode hors connexion', "l'accès depuis le téléphone"],
  'dossier-parcours': ["l'historique du parcours", 'le dossier du jeune', 'la vue synthétique du parcours', 'le transfert de dossier entre structures'],
};

/** Predicates by tag, singular and plural. */
export const PREDICATES: Record<Tag, Array<[string, string]>> = {
  working: [
    ['fonctionne bien au quotidien', 'fonctionnent bien au quotidien'],
    ['est simple à prendre en main', 'sont simples à prendre en main'],
    ['fait gagner du temps', 'font gagner du temps'],
    ['est appréciée par toute l’équipe', 'sont appréciées par toute l’équipe'],
    ['est fiable depuis la dernière version', 'sont fiables depuis la dernière version'],
    ['permet de retrouver rapidement les informations', 'permettent de retrouver rapidement les informations'],
    ['est claire pour les jeunes', 'sont claires pour les jeunes'],
  ],
  broken: [
    ['est beaucoup trop lente', 'sont beaucoup trop lentes'],
    ['plante régulièrement', 'plantent régulièrement'],
    ['demande de ressaisir les mêmes informations', 'demandent de ressaisir les mêmes informations'],
    ['oblige à ouvrir plusieurs écrans', 'obligent à ouvrir plusieurs écrans'],
    ['ne correspond pas à nos pratiques', 'ne correspondent pas à nos pratiques'],
    ['est incomplète', 'sont incomplètes'],
    ['bloque quand la connexion est faible', 'bloquent quand la connexion est faible'],
    ['donne des chiffres faux', 'donnent des chiffres faux'],
  ],
  needs: [
    ['devrait être automatisée', 'devraient être automatisées'],
    ['doit être accessible depuis le téléphone', 'doivent être accessibles depuis le téléphone'],
    ['doit être simplifiée', 'doivent être simplifiées'],
    ['doit se mettre à jour toute seule', 'doivent se mettre à jour toutes seules'],
    ['devrait être partagée avec les partenaires', 'devraient être partagées avec les partenaires'],
    ['doit proposer des modèles prêts à l’emploi', 'doivent proposer des modèles prêts à l’emploi'],
  ],
};

export const OPENERS: Record<Tag, string[]> = {
  working: ['', '', 'Globalement, ', 'Depuis deux ans, ', 'Pour les conseillers, '],
  broken: ['', '', 'Au quotidien, ', 'Souvent, ', 'En permanence, ', 'Chaque semaine, '],
  needs: ['', '', 'Pour nous, ', 'Demain, ', 'À terme, '],
};

export const CONTEXTS = [
  '', '', '', ' pendant les entretiens', ' en fin de mois', ' quand on reçoit un jeune sans rendez-vous', ' dans les petites structures',
  ' pour les conseillers en zone rurale', ' lors des permanences', ' pour le pilotage de la structure', ' depuis la dernière mise à jour',
];

export const THEME_IDS = Object.keys(SUBJECTS);

/** Headings as ambassadors title their sections (see the synonyms in ingest/notes/sections.ts). */
export const HEADINGS: Record<Tag, string[]> = {
  working: ['Ce qui fonctionne', 'Points forts', 'Ce qui marche bien', '1. Ce qui fonctionne bien', 'Les points positifs'],
  broken: ['Ce qui dysfonctionne', 'Irritants', 'Difficultés rencontrées', '2. Ce qui ne fonctionne pas', 'Points faibles'],
  needs: ['Besoins et attentes', 'Attentes', 'Propositions', 'Pistes d’amélioration', 'Nos idées'],
};

export const CONTEXT_SECTION = [
  '## Déroulé',
  '',
  'Tour de table, puis deux temps : un état des lieux du système actuel, puis les besoins et attentes.',
  'Post-its regroupés par le groupe, vote à gommettes à la fin.',
  '',
];

export const AMBASSADORS = [
  'Claire Dubois', 'Mehdi Benali', 'Sophie Martin', 'Julien Morel', 'Nadia Haddad', 'Thomas Lefèvre', 'Aurélie Fontaine',
  'Karim Ouali', 'Élodie Perrin', 'Yann Le Gall', 'Fatou Diallo', 'Pierre-Antoine Roux', 'Laetitia Marchand', 'Hugo Garnier',
];
