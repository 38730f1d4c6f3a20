/**
 * The dry run is read by the ambassador on their own machine: a file published under a masked name
 * (« …-[téléphone].md », pipeline/anonymise/paths.ts) is shown there under its real name, so that
 * they can find and rename it. Each masked piece stands for some text: the published path is matched
 * against the consultation's files; one match only, else the published path stays.
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';

/** A placeholder the redactor writes (« [téléphone] », « [personne] »…). */
const PLACEHOLDER = /\[[^\]/]+\]/;

export function withRealPaths(synthesis: Synthesis, files: readonly string[]): Synthesis {
  const known = new Set(files);
  const cache = new Map<string, string>();
  const real = (file: string): string => {
    if (known.has(file) || !PLACEHOLDER.test(file)) return file;
    let result = cache.get(file);
    if (result === undefined) {
      const pattern = new RegExp(`^${file.split(PLACEHOLDER).map(escape).join('.+?')}$`, 'u');
      const matches = files.filter((f) => pattern.test(f));
      result = matches.length === 1 ? (matches[0] as string) : file;
      cache.set(file, result);
    }
    return result;
  };
  let changed = false;
  const diagnostics = synthesis.diagnostics.map((d) => {
    const file = real(d.file);
    if (file === d.file) return d;
    changed = true;
    return { ...d, file };
  });
  const reconciled = synthesis.reconciliation.files.map((f) => {
    const file = real(f.file);
    if (file === f.file) return f;
    changed = true;
    return { ...f, file };
  });
  return changed ? { ...synthesis, diagnostics, reconciliation: { ...synthesis.reconciliation, files: reconciled } } : synthesis;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
