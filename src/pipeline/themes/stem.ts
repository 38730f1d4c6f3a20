/**
 * French words → folded stems, the one tokenisation shared by themes, strong ideas and emerging
 * terms. The stemmer is lunr-languages' French Snowball stemmer, applied like lunr's search
 * pipeline does (accents folded first, then stemmed), so a theme keyword and a search query reduce
 * a word to the same stem: « saisies », « saisir » and « Saisie » all become `sais`.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import fr from 'lunr-languages/lunr.fr.js';
import { foldText } from '../text/fold.ts';

stemmerSupport(lunr);
fr(lunr);
/** lunr.fr.stemmer takes a lunr.Token or, in lunr 1 style, a plain string and returns the stem. */
const snowball = (lunr as unknown as { fr: { stemmer: (word: string) => string } }).fr.stemmer;

/** Words are few (Zipf): caching makes stemming a Map lookup for almost every token. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 500_000;

/** Stem of one folded word (lower case, no accents). */
export function stemWord(folded: string): string {
  let stem = cache.get(folded);
  if (stem === undefined) {
    stem = snowball(folded);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(folded, stem);
  }
  return stem;
}

/**
 * Written words, on lower-cased text: runs of ASCII letters and digits and of Latin letters with
 * diacritics (Latin-1 and Latin Extended); apostrophes, hyphens and punctuation separate. Other
 * scripts separate too, as foldText drops them anyway. A plain ASCII run needs no folding, and the
 * rest is folded once per distinct word: far cheaper than normalising every text.
 */
const SEPARATOR = /[^a-z0-9\u00e0-\u00f6\u00f8-\u00ff\u0100-\u024f]+/;
const PLAIN = /^[a-z0-9]+$/;
/** Folded parts of each written word seen so far (`l’écran` is split before, `Œuvre` gives `oeuvre`). */
const folds = new Map<string, readonly string[]>();

/** Written words of a text, lower-cased, accents kept (for showing a word as people wrote it). */
export function writtenWords(text: string): string[] {
  return text.toLowerCase().split(SEPARATOR).filter((raw) => raw !== '');
}

/** Folded forms of one written word, memoised: folding runs once per distinct word, not per occurrence. */
export function foldWord(raw: string): readonly string[] {
  if (PLAIN.test(raw)) return [raw];
  let parts = folds.get(raw);
  if (parts === undefined) {
    parts = foldText(raw).split(/[\s']+/).filter((word) => word !== '');
    if (folds.size >= CACHE_LIMIT) folds.clear();
    folds.set(raw, parts);
  }
  return parts;
}

/** Folded words of a text: lower case, no accents, split on anything but letters and digits (apostrophes and hyphens included). */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.toLowerCase().split(SEPARATOR)) {
    if (raw === '') continue;
    if (PLAIN.test(raw)) {
      words.push(raw);
      continue;
    }
    const parts = foldWord(raw);
    if (parts.length === 1) words.push(parts[0] as string);
    else for (const part of parts) words.push(part);
  }
  return words;
}

/**
 * Grammatical glue skipped when matching keyword phrases, so that « tableau de bord » matches
 * « tableaux de bord » and « tableau du bord » alike. Kept short on purpose: only words that never
 * carry a theme.
 */
export const GLUE_WORDS: ReadonlySet<string> = new Set(
  'a au aux ce ces cet cette d de des du en et l la le les leur leurs ou par pour qu que s sa se ses son sur un une y'.split(' '),
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

/** Stems of each written word for theme matching (glue removed), memoised: one lookup per word. */
const matchCache = new Map<string, readonly string[]>();

/** Stems of a text with glue words removed: the stream theme keywords are matched against. */
export function matchStems(text: string): string[] {
  const stems: string[] = [];
  for (const raw of text.toLowerCase().split(SEPARATOR)) {
    if (raw === '') continue;
    let wordStems = matchCache.get(raw);
    if (wordStems === undefined) {
      wordStems = foldWord(raw)
        .filter((word) => !GLUE_WORDS.has(word))
        .map(stemWord);
      if (matchCache.size >= CACHE_LIMIT) matchCache.clear();
      matchCache.set(raw, wordStems);
    }
    if (wordStems.length === 1) stems.push(wordStems[0] as string);
    else for (const stem of wordStems) stems.push(stem);
  }
  return stems;
}
