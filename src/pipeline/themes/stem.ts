/**
 * French words → folded stems, the one tokenisation shared by themes, strong ideas and emerging
 * terms. The stemmer is lunr-languages' French Snowball stemmer, applied like lunr's search
 * pipeline does (accents folded first, then stemmed), so a theme keyword and a search query reduce
 * a word to the same stem: « saisies », « saisir » and « Saisie » all become `sais`.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import fr from 'lunr-languages/lunr.fr.js';
import { foldWord } from '../text/fold-word.ts';
import { WORD_SEPARATOR } from '../text/words.ts';

export { foldWord };

// Registered once per process: the search index (src/search/french.ts) registers them too, and a
// second registration makes lunr warn for each pipeline function.
const registered = lunr as unknown as { fr?: unknown; stemmerSupport?: unknown };
if (registered.stemmerSupport === undefined) stemmerSupport(lunr);
if (registered.fr === undefined) fr(lunr);
/** lunr.fr.stemmer takes a lunr.Token or, in lunr 1 style, a plain string and returns the stem. */
const snowball = (lunr as unknown as { fr: { stemmer: (word: string) => string } }).fr.stemmer;

/**
 * Words are few (Zipf), and the theme and analysis stages stem the same vocabulary: a bounded
 * cache makes the second stage's stemming a lookup.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 500_000;

/**
 * Words the stemmer cuts to another word's stem: « sais » and « sait » (savoir) become `sais`, the stem
 * of « saisie » and « saisir », and « Je ne sais pas où j'en suis » went to the theme « Saisie ».
 * Single words here; whole families of suffixes are in OWN_SUFFIXES.
 */
const OWN_STEMS: ReadonlyMap<string, string> = new Map([
  ['sais', 'savoir'],
  ['sait', 'savoir'],
  // « maintenant » (now) is cut to `mainten`, the stem of « maintenance », and so are « maintenir »
  // and some of its forms (« Maintenir un minimum de services publics » went to « Lenteurs »).
  ['maintenant', 'maintenant'],
  ...['maintenir', 'maintenez', 'maintenait', 'maintenais', 'maintenaient'].map((word): [string, string] => [word, 'maintenir']),
  // « pilote(s) » (« des structures pilotes », a trial) is cut to `pilot`, the stem of « piloter » and
  // « pilotage » (steering the activity). « piloté(s) », folded, are « pilote(s) » too: the verb keeps
  // « piloter », « pilotée(s) » and its other forms.
  ['pilote', 'pilote'],
  ['pilotes', 'pilote'],
  // « historiquement » is cut to `histor`, the stem of « historique » (the record of a young person).
  ['historiquement', 'historiquement'],
  // « montant » (an amount) is cut to `mont`, the stem of « monter » and « mont ».
  ['montant', 'montant'],
  ['montants', 'montant'],
  // « application » (an app) is cut to `appliqu`, the stem of « appliquer » (apply a law).
  ['application', 'application'],
  ['applications', 'application'],
  // « communication » is cut to `commun`, and « outils de communication » read as « outil commun ».
  ['communication', 'communication'],
  ['communications', 'communication'],
  // « virement » (a transfer) is cut to `vir`, the stem of « virer » (to fire).
  ['virement', 'virement'],
  ['virements', 'virement'],
  // « attention » is cut to `attent`, the stem of « attente » (« Attention au coût des SMS » went to the agenda).
  ['attention', 'attention'],
  ['attentions', 'attention'],
  // The verb « attendre » is cut to five stems (`attend`, `attendr`, `attendu`, `attendent`, `attendon`),
  // none the stem of « attente »: « On attend longtemps à l'accueil » missed the waiting the noun
  // names. Its indicative forms and the participle take the noun's stem; « attentes » (plural: what
  // people expect, « les attentes des jeunes ») keeps its own (senses.ts gives it the noun's beside a
  // word that says it lasts, « longues attentes »), and so do « en attendant » (meanwhile),
  // « attendus » (the expected outcomes) and the conditional (« ce qu'on attendrait d'un outil »).
  ...['attend', 'attends', 'attendre', 'attendu', 'attendent', 'attendons', 'attendez', 'attendait', 'attendais', 'attendaient', 'attende'].map(
    (word): [string, string] => [word, 'attent'],
  ),
  ['attentes', 'attentes'],
  // « rapidité » is cut to `rapidit`, « rapide(s) » and « rapidement » to `rapid`.
  ['rapidite', 'rapid'],
  ['rapidites', 'rapid'],
  // « conseiller » (the adviser) is cut to `conseil` (advice, a council), but « conseillère(s) » and
  // « conseillers » to `conseiller`: all four take the latter.
  ['conseiller', 'conseiller'],
  // Feminine -ée(s) takes the masculine's stem (see masculine), except nouns that would then meet
  // another word: « données » would be « donner », « durée » « dur », « portée » « porter »,
  // « entrée » (already) the preposition « entre ».
  ['donnee', 'donnee'],
  ['donnees', 'donnee'],
  ['duree', 'duree'],
  ['durees', 'duree'],
  ['portee', 'portee'],
  ['portees', 'portee'],
  ['entree', 'entree'],
  ['entrees', 'entree'],
  // « nouvel » and « nouvelle(s) » are cut to `nouvel`, « nouveau(x) » to `nouveau`: « nouvel arrivant »
  // missed « nouveaux arrivants ».
  ['nouvel', 'nouveau'],
  ['nouvelle', 'nouveau'],
  ['nouvelles', 'nouveau'],
  // The verb « supporter » (to bear, to handle) is cut to `support`, the stem of the noun « support »
  // (« un outil qui supporte les connexions faibles » went to user support).
  ['supporte', 'supporter'],
  ['supportent', 'supporter'],
  ['supporter', 'supporter'],
  // Plurals in -s Snowball keeps after a vowel: « emplois » was not « emploi ».
  ['emplois', 'emploi'],
  ['infos', 'info'],
  ['numeros', 'numero'],
  ['envois', 'envoi'],
  ['euros', 'euro'],
  ['menus', 'menu'],
]);

