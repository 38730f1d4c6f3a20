/**
 * The taxonomy compiled once into a lookup from a keyword's first stem to the keyword phrases that
 * start with it. Matching a text is then one pass over its stems: at each position, only the
 * phrases starting with that stem are tried (a handful), so the cost is linear in the text.
 *
 * Stems are small integers: each keyword stem gets a code, and any other stem is -1, which no
 * phrase contains (so it still takes its place in the stream, and still breaks a phrase). Each
 * distinct written word is folded and stemmed once per matcher, through a WordTable: matching a
 * text makes no string at all.
 *
 * A word that names the theme only in some senses carries companions: `emploi (avec offre, chercher)`
 * counts only in a sentence that also holds one of them (« trouver un emploi », not « prêt à l'emploi »).
 * Companion stems get codes like keyword stems, so the pass stamps the codes it meets and a
 * companion is then one array read (a several-word companion is looked for in the stream).
 */
import { NO_THEMES, type Theme } from '../model.ts';
import { foldKey } from '../text/fold.ts';
import { WordTable } from '../text/words.ts';
import { matchStems, wordMatchStems } from './stem.ts';
import { WordCodes } from '../text/word-codes.ts';
import { sentenceStarts } from './sentences.ts';
import { compileSenses } from './senses.ts';

/**
 * A keyword phrase as stem codes (glue words removed), and the ranks of the themes it points to;
 * `companions`, when not empty, the phrases (as codes) one of which the text must also hold.
 */
interface Phrase {
  codes: number[];
  companions: number[][];
  themes: number[];
}

/** `mot (avec a, b c, d)`: the keyword before the parenthesis, the companions inside, comma-separated. */
const COMPANIONS = /^(.*?)\s*\(\s*avec\s+([^()]*)\)\s*$/iu;

/** A keyword of data/themes.yml read into its phrase and its companions (each as written). */
export function parseKeyword(keyword: string): { phrase: string; companions: string[] } {
  const m = COMPANIONS.exec(keyword);
  if (!m) return { phrase: keyword, companions: [] };
  const companions = (m[2] as string).split(',').map((c) => c.trim()).filter((c) => c !== '');
  return { phrase: m[1] as string, companions };
}

export interface ThemeMatcher {
  /**
   * Theme ids whose keywords occur in the text, sorted, without duplicates. Texts with the same themes
   * get the same frozen list (a few hundred distinct lists for a million texts, not one array each).
   */
  match(text: string): readonly string[];
  /**
   * The same for a text already read into the matcher's word table (`compileThemes(themes, table)`):
   * word ids `ids[from … to)`; `text` is the text they were read from (its sentences, see match).
   */
  matchWords(ids: Uint32Array, from: number, to: number, text: string): readonly string[];
  /** Theme id for an explicit tag (`#saisie`), through ids and aliases, case and accents forgiven. */
  resolveExplicit(tag: string): string | null;
}

/** The optional `aliases` (the `etiquettes` of data/themes.yml) a theme may carry. */
function aliasesOf(theme: Theme): readonly string[] {
  const aliases = (theme as Theme & { aliases?: unknown }).aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
}

