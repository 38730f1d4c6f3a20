/**
 * Declared names (front matter, pseudonym table) → one regular expression, so that each item is scanned
 * once whatever the number of names (linear at a million items).
 */
import { PERSONAL_DATA_PATTERNS } from './patterns.ts';

export interface NameReplacement {
  name: string;
  replacement: string;
}

const MIN_TOKEN_LENGTH = 3;

/**
 * The full name and each of its words of 3 letters or more ("Sophie Martin" → "Sophie Martin",
 * "Sophie", "Martin"), each also in capitals ("MARTIN": surnames are often typed so in forms);
 * initials such as "N." are too ambiguous to replace alone. Longest first so that the full name wins
 * over its parts.
 */
export function expandNames(replacements: readonly NameReplacement[]): NameReplacement[] {
  const byForm = new Map<string, string>();
  const add = (form: string, replacement: string) => {
    for (const variant of [form, form.toLocaleUpperCase('fr-FR')]) if (!byForm.has(variant)) byForm.set(variant, replacement);
  };
  for (const { name, replacement } of replacements) {
    const full = name.trim().replace(/\s+/g, ' ');
    if (full.length < MIN_TOKEN_LENGTH) continue;
    add(full, replacement);
    for (const word of full.split(/[\s-]+/)) {
      const token = word.replace(/[.,]/g, '');
      if (token.length >= MIN_TOKEN_LENGTH) add(token, replacement);
    }
  }
  return [...byForm].map(([name, replacement]) => ({ name, replacement })).sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
}

/** A case-sensitive matcher on whole words (names are capitalised; "martin-pêcheur" is not a name). */
export function namesPattern(replacements: readonly NameReplacement[]): RegExp | null {
  if (!replacements.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(replacements)})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Two quick tests that every text with something to mask passes: what one of the personal-data
 * patterns `needs` (a digit, an « @ »…), or a declared name without its word boundaries. Looser than
 * the exact patterns, never stricter: nine texts in ten fail both and skip them. (Kept apart: one
 * expression holding both was several times slower than the two.)
 */
export function screening(replacements: readonly NameReplacement[]): (text: string) => boolean {
  const needs = PERSONAL_DATA_PATTERNS.map((p) => p.needs);
  const anyNeed = new RegExp([...new Set(needs.map((n) => n.source))].join('|'), needs.some((n) => n.ignoreCase) ? 'i' : '');
  const anyName = replacements.length ? new RegExp(alternatives(replacements)) : null;
  return (text) => anyNeed.test(text) || (anyName !== null && anyName.test(text));
}

function alternatives(replacements: readonly NameReplacement[]): string {
  return replacements.map((r) => r.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}