/**
 * Snowball cuts a feminine past participle short of its masculine (« bloquée » `bloque`, « bloqué »
 * `bloqu`; « sauvegardées » `sauvegarde`, « sauvegarde » `sauvegard`), and a plural in -ssions or
 * -xions short of its singular (« déconnexions » `deconnex`, « déconnexion » `deconnexion`): such a
 * word is stemmed as the masculine or the singular. Not after another e (« créée »).
 */
function masculine(folded: string): string {
  if (folded.endsWith('ee') || folded.endsWith('ees')) {
    const e = folded.length - (folded.endsWith('s') ? 3 : 2);
    if (e > 0 && folded[e - 1] !== 'e') return folded.slice(0, e + 1) + folded.slice(e + 2);
  }
  if (folded.endsWith('ions') && (folded.endsWith('ssions') || folded.endsWith('xions'))) return folded.slice(0, -1);
  return folded;
}

/**
 * Suffixes Snowball strips although the word then means something else than the words it meets:
 * an adjective in -if/-ive falls on the noun (« attentifs » on `attent`, the stem of « attente »;
 * « positif » on « position », « génératif » on « général »), an agent noun in -ateur/-atrice on the
 * action (« administrateur » on « administration », « formateur » on « formation »). Such a word
 * keeps its own stem, the masculine singular, shared by its inflections only. Checked once per
 * distinct word (the cache), on the word's ending, not by a pattern.
 */
const OWN_SUFFIXES: readonly (readonly [ending: string, own: string, kept: readonly string[]])[] = [
  ['ifs', 'if', ['if', 'iv']],
  ['if', 'if', ['if', 'iv']],
  ['ives', 'if', ['if', 'iv']],
  ['ive', 'if', ['if', 'iv']],
  ['ateurs', 'ateur', ['ateur']],
  ['ateur', 'ateur', ['ateur']],
  ['atrices', 'ateur', ['ateur']],
  ['atrice', 'ateur', ['ateur']],
];

