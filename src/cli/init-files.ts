/**
 * The files `livre-blanc init` writes into a new consultation, from the answers given: pure text,
 * the smallest consultation that `check` accepts and `build` publishes, each file saying in French
 * what it is for and what to change.
 */
import { EXAMPLE_NOTE_NAME } from '../pipeline/ingest/example-note.ts';
import { stringify } from 'yaml';
import { NOTES_DIR, SURVEYS_DIR } from '../pipeline/io/folders.ts';
import { SETTINGS_FILE } from '../pipeline/settings.ts';
import { THEMES_FILE } from '../pipeline/referentiels/themes.ts';

export interface InitAnswers {
  title: string;
  /** The home page's opening sentences, or '' (the key is then left commented). */
  description: string;
  /** The accessibility contact, or '' (left commented: `check` warns until it is given). */
  contact: string;
  /** The theme taxonomy's YAML text (generic, or the demo's). */
  themes: string;
  /** Whether to write the example note (a consultation without any note or survey cannot be published). */
  example: boolean;
  /** ISO date written in the example note. */
  today: string;
}

export interface PlannedFile {
  /** Relative to the consultation root, `/` separators. */
  path: string;
  content: string;
}

export const DEFAULT_TITLE = 'Livre blanc de la consultation';
export const CHAPTER_FILE = 'content/livre-blanc/introduction.mdx';
/** The example note: its own region folder and a name that says what to do with it. */
export const EXAMPLE_NOTE = `${NOTES_DIR}/ile-de-france/${EXAMPLE_NOTE_NAME}`;
export const NOTES_README = `${NOTES_DIR}/LISEZ-MOI.md`;
export const SURVEYS_README = `${SURVEYS_DIR}/LISEZ-MOI.md`;

/** Every file of a new consultation, in the order they are listed to the user. */
export function plannedFiles(answers: InitAnswers): PlannedFile[] {
  const files: PlannedFile[] = [
    { path: SETTINGS_FILE, content: settingsText(answers) },
    { path: THEMES_FILE, content: answers.themes },
    { path: NOTES_README, content: NOTES_README_TEXT },
    { path: SURVEYS_README, content: SURVEYS_README_TEXT },
    { path: CHAPTER_FILE, content: CHAPTER_TEXT },
  ];
  if (answers.example) files.splice(3, 0, { path: EXAMPLE_NOTE, content: exampleNote(answers.today) });
  return files;
}

/** One YAML line (or folded block) per value, quoted as the `yaml` package sees fit. */
function yamlEntries(values: Record<string, string>): string {
  return stringify(values, { lineWidth: 100 });
}

export function settingsText(answers: InitAnswers): string {
  const given: Record<string, string> = { titre: answers.title.trim() || DEFAULT_TITLE };
  if (answers.description.trim()) given.description = answers.description.trim();
  if (answers.contact.trim()) given.contact_accessibilite = answers.contact.trim();
  const lines = [
    '# Paramètres de la consultation, écrits par livre-blanc init : modifiez-les librement.',
    '# titre : le titre du livre blanc, en tête du site et des exports.',
    '# description : une ou deux phrases sur ce que la consultation a demandé ; elles ouvrent la page',
    '#   d’accueil, sous le titre (sans elle, l’accueil en écrit une générale).',
    yamlEntries(given).trimEnd(),
  ];
  if (!given.description) lines.push('# description: Ce que les ateliers et les enquêtes disent de … et ce qu’ils en attendent.');
  lines.push(
    '',
    '# Facultatif : retirez le « # » en tête d’une ligne pour l’utiliser.',
    '#',
    '# contact_accessibilite : courriel ou adresse web d’un service (jamais celle d’une personne) où signaler',
    '#   un défaut d’accessibilité ; publié dans la déclaration d’accessibilité. Tant qu’il manque, check',
    '#   le rappelle par un avertissement.',
  );
  if (!given.contact_accessibilite) lines.push('# contact_accessibilite: accessibilite@votre-service.fr');
  lines.push(
    '#',
    '# audit_accessibilite : le dernier audit RGAA du site publié. Sans audit de moins de trois ans, la',
    '#   déclaration d’accessibilité dit « non conforme », comme le RGAA l’exige.',
    '# audit_accessibilite:',
    '#   date: 2026-10-01          # fin de l’audit',
    '#   taux: 78                  # pourcentage des critères applicables respectés',
    '#   auditeur: Société Exemple # qui l’a conduit',
    '#',
    '# noms_publics : les personnalités publiques que les réponses peuvent nommer, laissées telles',
    '#   qu’écrites ; les autres noms de personnes reconnus sont masqués avant publication.',
    '# noms_publics: [Prénom Nom]',
  );
  return `${lines.join('\n')}\n`;
}

