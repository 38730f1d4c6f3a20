/**
 * The taxonomy compiled once into a lookup from a keyword's first stem to the keyword phrases that
 * start with it. Matching a text is then one pass over its stems: at each position, only the
 * phrases starting with that stem are tried (a handful), so the cost is linear in the text.
 */
import type { Theme } from '../model.ts';
import { foldKey } from '../text/fold.ts';
import { matchStems } from './stem.ts';

/** A keyword phrase as stems (glue words removed), and the themes it points to. */
interface Phrase {
  stems: string[];
  themes: string[];
}

export interface ThemeMatcher {
  /** Theme ids whose keywords occur in the text, sorted, without duplicates. */
  match(text: string): string[];
  /** Theme id for an explicit tag (`#saisie`), through ids and aliases, case and accents forgiven. */
  resolveExplicit(tag: string): string | null;
}

/** The optional `aliases` (the `etiquettes` of data/themes.yml) a theme may carry. */
function aliasesOf(theme: Theme): readonly string[] {
  const aliases = (theme as Theme & { aliases?: unknown }).aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
}

export function compileThemes(themes: readonly Theme[]): ThemeMatcher {
  const byFirstStem = new Map<string, Phrase[]>();
  const explicit = new Map<string, string>();
  for (const theme of themes) {
    explicit.set(foldKey(theme.id), theme.id);
    for (const alias of aliasesOf(theme)) if (!explicit.has(foldKey(alias))) explicit.set(foldKey(alias), theme.id);
    for (const keyword of theme.keywords) {
      const stems = matchStems(keyword);
      const first = stems[0];
      if (first === undefined) continue;
      const phrases = byFirstStem.get(first) ?? [];
      const same = phrases.find((p) => p.stems.join(' ') === stems.join(' '));
      if (same) {
        if (!same.themes.includes(theme.id)) same.themes.push(theme.id);
      } else phrases.push({ stems, themes: [theme.id] });
      byFirstStem.set(first, phrases);
    }
  }

  return {
    match(text: string): string[] {
      const stems = matchStems(text);
      const found = new Set<string>();
      for (let i = 0; i < stems.length; i++) {
        const phrases = byFirstStem.get(stems[i] as string);
        if (!phrases) continue;
        for (const phrase of phrases) if (startsAt(stems, i, phrase.stems)) for (const id of phrase.themes) found.add(id);
      }
      return [...found].sort();
    },
    resolveExplicit(tag: string): string | null {
      return explicit.get(foldKey(tag)) ?? null;
    },
  };
}

function startsAt(stems: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > stems.length) return false;
  for (let k = 1; k < phrase.length; k++) if (stems[at + k] !== phrase[k]) return false;
  return true;
}
