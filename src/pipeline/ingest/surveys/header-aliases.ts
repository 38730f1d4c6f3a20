/**
 * What a column is, from its header alone, when no sidecar says so: accents and case forgiven.
 * Location and profile headers are short labels; text headers are often whole questions
 * (« Qu'est-ce qui ne fonctionne pas ? »), so they are matched on what they ask about.
 */
import type { Tag } from '../../model.ts';
import { foldText } from '../../text/fold.ts';
import { DETERMINER, sectionMatch } from '../section-vocabulary.ts';

export type HeaderRole =
  | { kind: 'region' | 'department' | 'postalCode' | 'profile' }
  | { kind: 'question' }
  | { kind: 'text'; tag: Tag | 'auto' };

/** Short label headers (at most this many words) only: « Dans votre région, qu'est-ce qui… » is a question. */
const MAX_LABEL_WORDS = 5;

const LABELS: ReadonlyArray<readonly ['region' | 'department' | 'postalCode' | 'profile' | 'question', RegExp]> = [
  ['postalCode', /^((votre|le|son) )?(code postal|cp|zip|zip code|postal code|codepostal)\b/],
  ['department', /^((votre|le|son|n|numero( de)?|code) )?(departement|dept|dep)\b/],
  ['region', /^((votre|la|sa|code) )?region\b/],
  ['profile', /^((votre|le|son) )?(profil|fonction|metier|poste|statut|role)\b|^vous etes\b|^qui etes vous\b/],
  [
    'question',
    /^(question|category|categorie|theme|thematique|rubrique|category name fr|intitule|debat|debate|sujet du debat|titre du debat)$|^question (key|id|code|text|texte|label|libelle|intitule|posee|title|titre)$|^(code|texte|intitule|libelle|titre|numero) (de la |du )?question$/,
  ],
];

/** Headers naming a column of free text without saying what it asks (« Commentaire libre », « body »). */
const GENERIC_TEXT =
  /\b(commentaires?|comments?|remarques?|verbatims?|texte libre|expression libre|reponses?|contributions?|avis|body|comment body|observations?|precisions?|messages?|temoignages?|contenu|content|texte|text)\b/;

/** Order matters: « ce qui ne fonctionne pas » must be read as broken before « fonctionne » as working. */
const TEXTS: ReadonlyArray<readonly [Tag | 'auto', RegExp]> = [
  [
    'broken',
    /\b(ne fonctionne pas|fonctionne mal|ne marche pas|marche mal|dysfonction\w*|gene(nt|s)?|genant\w*|difficult\w*|irritant\w*|points? negatifs?|points? faibles?|problemes?|freins?|bloquant\w*|blocages?|insatisf\w*|defauts?)\b/,
  ],
  [
    'needs',
    /\b(attentes?|propositions?|besoins?|idees?|suggestions?|amelior\w*|souhait\w*|recommandations?|evolutions?|priorites?|manque\w*|proposez|attendez|voudriez|aimeriez)\b/,
  ],
  ['working', /\b(fonctionne\w*|marche bien|points? positifs?|points? forts?|apprec\w*|atouts?|reussites?|satisfait\w*|plait)\b/],
  ['auto', GENERIC_TEXT],
];

export function roleOfHeader(header: string): HeaderRole | null {
  const folded = foldText(header);
  if (folded === '') return null;
  if (isShortLabel(folded)) {
    for (const [kind, pattern] of LABELS) if (pattern.test(folded)) return { kind };
  }
  const section = sectionOfHeader(folded);
  if (section !== null) return { kind: 'text', tag: section === 'mixed' ? 'auto' : section };
  for (const [tag, pattern] of TEXTS) if (pattern.test(folded)) return { kind: 'text', tag };
  return null;
}

/**
 * The part a header names in the words of note headings (section-vocabulary.ts), so that a column
 * « Ce qui coince » is read as the section « Ce qui coince » is: the header as a heading, then as
 * the question it often is (« Qu’est-ce qui vous gêne ? », « Selon toi, ce qui… »).
 */
function sectionOfHeader(folded: string): Tag | 'mixed' | null {
  const plain = folded.replace(/'/g, ' ').replace(/\s+/g, ' ').trim();
  const asked = plain
    .replace(/^(?:selon (?:vous|toi)|d apres (?:vous|toi)|pour (?:vous|toi)|a votre avis|a ton avis) /, '')
    .replace(/^qu est ce (qui|que|qu) /, 'ce $1 ')
    .replace(DETERMINER, '');
  for (const form of new Set([plain, asked])) {
    const found = sectionMatch(form);
    if (found !== null) return found;
  }
  return null;
}

/** An export's field name in English (Decidim's body, the Grand Débat's comment): it asks nothing. */
const ENGLISH_FIELD = /^(comments?|comment body|body|text|content|message|answer|response|feedback|remarks?|notes?|description)$/;

/**
 * The question a text column's header asks, given to the tagger as each answer's context; null for an
 * export's field name in English, which asks nothing and, read as French, misleads: « comment » is
 * « how », and made every answer of the Grand Débat's `comment` column a need. A French label
 * (« Commentaire libre ») says no orientation to the tagger and names the column in its messages: kept.
 */
export function questionOfHeader(header: string): string | null {
  const folded = foldText(header);
  return folded === '' || ENGLISH_FIELD.test(folded) ? null : header;
}

/** A folded header of a few words, a label rather than a question. */
export function isShortLabel(folded: string): boolean {
  return folded.split(' ').length <= MAX_LABEL_WORDS;
}

/** Headers that number or date rows: never scales, never text. */
export function isIdentifierHeader(header: string): boolean {
  return /\b(id|ids|identifiant|numero|num|n|no|row|ligne|rang|index|date|horodateur|horodatage|timestamp|heure|key|cle)\b/.test(
    foldText(header),
  );
}

/** Headers announcing a closed question: « Satisfaction (1 à 5) », « Note sur 5 », « (oui/non) ». */
export function isScaleHeader(header: string): boolean {
  return /\b(1 a 5|1 5|sur 5|5 etoiles|oui non|oui ou non)\b/.test(foldText(header));
}
