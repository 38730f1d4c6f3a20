/**
 * Unread columns that need no warning: metadata (ids, dates, links, plain numbers such as an age)
 * and personal data (names, e-mails, phone numbers). None is an answer to publish, and a warning
 * would invite the user to name it for publication: names and e-mails must never be published.
 */
import { foldText } from '../../text/fold.ts';
import type { CsvRecord } from './csv.ts';
import { isIdentifierHeader, isShortLabel } from './header-aliases.ts';

const PERSONAL_HEADER =
  /\b(nom|noms|prenom|prenoms|name|names|firstname|lastname|surname|e ?mails?|mails?|courriel|adresse|address|telephone|tel|phone|signature|pseudo|pseudonyme|auteur|author|identite)\b/;

/** Export metadata in English platforms' words (Decidim's `created_at`, `url`). */
const METADATA_HEADER = /\b(created|updated|published|modified|url|urls|link|links|lien|liens)\b/;

const METADATA_VALUES = [
  /^[-+]?\d+(?:[.,]\d+)?\s*%?$/,
  /^(?:true|false|yes|no|vrai|faux|na|n a)$/i,
  /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?)?(?: ?(?:Z|UTC|[+-]\d{2}:?\d{2}))?$/,
  /^\d{1,2}[:h]\d{2}(?::\d{2})?$/,
  /^(?:https?:\/\/|www\.)\S+$/i,
];

const PERSONAL_VALUES = [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, /^(?:\+\d{1,3}|0)[\s.-]?\d(?:[\s.-]?\d{2}){4}$/];

/** True for a column of metadata or personal data, from its header (a short label) or its values. */
export function isQuietColumn(header: string, records: readonly CsvRecord[], column: number): boolean {
  const folded = foldText(header);
  // Only a short label: « Vos envies pour la saisie en ligne » holds answers, though « ligne » numbers rows.
  if (isShortLabel(folded) && (isIdentifierHeader(header) || METADATA_HEADER.test(folded) || PERSONAL_HEADER.test(folded))) return true;
  let filled = 0;
  let metadata = 0;
  let personal = 0;
  for (const record of records) {
    const cell = (record.fields[column] ?? '').trim();
    if (cell === '') continue;
    filled++;
    if (PERSONAL_VALUES.some((pattern) => pattern.test(cell))) personal++;
    else if (METADATA_VALUES.some((pattern) => pattern.test(cell))) metadata++;
  }
  // Half the cells personal is enough: privacy first, a few « non » among e-mails change nothing.
  return filled > 0 && (personal * 2 >= filled || personal + metadata === filled);
}
