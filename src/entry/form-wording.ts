/**
 * The pipeline's diagnostics in the words of the /saisie form. Written for `check`, they speak of the
 * note file (its keys, its lists, its lines), which a person using the form never sees: here each code
 * a note can raise is told in terms of the form's fields and buttons. The values a diagnostic quotes
 * (« Atlantide », « #inconnu ») are taken from its message; the rest is written for the form.
 * Browser-safe, no DOM.
 */
import { TAG_LABELS, type Diagnostic } from '../pipeline/model.ts';
import { MAX_ITEM_CHARACTERS } from '../pipeline/validate.ts';
import { MAX_VOTES } from '../pipeline/ingest/notes/votes.ts';
import { MAX_NOTE_CHARACTERS } from '../pipeline/ingest/notes/readable.ts';
import { FORMAT_LABELS } from './draft.ts';
import { COUNT_ADVICE } from './choices.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';

export interface Wording {
  message: string;
  hint: string;
}

/** What the form knows of the place a diagnostic points at. */
export interface WordingContext {
  /** The field's name (« Participants », « Élément 2 de « Ce qui fonctionne » »). */
  label: string;
  /** The item's text as the pipeline reads it, for a problem on an item. */
  itemText?: string;
  /** Name of the item a duplicate repeats (« Élément 1 de « Ce qui fonctionne » »). */
  duplicateOf?: string;
}

type Rewrite = (diagnostic: Diagnostic, context: WordingContext) => Wording;

/** The values a message or hint quotes, in order: « Atlantide », « #agenda »… */
function quoted(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/«\s*([^«»]*?)\s*»/g)].map((match) => match[1] ?? '');
}

const number = (value: number) => value.toLocaleString('fr-FR');
const formats = Object.values(FORMAT_LABELS).map((label) => `« ${label} »`);
const FORMAT_CHOICE = `Choisissez ${formats.slice(0, -1).join(', ')} ou ${formats.at(-1) ?? ''}.`;
const PARTS = '« Ce qui fonctionne », « Ce qui dysfonctionne » ou « Besoins et attentes »';

/** For what the form writes itself (the note's frame, its keys, its part titles): only a defect could cause it. */
const notWritten: Rewrite = () => ({
  message: 'Le formulaire n’a pas pu écrire une note lisible à partir de cette saisie.',
  hint:
    'Vérifiez qu’aucun champ ne contient de texte inhabituel copié d’un autre logiciel ; si le message reste, ' +
    'téléchargez la note et transmettez-la avec ce message à la personne qui publie le livre blanc.',
});

const emptyItem: Rewrite = () => ({
  message: 'Cet élément n’a pas de texte, seulement un thème ou des votes : il ne sera pas retenu.',
  hint: 'Écrivez le retour de l’atelier dans le champ, ou retirez l’élément avec son bouton « Supprimer ».',
});

