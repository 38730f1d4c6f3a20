/** `data/pseudonymes.yml`: extra names to hide everywhere, optionally with the pseudonym to show. */
import { parse } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from '../model.ts';
import type { TextFile } from '../io/consultation-input.ts';
import { diagnostic } from '../diagnostics.ts';
import type { NameReplacement } from './names.ts';

/** Where a consultation keeps them, relative to its root. */
export const PSEUDONYMS_FILE = 'data/pseudonymes.yml';

export const PERSON_PLACEHOLDER = '[personne]';

const pseudonymsSchema = z.object({
  /** Names replaced by « [personne] ». */
  noms: z.array(z.string().min(1)).default([]),
  /** Name → pseudonym shown instead (e.g. « Kevin D. » → « Jeune A »). */
  pseudonymes: z.record(z.string().min(1), z.string().min(1)).default({}),
});

export function readPseudonyms(file: TextFile | null): { replacements: NameReplacement[]; diagnostics: Diagnostic[] } {
  if (!file) return { replacements: [], diagnostics: [] };
  let data: unknown;
  try {
    data = parse(file.content, { logLevel: 'error' }) ?? {}; // YAML warnings would be printed raw on the terminal
  } catch {
    data = undefined;
  }
  const parsed = pseudonymsSchema.safeParse(data);
  if (!parsed.success) {
    return {
      replacements: [],
      diagnostics: [
        diagnostic({
          code: 'pseudonymes-invalides',
          severity: 'blocking',
          message: `La table des pseudonymes ${file.file} est illisible : aucun nom n’y serait masqué.`,
          hint: 'Format attendu : « noms: [Prénom Nom, …] » et/ou « pseudonymes: { Prénom Nom: Pseudonyme } ».',
          file: file.file,
        }),
      ],
    };
  }
  const replacements = [
    ...parsed.data.noms.map((name) => ({ name, replacement: PERSON_PLACEHOLDER })),
    ...Object.entries(parsed.data.pseudonymes).map(([name, replacement]) => ({ name, replacement })),
  ];
  return { replacements, diagnostics: [] };
}
