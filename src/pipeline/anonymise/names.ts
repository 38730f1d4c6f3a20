/**
 * Declared names (front matter, pseudonym table) → one regular expression, so that each item is scanned
 * once whatever the number of names (linear at a million items).
 */
import { PERSONAL_DATA_PATTERNS } from './patterns.ts';
import { accentInsensitiveSource, stripAccents } from './fold-name.ts';

export interface NameReplacement {
  name: string;
  replacement: string;
  /**
   * A participant's display name read in the data rather than a name someone declared: masked as a
   * whole only, never word by word nor in lower case, and only when it looks like a name, every word
   * capitalised (« Justin TIME ») or with a digit or a capital inside (« citoyen59 », « JeanPaul »).
   * Display names are often common words (« Pour tous », « Citoyen », « Pierre »).
   */
  whole?: boolean;
}

const MIN_TOKEN_LENGTH = 3;

/**
 * The forms of a declared name that are masked, each also in capitals ("MARTIN": surnames are often
 * typed so in forms) and with capital initials ("martin" declared → "Martin" in a sentence):
 * - the full name, also all in lower case and in the French administrative form « Sophie MARTIN »:
 *   two or more words in a row are a name whatever their case ("sophie martin" in hurried notes);
 * - each of its words of 3 letters or more ("Sophie", "Martin"), but never in lower case alone:
 *   many first names and surnames are common words (« pierre », « claire », « rose », « petit »,
 *   « blanc »), and « une procédure claire » must stay readable.
 * Initials such as "N." are too ambiguous to replace alone. Longest first, so that the full name
 * wins over its parts.
 */
export function expandNames(replacements: readonly NameReplacement[]): NameReplacement[] {
  // Keyed without accents: the pattern ignores them (nameKey), so « Gwenaelle » and « Gwenaëlle » are one form.
  const byForm = new Map<string, { name: string; replacement: string }>();
  const add = (forms: readonly string[], replacement: string) => {
    for (const form of forms) {
      for (const variant of [form, upper(form), capitalised(form)]) {
        const key = nameKey(variant);
        if (!byForm.has(key)) byForm.set(key, { name: variant, replacement });
      }
    }
  };
  for (const { name, replacement, whole } of replacements) {
    const full = name.trim().replace(/\s+/g, ' ');
    if (full.length < MIN_TOKEN_LENGTH) continue;
    const words = full.split(' ');
    // « Sophie MARTIN »: the last word in capitals, as French forms write a surname.
    const administrative = [...words.slice(0, -1).map(capitalised), upper(words[words.length - 1] as string)].join(' ');
    if (whole) {
      // « Ménard Paulette »: lists and forms often put the surname first.
      const reversed = words.length === 2 ? [`${words[1]} ${words[0]}`, `${upper(words[1] as string)} ${capitalised(words[0] as string)}`] : [];
      if (looksLikeName(words)) add([full, administrative, ...reversed], replacement);
      continue;
    }
    add(words.length > 1 ? [full, full.toLocaleLowerCase('fr-FR'), administrative] : [full], replacement);
    // A compound first name whole (« Marie-Claire »), before its parts: the longest form is tried first,
    // so that the name reads « [personne] », not « [personne]-[personne] ».
    for (const word of full.split(/[\s-]+/).concat(full.split(/\s+/).filter((w) => w.includes('-')))) {
      const token = word.replace(/[.,]/g, '');
      if (token.length >= MIN_TOKEN_LENGTH) add([token], replacement);
    }
  }
  return [...byForm.values()].sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
}

/** A pseudonym (a digit, a capital inside a word), or two words or more, each capitalised. */
function looksLikeName(words: readonly string[]): boolean {
  if (words.some((word) => /\d|\p{Ll}\p{Lu}/u.test(word))) return true;
  return words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word));
}

function upper(text: string): string {
  return text.toLocaleUpperCase('fr-FR');
}

/** Each word (and each part of a hyphenated one) with a capital initial and the rest in lower case. */
function capitalised(text: string): string {
  return text.toLocaleLowerCase('fr-FR').replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + upper(letter));
}

/**
 * The key under which a matched name finds its replacement: accents ignored (the pattern ignores them,
 * « Gwenaelle » for « Gwenaëlle »), spaces single.
 */
export function nameKey(text: string): string {
  return stripAccents(text).replace(/\s+/g, ' ').replace(/’/g, "'");
}

/**
 * A case-sensitive matcher on whole words (names are capitalised; "martin-pêcheur" is not a name),
 * accent-insensitive (« MENARD » for « Ménard »).
 */
export function namesPattern(replacements: readonly NameReplacement[]): RegExp | null {
  if (!replacements.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(replacements)})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Two quick tests that every text with something to mask passes: what one of the personal-data
 * patterns `needs` (a digit, an « @ »…), and a declared name without its word boundaries. Looser than
 * the exact patterns, never stricter: nine texts in ten fail both and skip them. (Kept apart: one
 * expression holding both was several times slower than the two.)
 */
export function screening(replacements: readonly NameReplacement[]): { data: (text: string) => boolean; names: (text: string) => boolean } {
  const needs = PERSONAL_DATA_PATTERNS.map((p) => p.needs);
  const anyNeed = new RegExp([...new Set(needs.map((n) => n.source))].join('|'), needs.some((n) => n.ignoreCase) ? 'i' : '');
  const anyName = replacements.length ? new RegExp(alternatives(replacements)) : null;
  return { data: (text) => anyNeed.test(text), names: (text) => anyName !== null && anyName.test(text) };
}

function alternatives(replacements: readonly NameReplacement[]): string {
  return replacements.map((r) => accentInsensitiveSource(r.name)).join('|');
}
