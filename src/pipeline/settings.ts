/** `content/consultation.yml`: the consultation's own settings (title, accessibility contact). */
import { parse } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from './model.ts';
import type { TextFile } from './io/consultation-input.ts';
import { diagnostic } from './diagnostics.ts';

const DEFAULT_TITLE = 'Livre blanc de la consultation';

const settingsSchema = z.object({
  /** Title of the white paper. */
  titre: z.string().min(1).default(DEFAULT_TITLE),
  /** Address (e-mail or web page) readers use to report an accessibility problem; published as is. */
  contact_accessibilite: z.string().min(3).optional(),
});

export interface Settings {
  title: string;
  accessibilityContact: string | null;
  diagnostics: Diagnostic[];
}

export function readSettings(file: TextFile | null): Settings {
  if (!file) return { title: DEFAULT_TITLE, accessibilityContact: null, diagnostics: [] };
  try {
    const parsed = settingsSchema.safeParse(parse(file.content, { logLevel: 'error' }) ?? {}); // no raw YAML warning on the terminal
    if (parsed.success) return { title: parsed.data.titre, accessibilityContact: parsed.data.contact_accessibilite ?? null, diagnostics: [] };
  } catch {
    // Reported below like a schema error: the file is not usable as it stands.
  }
  return {
    title: DEFAULT_TITLE,
    accessibilityContact: null,
    diagnostics: [
      diagnostic({
        code: 'parametres-invalides',
        severity: 'warning',
        message: `Le fichier ${file.file} n'est pas lisible : le titre par défaut est utilisé.`,
        hint: 'Écrivez par exemple « titre: Livre blanc du futur SI des Missions Locales ».',
        file: file.file,
      }),
    ],
  };
}
