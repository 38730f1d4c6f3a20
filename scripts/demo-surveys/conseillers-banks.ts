/**
 * Answer banks of the demo counsellors' survey. Invented but written the way staff of Missions
 * Locales talk about i-milo; the strong ideas appear in several phrasings so that they recur without
 * repeating word for word.
 */

import type { AnswerBank } from './compose.ts';
import { BROKEN_TAIL, COMMENTS_TAIL, NEEDS_TAIL, WORKING_TAIL } from './conseillers-tails.ts';

export const WORKING: AnswerBank = {
  tail: WORKING_TAIL,
  frequent: [
    'La recherche de dossier.',
    'La recherche rapide des jeunes.',
    "L'historique du jeune.",
    "L'historique des événements, complet.",
    'Le transfert de dossier entre Missions Locales.',
    'Le dossier qui suit le jeune quand il déménage.',
    'Un outil commun à tout le réseau.',
    'Le même outil pour toutes les Missions Locales.',
    "L'envoi de SMS depuis la fiche.",
    'Les exports Excel.',
    'La stabilité générale.',
    'La fiche du jeune, complète.',
  ],
};

export const BROKEN: AnswerBank = {
  tail: BROKEN_TAIL,
  frequent: [
    'La double saisie avec France Travail.',
    'Double saisie i-milo / France Travail.',
    'Ressaisir ce que France Travail a déjà saisi.',
    'La double saisie, encore et toujours.',
    'Les lenteurs.',
    'Les lenteurs le lundi matin.',
    "L'outil est trop lent aux heures de pointe.",
    'Lenteurs et déconnexions.',
    'Trop de clics pour saisir un entretien.',
    'La saisie du CEJ, beaucoup trop lourde.',
    'Les heures CEJ à justifier chaque mois.',
    'Pas de rappel SMS automatique des rendez-vous.',
    'Les absences aux rendez-vous, faute de rappel.',
    'Les requêtes, trop compliquées.',
    'Aucun tableau de bord simple pour suivre son portefeuille.',
    "Pas d'accès à l'outil en permanence.",
    'Les pièces jointes trop lourdes qui ne passent pas.',
  ],
};

export const NEEDS: AnswerBank = {
  tail: NEEDS_TAIL,
  frequent: [
    'La fin de la double saisie avec France Travail.',
    'Ne plus saisir deux fois.',
    'Une saisie unique partagée avec France Travail.',
    'Une interconnexion avec France Travail.',
    'Un tableau de bord par conseiller.',
    "Un tableau de bord prêt à l'emploi.",
    'Un vrai tableau de bord pour suivre mon portefeuille.',
    'Un outil rapide.',
    'De la rapidité, surtout le lundi matin.',
    'Des rappels SMS automatiques.',
    'Des SMS de rappel avant les rendez-vous.',
    'Un accès nomade.',
    'Pouvoir travailler en permanence, même hors connexion.',
    'Une saisie CEJ simplifiée.',
    'Des requêtes simples.',
    'Le dépôt des justificatifs par le jeune.',
  ],
};

export const COMMENTS: AnswerBank = {
  tail: COMMENTS_TAIL,
  frequent: [
    'Priorité : la fin de la double saisie.',
    'Vivement un outil plus rapide.',
    'Merci pour cette consultation.',
    'Associez les conseillers aux tests.',
    'Prévoir une vraie formation au changement.',
  ],
};

/** Comments that carry personal data, so that the demo exercises anonymisation (invented numbers in the range reserved for fiction). */
export const COMMENTS_WITH_CONTACT: readonly string[] = [
  'Je suis disponible pour en parler : 06 39 98 12 34.',
  "Référente SI de la structure, joignable à referent.si@ml-exemple.fr pour les tests.",
  'Pour les tests, vous pouvez appeler notre directeur au 01 99 00 45 67.',
];

/** Non-answers, as people type them in a free comment box. */
export const NON_ANSWERS: readonly string[] = ['RAS', 'R.A.S.', 'ras', 'Rien à ajouter', 'rien à ajouter', 'Néant', 'Non', 'Pas de commentaire', '/', '-'];

export interface RegionExtras {
  broken: readonly string[];
  needs: readonly string[];
}

/** Concerns of some territories, added to part of their answers. */
export const OVERSEAS: RegionExtras = {
  broken: [
    "La connexion est instable et l'outil se déconnecte à chaque coupure.",
    'Les maintenances tombent en pleine journée chez nous à cause du décalage horaire.',
    "Avec le décalage horaire, l'assistance n'est joignable qu'une partie de notre journée.",
    'Pendant les alertes cycloniques, les antennes ferment et rien ne peut être saisi.',
  ],
  needs: [
    'Un outil qui fonctionne avec une connexion faible.',
    'Des maintenances planifiées en tenant compte des fuseaux horaires des outre-mer.',
    'Une assistance joignable sur nos horaires.',
    'Le suivi des aides à la mobilité vers la métropole dans le dossier.',
  ],
};

export const RURAL: RegionExtras = {
  broken: [
    'En permanence dans les communes rurales, pas de connexion : on ressaisit tout au retour.',
    'Les jeunes habitent loin et ne peuvent pas venir déposer leurs justificatifs.',
    "Zone blanche sur une partie de notre territoire, impossible d'utiliser l'outil en déplacement.",
    'Les aides à la mobilité (permis, transport, scooter) sont suivies dans un tableau à part.',
  ],
  needs: [
    'Un mode hors ligne pour les permanences rurales.',
    'Le suivi des aides à la mobilité (permis, transport) dans le dossier.',
    'Des rendez-vous en visio pour les jeunes sans moyen de transport.',
  ],
};

export const CROSS_BORDER: RegionExtras = {
  broken: ["Impossible d'enregistrer un emploi frontalier en Allemagne, au Luxembourg ou en Suisse."],
  needs: ['Pouvoir décrire une offre ou un apprentissage à l\'étranger, avec le pays et l\'employeur.'],
};

export const METROPOLITAN: RegionExtras = {
  broken: [
    'Le turn-over des conseillers impose de former sans arrêt de nouveaux collègues.',
    "Avec plusieurs milliers de jeunes suivis, les listes deviennent illisibles.",
  ],
  needs: ['Des parcours de formation en ligne pour les nouveaux arrivants.'],
};

/** Profile-specific concerns. */
export const BY_PROFILE: Readonly<Record<'accueil' | 'direction' | 'partenaire', RegionExtras>> = {
  accueil: {
    broken: [
      "À l'accueil, on ne voit pas si le jeune a rendez-vous aujourd'hui et avec qui.",
      'Créer un dossier au premier accueil demande trop de champs obligatoires.',
    ],
    needs: ["Un écran d'accueil qui signale l'arrivée du jeune à son conseiller.", 'Une pré-inscription en ligne remplie par le jeune avant sa venue.'],
  },
  direction: {
    broken: [
      "Impossible de sortir les indicateurs de la convention pluriannuelle d'objectifs sans retraitement.",
      'Je ne peux pas suivre la charge de chaque conseiller sans demander des extractions.',
    ],
    needs: ['Des tableaux de bord de structure fiables pour le dialogue de gestion.', "Un suivi de l'activité par antenne et par équipe, mis à jour chaque jour."],
  },
  partenaire: {
    broken: [
      "En tant que partenaire, nous n'avons aucun accès aux informations, même avec l'accord du jeune.",
      'Nous apprenons par hasard la sortie du jeune de son accompagnement.',
    ],
    needs: ['Un accès partenaire sécurisé pour suivre les jeunes que nous orientons.', "Être prévenus automatiquement de l'entrée et de la sortie du jeune."],
  },
};
