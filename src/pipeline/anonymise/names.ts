/**
 * Declared names (front matter, pseudonym table) → one regular expression, so that each item is scanned
 * once whatever the number of names (linear at a million items).
 */

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
  const alternatives = replacements.map((r) => r.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
