/** French messages for zod issues, phrased for people editing a YAML file. */
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'oui ou non (true/false)',
  array: 'une liste',
  object: 'un groupe de clés',
  record: 'un groupe de clés',
};

const fallback = z.locales.fr().localeError;

/** One French sentence (without the field name) for a zod issue. */
export function frenchIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'valeur manquante' : `on attend ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'valeur vide';
      if (issue.origin === 'array') return `au moins ${String(issue.minimum)} élément(s) attendu(s)`;
      return `doit valoir au moins ${String(issue.minimum)}`;
    case 'too_big':
      return `doit valoir au plus ${String(issue.maximum)}`;
    case 'invalid_format':
      return 'forme incorrecte';
    case 'unrecognized_keys':
      return `clé inconnue : ${issue.keys.map((k) => `« ${k} »`).join(', ')}`;
    default: {
      const message = fallback(issue as Parameters<typeof fallback>[0]);
      return typeof message === 'string' ? message : (message?.message ?? 'valeur incorrecte');
    }
  }
}
