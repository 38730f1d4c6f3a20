/**
 * Names of public figures the bureau lets stay (`noms_publics` in consultation.yml): « M. Macron
 * trouve… » keeps its meaning where « M. [personne] trouve… » loses it. A detector’s match whose
 * name part is one of them, accents and case aside as declared names are matched, is kept as
 * written. A name also declared to be masked (front matter, pseudonym table, a survey’s name
 * column) is masked: the bureau’s list never unmasks a person someone asked to hide.
 */
import type { Diagnostic } from '../model.ts';
import type { TextFile } from '../io/consultation-input.ts';
import { diagnostic } from '../diagnostics.ts';
import { foldWord } from './fold-name.ts';

/** « Emmanuel  Macron », « EMMANUEL MACRON », « emmanuel macron » → one key. */
export function publicKey(name: string): string {
  return foldWord(name.trim().replace(/\s+/g, ' '));
}

export interface PublicNames {
  /** True when `name` (a detector’s match, without its civility) may stay as written. */
  isPublic: (name: string) => boolean;
  /** The public names also declared to be masked, as written in the public list. */
  conflicts: string[];
}

export function publicNames(names: readonly string[], declared: readonly string[]): PublicNames {
  const masked = new Set(declared.map(publicKey));
  const conflicts = names.filter((name) => masked.has(publicKey(name)));
  const kept = new Set(names.map(publicKey).filter((key) => key !== '' && !masked.has(key)));
  return { isPublic: kept.size === 0 ? () => false : (name) => kept.has(publicKey(name)), conflicts };
}

/**
 * `check` says which public names stay masked because someone declared them, at their line of the
 * settings file. The name is not quoted: it is one to mask, and diagnostics are published.
 */
export function publicNameDiagnostics(conflicts: readonly string[], file: TextFile): Diagnostic[] {
  const lines = file.content.split(/\r?\n/);
  return conflicts.map((name) =>
    diagnostic({
      code: 'nom-public-masque',
      severity: 'warning',
      message: 'Un nom de noms_publics est aussi parmi les noms à masquer (ambassadeurs, data/pseudonymes.yml, colonne de noms) : il reste masqué.',
      hint: 'Retirez-le de l’une des deux listes.',
      file: file.file,
      line: lineOf(lines, name),
    }),
  );
}

/** The line of a list item « - Macron » (not « - Emmanuel Macron »), else the first line holding the name. */
function lineOf(lines: readonly string[], name: string): number {
  const item = lines.findIndex((line) => line.replace(/^\s*-\s*/, '').replace(/\s+#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2') === name);
  return (item >= 0 ? item : lines.findIndex((line) => line.includes(name))) + 1 || 1;
}