/** Snowball's stem, unless it cut a suffix that changes the meaning (OWN_SUFFIXES). */
function snowballOwn(folded: string): string {
  const stem = snowball(folded);
  for (const [ending, own, kept] of OWN_SUFFIXES) {
    if (!folded.endsWith(ending)) continue;
    // « arrive » → `arriv`, « actif » → `actif`: the suffix was not cut, the stem stays.
    if (kept.some((k) => stem.endsWith(k))) return stem;
    return folded.slice(0, folded.length - ending.length) + own;
  }
  return stem;
}

/** Stem of one folded word (lower case, no accents). */
export function stemWord(folded: string): string {
  let stem = cache.get(folded);
  if (stem === undefined) {
    stem = OWN_STEMS.get(folded) ?? snowballOwn(masculine(folded));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(folded, stem);
  }
  return stem;
}

/** Written words of a text, lower-cased, accents kept (for showing a word as people wrote it). */
export function writtenWords(text: string): string[] {
  return text.toLowerCase().split(WORD_SEPARATOR).filter((raw) => raw !== '');
}

/**
 * Folded words of a text: lower case, no accents, split on anything but letters and digits
 * (apostrophes and hyphens included). The stages read words through a WordTable instead; this is
 * the same reading, one text at a time.
 */
export function foldedWords(text: string): string[] {
  return writtenWords(text).flatMap(foldWord);
}

/**
 * Grammatical glue skipped when matching keyword phrases, so that « tableau de bord » matches
 * « tableaux de bord » and « tableau du bord » alike. Kept short on purpose: only words that never
 * carry a theme. Not « s' »: it tells « s'attendre à » (to expect) from « attendre » (senses.ts).
 */
export const GLUE_WORDS: ReadonlySet<string> = new Set(
  'a au aux ce ces cet cette d de des du en et l la le les leur leurs ou par pour qu que sa se ses son sur un une y'.split(' '),
);

/**
 * Stop words for comparing statements (ideas, emerging terms): lunr's French list, folded, plus
 * frequent words that say nothing about the subject of a statement.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions aurons auront aux avaient ' +
    'avais avait avec avez aviez avions avons ayant ayez ayons c ce ceci cela cela ces cet cette d dans de des du elle en ' +
    'es est et eu eue eues eurent eus eusse eussent eusses eussiez eussions eut eux eumes eut eutes furent fus fusse ' +
    'fussent fusses fussiez fussions fut fumes futes ici il ils j je l la le les leur leurs lui m ma mais me mes moi mon ' +
    'meme n ne nos notre nous on ont ou par pas pour qu que quel quelle quelles quels qui s sa sans se sera serai ' +
    'seraient serais serait seras serez seriez serions serons seront ses soi soient sois soit sommes son sont soyez ' +
    'soyons suis sur t ta te tes toi ton tu un une vos votre vous y a etaient etais etait etant etiez etions ete etee ' +
    'etees etes etre avoir faire fait faut falloir peut peuvent pouvoir plus moins tres trop peu bien tout tous toute ' +
    'toutes aussi encore deja comme donc alors car si non oui ca cela celui celle ceux chaque autre autres meme memes ' +
    'quand comment pourquoi parfois souvent toujours jamais rien aucun aucune chose choses fois etc leurs dont afin ' +
    'avant apres entre depuis sous vers chez lors cote point niveau besoin merci bonjour cordialement'
  ).split(' '),
);

/** Stems of one written word for theme matching: its folded words, glue removed, stemmed. */
export function wordMatchStems(raw: string): string[] {
  return foldWord(raw)
    .filter((word) => !GLUE_WORDS.has(word))
    .map(stemWord);
}

/** Stems of a text with glue words removed: the stream theme keywords are matched against. */
export function matchStems(text: string): string[] {
  return writtenWords(text).flatMap(wordMatchStems);
}