function exampleNote(today: string): string {
  return `---
# Note d’exemple écrite par livre-blanc init : elle montre la forme d’une note d’atelier et permet un
# premier check et un premier build. Supprimez-la (avec son dossier) dès que vos notes ou vos enquêtes
# sont là : sinon, elle est publiée comme un vrai atelier.
titre: Atelier d’exemple — à supprimer
date: ${today}
lieu: Exemple
format: presentiel
region: Île-de-France
participants:
  total: 12
  profils: { conseiller: 9, direction: 3 }
---

## Ce qui fonctionne

- L’accueil est rapide et les horaires sont bien affichés.
- Les partenaires répondent vite quand on les sollicite. (3 votes)

## Ce qui dysfonctionne

- Le logiciel est lent et la connexion coupe plusieurs fois par jour. (5 votes)
- Les informations arrivent trop tard pour prévenir les personnes accompagnées.

## Besoins et attentes

- Une formation courte à l’outil pour les nouveaux arrivants. (4 votes)
- Un seul endroit où trouver les procédures à jour.
`;
}

const NOTES_README_TEXT = `# Notes d’atelier

Déposez ici une note par atelier, dans le dossier de sa région :
\`${NOTES_DIR}/<région>/<date>-<lieu>.md\`, par exemple \`bretagne/2026-10-01-rennes.md\`.

Pour l’écrire sans connaître le format, \`livre-blanc new\` pose quelques questions et écrit la note ;
le formulaire /saisie/ du site en fait autant. Le format : docs/formats.md, dans le dépôt de livre-blanc.
Puis \`livre-blanc check\` dit, ligne par ligne, ce qu’il faut corriger.

Ce fichier n’est pas lu comme une note : gardez-le ou supprimez-le.
`;

const SURVEYS_README_TEXT = `# Enquêtes

Déposez ici chaque enquête : un fichier .csv (l’export d’un questionnaire en ligne ou d’un tableur) ou un
classeur .xlsx, une ligne par réponse. Les colonnes de réponses libres sont reconnues à leur en-tête
(« Ce qui fonctionne », « Difficultés », « Vos attentes »…), la région, le département ou le code postal
aussi. Une fiche facultative du même nom, \`<nom>.yml\`, règle ce que les en-têtes ne disent pas : voir
docs/formats.md, dans le dépôt de livre-blanc.

Puis \`livre-blanc check\` dit ce qui a été lu, ce qui a été écarté et pourquoi.

Ce fichier n’est pas lu comme une enquête : gardez-le ou supprimez-le.
`;

const CHAPTER_TEXT = `---
titre: Introduction
ordre: 1
resume: Ce que la consultation a demandé, qui y a contribué et comment lire ce livre blanc.
---

{/* Chapitre de départ écrit par livre-blanc init : réécrivez-le, et ajoutez d’autres chapitres .mdx à
côté (l’ordre de lecture suit « ordre »). Les composants entre < > lisent la synthèse à chaque
construction : aucun nombre n’est tapé à la main. Leur référence : docs/formats.md. */}

Ce livre blanc rassemble ce que les participants de la consultation ont dit : ce qui fonctionne, ce qui
dysfonctionne, et ce qu’ils attendent.

- Contributions publiées : <Figure stat="items" />
- Ateliers : <Figure stat="workshops" /> ; enquêtes : <Figure stat="surveys" />
- Régions représentées : <Figure stat="regions" />

<Chart kind="tags" title="Contributions par étiquette" />

## Les thèmes

Chaque contribution est rattachée aux thèmes qu’elle aborde ; celles qu’aucun thème ne reconnaît sont
rangées sous « Autres ».

<Chart kind="themes" title="Contributions par thème" />
`;