const WORDING: Readonly<Record<string, Rewrite>> = {
  // The workshop's fields.
  'region-manquante': () => ({
    message: 'La région de l’atelier n’est pas indiquée : sans elle, la note ne peut pas être publiée.',
    hint: 'Tapez la région, son sigle (PACA, IDF…) ou un de ses départements, ou choisissez-la parmi les suggestions ; ses départements s’affichent ensuite.',
  }),
  'region-inconnue': (d) => {
    const [value] = quoted(d.message);
    return {
      message: value ? `La région « ${value} » n’est pas une région française connue.` : 'La région indiquée n’est pas une région française connue.',
      hint: 'Tapez le nom de la région, son sigle (PACA, IDF…) ou un de ses départements : la région retenue s’affiche sous le champ.',
    };
  },
  'region-dossier': () => ({
    message: 'La région choisie ne correspond pas au dossier où la note serait rangée.',
    hint: 'Tapez de nouveau la région : la région retenue s’affiche sous le champ.',
  }),
  'lieu-manquant': () => ({
    message: 'Le lieu n’est pas indiqué. Il est recommandé : il sert au nom du fichier et au titre.',
    hint: 'Indiquez la ville de l’atelier, ou « visio ».',
  }),
  'date-manquante': () => ({
    message:
      'La date de l’atelier n’est pas indiquée. Elle est recommandée : la note peut être publiée sans elle, ' +
      'mais sans date, et son fichier s’appelle alors « date-a-preciser-… ».',
    hint: 'Indiquez la date de l’atelier, par exemple 2026-09-12 ou 12/09/2026.',
  }),
  // « Date impossible : le 30/02/2026 n'existe pas (ce mois a 28 jours). » speaks of the date only; a text
  // that is no date at all is quoted (« mardi »), and the form reads two forms of dates, not one.
  'date-invalide': (d) => {
    const [value] = quoted(d.message);
    return {
      message: value ? `La date « ${value} » n’est pas lisible.` : d.message,
      hint: 'Indiquez une date qui existe, sous la forme 2026-09-12 ou 12/09/2026.',
    };
  },
  // The form's own rule (future-date.ts): « La date de l’atelier, 2062-09-12, est à venir. »
  'date-a-venir': (d) => ({
    message: `${d.message.replace(/\.$/, '')} : vérifiez l’année.`,
    hint: 'Corrigez la date si l’atelier a déjà eu lieu (par exemple 12/09/2026 plutôt que 12/09/2062) ; pour un atelier à venir, laissez-la.',
  }),
  'titre-manquant': () => ({
    message: 'La note n’a pas de titre.',
    hint: 'Écrivez un titre dans le champ « Titre », ou laissez-le vide : le formulaire compose alors « Atelier région — lieu ».',
  }),
  'format-manquant': () => ({ message: 'Le format de l’atelier n’est pas indiqué : « En présentiel » est retenu.', hint: FORMAT_CHOICE }),
  'format-inconnu': () => ({ message: 'Le format de l’atelier n’est pas reconnu.', hint: FORMAT_CHOICE }),
  'departement-inconnu': (d) => {
    const [value] = quoted(d.message);
    return {
      message: value ? `Le département « ${value} » n’existe pas : il est ignoré.` : 'Un département coché n’existe pas : il est ignoré.',
      hint: 'Cochez les départements dans la liste de la région choisie.',
    };
  },
  // « Le département 29 (Finistère) n'est pas dans la région … mais dans la région … : il est ignoré. »
  'departement-hors-region': (d) => ({
    message: d.message,
    hint: 'Décochez ce département, ou choisissez dans la liste la région où il se trouve.',
  }),
  // « Le total des participants (20) ne correspond pas à la somme des profils (9). »
  'participants-incoherents': (d) => ({
    message: d.message,
    hint: 'Corrigez le total, ou le nombre d’un profil, dans « Nombre de participants ».',
  }),
  // « L’atelier ne compte que 2 participants… »
  'petit-groupe': (d) => ({
    message: d.message,
    hint: 'Regroupez cette note avec celle d’un autre atelier, ou ne la publiez pas : le livre blanc ne cite que des groupes d’au moins 3 personnes.',
  }),
  // The form's rule (form-counts.ts): « Le nombre « -3 » n'est pas un nombre entier positif ou nul. », or
  // what the browser could not read as a number (« 1e »), which it does not give the script: said as such.
  'nombre-invalide': (d) => {
    const [value] = quoted(d.message);
    return {
      message: value === undefined ? d.message : `« ${value} » n’est pas un nombre entier positif ou nul : ce nombre n’est pas repris dans la note.`,
      hint: `${COUNT_ADVICE} Sinon, laissez le champ vide.`,
    };
  },
  'champ-invalide': (_d, { label }) => ({
    message: `La valeur du champ « ${label} » ne peut pas être enregistrée dans la note.`,
    hint: 'Corrigez-la ou effacez-la ; si le message reste, transmettez la note téléchargée à la personne qui publie le livre blanc.',
  }),

  // The three parts and their items.
  'note-vide': () => ({
    message: 'Aucun élément n’est encore saisi : la note n’apporterait rien au livre blanc.',
    hint: `Ajoutez au moins un élément dans une des trois parties : ${PARTS}.`,
  }),
  'section-vide': (_d, { label }) => ({
    message: `La partie ${label} n’a aucun élément.`,
    hint: 'Ajoutez-y les retours de l’atelier, un par élément.',
  }),
  'element-vide': emptyItem,
  'texte-vide': emptyItem,
  'texte-trop-long': (_d, { itemText }) => {
    const size = itemText ? number(itemText.length) : `plus de ${number(MAX_ITEM_CHARACTERS)}`;
    return {
      message: `Cet élément fait ${size} caractères : au-delà de ${number(MAX_ITEM_CHARACTERS)}, il rassemble sans doute plusieurs retours.`,
      hint: 'Découpez-le en plusieurs éléments : Entrée, à la fin d’un élément, en ajoute un autre.',
    };
  },
  doublon: (_d, { duplicateOf }) => ({
    message: `Cet élément répète mot pour mot ${duplicateOf ? `l’${duplicateOf.charAt(0).toLowerCase()}${duplicateOf.slice(1)}` : 'un autre élément'} : les deux sont gardés.`,
    hint: 'S’il s’agit d’un copier-coller, supprimez l’un des deux ; si plusieurs participants ont dit la même chose, notez-le dans le champ « Votes ».',
  }),
  // « Le nombre de votes « 2,5 » n'est pas un entier positif », « Cet élément porte 2 décomptes de votes »…
  'vote-invalide': (d) => ({
    message: d.message,
    hint: `Indiquez les votes dans le champ « Votes » : un seul nombre entier, de 0 à ${number(MAX_VOTES)}, et aucun nombre de votes entre parenthèses dans le texte.`,
  }),
  'theme-inconnu': (d) => {
    const [tag] = quoted(d.message);
    const [guess] = quoted(d.hint).filter((value) => value.startsWith('#'));
    const choose = 'choisissez un des thèmes suggérés sous l’élément, ou retirez cette étiquette du texte.';
    return {
      message: `Le thème ${tag ? `« ${tag} »` : 'indiqué'} ne fait pas partie des thèmes de la consultation : il est ignoré.`,
      hint: guess ? `Vouliez-vous écrire « ${guess} » ? Sinon, ${choose}` : choose.charAt(0).toUpperCase() + choose.slice(1),
    };
  },
  // « Donnée personnelle masquée avant publication : numéro de téléphone. »
  'donnee-personnelle': (d) => ({
    message: d.message,
    hint: 'Retirez-la du texte : elle serait masquée à la publication, mais le livre blanc ne doit citer personne.',
  }),
  // « 2 non-réponses écartées dans « Ce qui fonctionne » (RAS…) », reported at the first of them.
  'non-reponses-ecartees': (d) => {
    const others = Number(/^\d+/.exec(d.message)?.[0] ?? 1) - 1;
    return {
      message:
        others > 0
          ? `Cet élément et ${others} autre${others > 1 ? 's' : ''} de la même partie ressemblent à des non-réponses (« RAS », « sans objet »…) : ils ne seront pas retenus.`
          : 'Cet élément ressemble à une non-réponse (« RAS », « sans objet »…) : il ne sera pas retenu.',
      hint: 'Précisez le retour (« aucun outil ne manque » plutôt que « aucun »), ou retirez l’élément.',
    };
  },

  // « Élément sous « Ce qui fonctionne » dont le texte ressemble plutôt à « Ce qui dysfonctionne » : « … ». »
  'section-douteuse': (d) => {
    const labels: readonly string[] = Object.values(TAG_LABELS);
    const [section = '', ...reads] = quoted(d.message).filter((value) => labels.includes(value));
    const parts = reads.map((label) => `« ${label} »`).join(' et ');
    return {
      message: `Ce texte ressemble plutôt à ${parts || 'une autre partie'} : est-il dans la bonne partie ?`,
      hint: `S’il y est bien, ne changez rien : il sera publié dans « ${section} ». Sinon, supprimez-le ici et saisissez-le dans ${reads.length ? `« ${reads[0]} »` : 'la partie qui convient'}.`,
    };
  },
  // « Fiscalité : a) Trop de niches. b) La CSG. » typed in one item.
  'enumeration-en-ligne': (d) => {
    const markers = quoted(d.message).filter((value) => /^[a-zA-Z0-9]{1,2}\)$/.test(value));
    const named = markers.length ? ` (${markers.map((m) => `« ${m} »`).join(', ')}…)` : '';
    const split = !d.message.includes('pas découpé');
    const count = /comme (\d+) éléments/.exec(d.message)?.[1];
    return split
      ? {
          message: `Cet élément énumère plusieurs retours${named} : il sera publié comme ${count ?? 'plusieurs'} éléments, un par retour.`,
          hint: 'Vérifiez le découpage ; pour un seul retour, remplacez les lettres par des virgules ; sinon, saisissez chaque retour comme un élément (Entrée en ajoute un).',
        }
      : {
          message: `Cet élément énumère plusieurs retours${named} mais porte des votes : il n’est pas découpé, les votes valant pour l’ensemble.`,
          hint: 'Si chaque retour a reçu ses propres votes, saisissez chacun comme un élément, avec ses votes.',
        };
  },
  // Symbol and Wingdings characters pasted from Word or a PDF, inside an item's text.
  'caracteres-de-puce': () => ({
    message: 'Cet élément contient des symboles copiés depuis Word ou un PDF (des carrés vides à l’écran) : ils sont retirés du texte, ou séparent deux retours publiés à part.',
    hint: 'Retirez ces symboles, et saisissez chaque retour comme un élément (Entrée en ajoute un).',
  }),

  // « Points forts » alone on a line of the context reads as a part's title.
  'section-en-paragraphe': (d, { label }) => {
    const [title] = quoted(d.message);
    return {
      message: `La ligne ${title ? `« ${title} » ` : ''}du champ « ${label} » ressemble au titre d’une des trois parties : elle serait lue comme tel.`,
      hint: `Reformulez-la en phrase ; les retours de l’atelier se saisissent comme éléments dans ${PARTS}.`,
    };
  },

  // What was typed or pasted, whatever the field.
  'encodage-invalide': () => ({
    message: 'Ce champ contient le caractère « \uFFFD », signe d’un texte mal copié : des lettres y sont perdues.',
    hint: 'Remplacez chaque « \uFFFD » par la lettre qui manque.',
  }),
  'fichier-binaire': () => ({
    message: 'Un champ contient des caractères de contrôle invisibles, sans doute collés depuis un autre logiciel : la note ne pourrait pas être lue.',
    hint: 'Retapez le texte collé, ou collez-le d’abord dans un éditeur de texte simple.',
  }),
  'fichier-trop-gros': () => ({
    message: `La note dépasse ${number(MAX_NOTE_CHARACTERS)} caractères : ce n’est plus une note d’atelier.`,
    hint: 'Raccourcissez le contexte et les éléments : une note par atelier.',
  }),

  // The note's frame, keys and part titles, which the form writes itself.
  'yaml-invalide': notWritten,
  'en-tete-absent': notWritten,
  'en-tete-non-ferme': notWritten,
  'en-tete-mal-place': notWritten,
  'en-tete-vide': notWritten,
  'en-tete-invalide': notWritten,
  'cle-inconnue': notWritten,
  'cle-en-double': notWritten,
  'section-inconnue': notWritten,
  'element-hors-section': notWritten,
  'texte-hors-liste': notWritten,
  'tableau-lu': notWritten,
  'colonne-non-publiee': notWritten,
  'texte-lu-comme-element': notWritten,
  'section-corrigee': notWritten,
  'etiquette-deduite': notWritten,
  // The form writes the date it read as AAAA-MM-JJ, never « 12 octobre 2026 ».
  'date-lue': notWritten,
  // The form files the note in the folder of the region chosen: header and folder cannot disagree.
  'region-contredite': notWritten,
  // Nor the file name and the date: the form names the file after the date.
  'date-nom-fichier': notWritten,
  // The form writes UTF-8: only a note saved elsewhere is read as Windows-1252.
  'encodage-lu': notWritten,
  // Shapes of pasted text the form cannot produce: each item is one line, the parts' titles its own.
  'sous-titre-lu': notWritten,
  'lignes-numerotees': notWritten,
  'post-it-ou-paragraphe': notWritten,
  'note-entierement-ecartee': notWritten,
  'fichier-vide': notWritten,
  'note-illisible': notWritten,
};

/** Every code the form has its own words for. */
export const WORDED_CODES: readonly string[] = Object.keys(WORDING);

/** A code the form does not know yet (a new pipeline rule): said without the file's words. */
const unknownCode: Rewrite = (d) => ({
  message: `La vérification signale un problème que le formulaire ne sait pas encore expliquer (${d.code}).`,
  hint: 'Téléchargez la note et transmettez-la avec ce message à la personne qui publie le livre blanc.',
});

/** The diagnostic's message and hint in the form's words, with the site's French typography (they are read on its page). */
export function formWording(diagnostic: Diagnostic, context: WordingContext): Wording {
  const { message, hint } = (WORDING[diagnostic.code] ?? unknownCode)(diagnostic, context);
  return { message: frenchTypography(message), hint: frenchTypography(hint) };
}