/** `words`: the table the texts are read into; pass the one of a ScannedTexts to match its texts by word ids. */
export function compileThemes(themes: readonly Theme[], words: WordTable = new WordTable()): ThemeMatcher {
  // Ranks in sorted id order: sorting ranks as numbers sorts the ids.
  const ids = [...new Set(themes.map((theme) => theme.id))].sort();
  const rankOf = new Map(ids.map((id, rank) => [id, rank]));
  const codeOf = new Map<string, number>();
  const byFirst: Phrase[][] = [];
  const explicit = new Map<string, string>();
  for (const theme of themes) {
    explicit.set(foldKey(theme.id), theme.id);
    for (const alias of aliasesOf(theme)) if (!explicit.has(foldKey(alias))) explicit.set(foldKey(alias), theme.id);
    const rank = rankOf.get(theme.id) as number;
    for (const keyword of theme.keywords) {
      const { phrase, companions: written } = parseKeyword(keyword);
      const codes = codesOf(phrase, codeOf);
      const first = codes[0];
      if (first === undefined) continue;
      const companions = written.map((c) => codesOf(c, codeOf)).filter((c) => c.length > 0);
      const key = `${codes.join(' ')}|${companions.map((c) => c.join(' ')).join(',')}`;
      const phrases = (byFirst[first] ??= []);
      const same = phrases.find((p) => `${p.codes.join(' ')}|${p.companions.map((c) => c.join(' ')).join(',')}` === key);
      if (!same) phrases.push({ codes, companions, themes: [rank] });
      else if (!same.themes.includes(rank)) same.themes.push(rank);
    }
  }

  for (const phrases of byFirst) phrases?.sort((a, b) => b.codes.length - a.codes.length);
  // Before the codes are counted (`met`): the sense rules give their cue words codes.
  const resolveSenses = compileSenses(codeOf);
  const codes = new WordCodes((id) => wordMatchStems(words.word(id)).map((stem) => codeOf.get(stem) ?? -1));
  const seen = new Uint32Array(ids.length); // per theme rank: the last text it was found in
  const met = new Uint32Array(codeOf.size); // per stem code: the last stream it occurred in
  let texts = 0;
  let streams = 0;
  const lists = new ThemeLists(ids);
  const pending: Phrase[] = []; // phrases found whose companions are looked for once the stream is read
  const add = (phrase: Phrase, visit: number, found: number[]): void => {
    for (const rank of phrase.themes) {
      if (seen[rank] === visit) continue;
      seen[rank] = visit;
      found.push(rank);
    }
  };
  /** Adds to `found` the themes of one stream; true when a keyword counted through a companion. */
  const matchOne = (stream: Int32Array, visit: number, found: number[]): boolean => {
    const read = ++streams;
    pending.length = 0;
    // The longest phrase matched so far that ends furthest: a keyword inside it is that phrase's
    // word, not a keyword alone (« emploi » in « Pôle emploi », « saisie » in « double saisie »).
    let coverFrom = 0;
    let coverTo = 0;
    for (let i = 0; i < stream.length; i++) {
      const code = stream[i] as number;
      if (code < 0) continue;
      met[code] = read;
      const phrases = byFirst[code];
      if (!phrases) continue;
      // Longest first (sorted when compiled): a phrase starting here covers the shorter ones after it.
      for (const phrase of phrases) {
        const length = phrase.codes.length;
        if (!startsAt(stream, i, phrase.codes)) continue;
        if (i + length <= coverTo && coverTo - coverFrom > length) continue;
        if (phrase.companions.length === 0) add(phrase, visit, found);
        else pending.push(phrase);
        if (length > 1 && i + length > coverTo) {
          coverFrom = i;
          coverTo = i + length;
        }
      }
    }
    // A companion may come after the keyword (« l'emploi que je cherche »): checked after the pass.
    let companioned = false;
    for (const phrase of pending) {
      if (allSeen(phrase.themes, seen, visit)) continue;
      for (const companion of phrase.companions) {
        if (!holds(stream, companion, met, read)) continue;
        add(phrase, visit, found);
        companioned = true;
        break;
      }
    }
    return companioned;
  };
  /** The themes of a text: its stream, and the word ids `ids[from … from+count)` and text it was read from. */
  const matchStream = (stream: Int32Array, ids: Uint32Array, from: number, count: number, text: string): readonly string[] => {
    resolveSenses?.(stream);
    let visit = ++texts;
    const found: number[] = [];
    if (!matchOne(stream, visit, found)) return lists.of(found);
    // A companion counts in its keyword's sentence only (« Un tableau de bord prêt à l'emploi. Les
    // jeunes… »): such a text (one in fifteen of the real answers) is matched again sentence by
    // sentence, its stream cut where the words of a sentence begin.
    const starts = sentenceStarts(text);
    if (starts.length === 0) return lists.of(found);
    visit = ++texts;
    found.length = 0;
    let word = 0;
    let begin = 0;
    let end = 0;
    for (const start of starts) {
      for (; word < start && word < count; word++) {
        const id = ids[from + word] as number;
        end += codes.endOf(id) - codes.startOf(id);
      }
      matchOne(stream.subarray(begin, end), visit, found);
      begin = end;
    }
    matchOne(stream.subarray(begin), visit, found);
    return lists.of(found);
  };
  return {
    match(text: string): readonly string[] {
      const count = words.scan(text);
      return matchStream(codes.stream(words, count), words.ids, 0, count, text);
    },
    matchWords: (wordIds, from, to, text) => matchStream(codes.stream(words, to - from, false, wordIds, from), wordIds, from, to - from, text),
    resolveExplicit(tag: string): string | null {
      return explicit.get(foldKey(tag)) ?? null;
    },
  };
}

/** The stem codes of a keyword or companion, each stem given a code the first time it is met. */
function codesOf(text: string, codeOf: Map<string, number>): number[] {
  return matchStems(text).map((stem) => {
    if (!codeOf.has(stem)) codeOf.set(stem, codeOf.size);
    return codeOf.get(stem) as number;
  });
}

/** Whether every theme of `ranks` was already found in the text `visit`. */
function allSeen(ranks: readonly number[], seen: Uint32Array, visit: number): boolean {
  for (const rank of ranks) if (seen[rank] !== visit) return false;
  return true;
}

/** Whether the text (its stream, and the codes stamped `visit` as met) holds a companion phrase. */
function holds(stream: Int32Array, companion: readonly number[], met: Uint32Array, visit: number): boolean {
  for (const code of companion) if (met[code] !== visit) return false;
  if (companion.length === 1) return true;
  for (let i = 0; i < stream.length; i++) if (stream[i] === companion[0] && startsAt(stream, i, companion)) return true;
  return false;
}

function startsAt(stream: Int32Array, at: number, phrase: readonly number[]): boolean {
  if (at + phrase.length > stream.length) return false;
  for (let k = 1; k < phrase.length; k++) if (stream[at + k] !== phrase[k]) return false;
  return true;
}

/** One frozen list per distinct set of theme ranks: the published items share them. */
class ThemeLists {
  private readonly ids: readonly string[];
  private readonly single: Array<readonly string[] | undefined>;
  private readonly several = new Map<string, readonly string[]>();

  constructor(ids: readonly string[]) {
    this.ids = ids;
    this.single = new Array<readonly string[] | undefined>(ids.length);
  }

  /** The list of the themes of `ranks` (distinct, in any order; sorted here), by sorted id. */
  of(ranks: number[]): readonly string[] {
    if (ranks.length === 0) return NO_THEMES;
    if (ranks.length === 1) {
      const rank = ranks[0] as number;
      return (this.single[rank] ??= Object.freeze([this.ids[rank] as string]));
    }
    ranks.sort((a, b) => a - b); // ranks follow the ids' order: sorting ranks sorts the ids
    const key = ranks.join(',');
    let list = this.several.get(key);
    if (list === undefined) this.several.set(key, (list = Object.freeze(ranks.map((rank) => this.ids[rank] as string))));
    return list;
  }
}
