const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** `12345` → `12 345` (French grouping, a narrow no-break space). */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** "1 élément", "3 éléments", "12 345 éléments": French count (0 and 1 are singular) with the right noun form. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${noun(count, singular, pluralForm)}`;
}

/** The noun alone, for a number printed apart (in a link, a key figure): « régions » or « région ». */
export function noun(count: number, singular: string, pluralForm = `${singular}s`): string {
  return Math.abs(count) < 2 ? singular : pluralForm;
}
