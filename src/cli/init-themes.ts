/**
 * The small, generic theme taxonomy `livre-blanc init` writes when the consultation has none: six themes
 * most consultations about a service meet, each with a few keywords, to be renamed, completed or
 * replaced. Written as commented YAML text, so that the file explains itself where it is edited.
 */
export const GENERIC_THEMES = `# Thèmes de la consultation : une liste de départ, générique, à adapter à votre sujet.
# livre-blanc init l’a écrite ; modifiez-la librement : renommez, ajoutez, retirez des thèmes.
#
# Chaque thème :
#   id           identifiant stable, en minuscules sans accents, mots séparés par des tirets ; il sert
#                dans les adresses du site, les exports et les étiquettes « #id » des notes.
#                Ne le changez plus une fois le livre blanc publié.
#   libelle      l’intitulé que lisent les lecteurs.
#   description  une phrase qui dit ce que le thème couvre.
#   mots_cles    mots et courtes expressions qui signalent le thème, à leur forme de base : « délai »
#                trouve aussi « délais », sans tenir compte des accents ni des majuscules. Un mot ambigu
#                porte ses compagnons entre parenthèses : « emploi (avec offre, trouver) ».
#   etiquettes   (facultatif) d’autres « #étiquettes » qu’une note peut écrire pour ce thème.
#
# Ce qu’aucun thème ne reconnaît va dans « Autres » : le tir à blanc (livre-blanc check) propose alors
# les termes fréquents qui pourraient enrichir cette liste.

themes:
  - id: accueil-acces
    libelle: Accueil et accès
    description: Être reçu, joindre le service, obtenir un rendez-vous, les délais et les horaires.
    mots_cles:
      - accueil
      - accueillir
      - rendez-vous
      - horaire
      - délai
      - attente
      - joindre
      - déplacement
      - transport
      - accessibilité
    etiquettes: [accueil, acces]

  - id: outils-numerique
    libelle: Outils et numérique
    description: Les logiciels, applications, sites et équipements utilisés, leur ergonomie et leurs pannes.
    mots_cles:
      - outil
      - logiciel
      - application
      - site internet
      - informatique
      - ordinateur
      - connexion
      - bug
      - numérique
      - écran
      - saisie
    etiquettes: [outils, numerique]

  - id: information-communication
    libelle: Information et communication
    description: Savoir à qui s’adresser, être informé à temps, comprendre les messages reçus.
    mots_cles:
      - information
      - informer
      - communication
      - courriel
      - mail
      - téléphone
      - message
      - réponse
      - explication
    etiquettes: [information, communication]

  - id: organisation-travail
    libelle: Organisation du travail
    description: Les procédures, la répartition des tâches, la charge de travail et la coordination des équipes.
    mots_cles:
      - organisation
      - procédure
      - charge de travail
      - tâche
      - planning
      - réunion
      - coordination
      - équipe
      - double saisie
    etiquettes: [organisation]

  - id: formation-accompagnement
    libelle: Formation et accompagnement
    description: Apprendre, être aidé et guidé, pour les professionnels comme pour les personnes accompagnées.
    mots_cles:
      - formation
      - former
      - tutoriel
      - accompagnement
      - accompagner
      - guide
      - aide
      - soutien
    etiquettes: [formation, accompagnement]

  - id: partenariats
    libelle: Partenaires et coopération
    description: Le travail avec les partenaires, les échanges d’informations et les relations entre structures.
    mots_cles:
      - partenaire
      - partenariat
      - coopération
      - collaboration
      - réseau
      - convention
    etiquettes: [partenaires]
`;
