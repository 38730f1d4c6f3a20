/**
 * Source file names are published too (« Source : » lines, the methodology page, every export, the
 * JSON), and a name is whatever the ambassador typed: « 2026-10-05-chez-karim-benali-06-11-22-33-44.md ».
 * Each path goes through the items' redactor; a path with something masked is published masked
 * everywhere, and a warning asks for the file to be renamed. The dry run on the ambassador's own
 * machine shows the real path again (cli/real-paths.ts): they need it to find the file.
 */
import type { Diagnostic } from '../model.ts';
import type { ConsultationInput } from '../io/consultation-input.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Redaction } from './index.ts';

export interface PublishedPaths {
  /** The path as published: the same string when nothing in it is personal. */
  publish(file: string): string;
  /** One warning per renamed file, at its published path. */
  diagnostics: Diagnostic[];
}

export function publishedPaths(files: Iterable<string>, redact: (text: string) => Redaction): PublishedPaths {
  const renamed = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const file of new Set(files)) {
    const { text, found } = redact(file);
    if (!found.length || text === file) continue;
    renamed.set(file, text);
    diagnostics.push(
      diagnostic({
        code: 'donnee-personnelle',
        severity: 'warning',
        message: `Le nom du fichier contient une donnée personnelle (${found.join(', ')}) : le site et les exports le publient masqué, « ${text} ».`,
        hint: 'Renommez le fichier sans nom de personne ni coordonnées, par exemple « <date>-<ville>.md » : le livre blanc ne doit citer personne.',
        file: text,
        line: 1,
        column: 1,
      }),
    );
  }
  return { publish: (file) => renamed.get(file) ?? file, diagnostics };
}

/** Every file name the Synthesis can quote: notes, surveys and their sidecars, settings, files left out. */
export function inputFiles(input: ConsultationInput): string[] {
  const files = [...input.notes.map((n) => n.file)];
  for (const survey of input.surveys) {
    files.push(survey.file);
    if (survey.sidecar) files.push(survey.sidecar.file);
  }
  if (input.settings) files.push(input.settings.file);
  if (input.pseudonyms) files.push(input.pseudonyms.file);
  if (input.themes) files.push(input.themes.file);
  for (const oversize of input.oversize ?? []) files.push(oversize.file);
  files.push(...(input.ignored ?? []));
  return files;
}
