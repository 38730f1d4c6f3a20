/**
 * « À propos », the workbook's first sheet, and `a-propos.txt`: which consultation, which figures,
 * made by which version from which synthesis, on which date, and how — what the bureau's note cites.
 * Every figure is the Synthesis' (its counts, sessions and ideas) or the site's function that shows it
 * (regions represented, whole percentages), so that each reads as on the site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TAGS, TAG_LABELS } from '../pipeline/model.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { PACKAGE_DIR } from '../cli/package-dir.ts';
import { formatDate, formatInteger } from '../site/format.ts';
import { regionCoverage } from '../site/region-coverage.ts';
import { formatWholePercent, wholePercents } from '../site/shares.ts';
import type { ExportDate } from './export-date.ts';
import { methodologyParagraph } from './methodology.ts';
import { SEVERAL_THEMES_NOTE } from './regions-themes-table.ts';
import { siteView } from './site-view.ts';
import { placeName } from './place-names.ts';
import { VOICES_HEADER } from './source-columns.ts';
import type { NamedTable } from './tables.ts';

export const ABOUT_SHEET = 'À propos';
export const ABOUT_TEXT_NAME = 'a-propos.txt';
export const METHODOLOGY_LABEL = 'Méthodologie';
export const FINGERPRINT_LENGTH = 12;
export const FINGERPRINT_LABEL = `Empreinte de synthese.json (SHA-256, ${FINGERPRINT_LENGTH} premiers caractères)`;
/** How shares are written, in the sheet and in docs/exports.md. */
export const SHARES_NOTE =
  'Les parts sont des nombres de 0 à 1, tels que la synthèse les donne : le classeur les affiche en pourcentage arrondi comme sur le site ' +
  '(0,2847 s’affiche 28 %), les CSV les écrivent en nombres (0,2847 avec le séparateur « ; », 0.2847 avec « , ») ; ' +
  'les parts des étiquettes et celles des réponses aux questions fermées sont arrondies au pour cent, comme sur le site : leur total fait 100 %.';

/** What the « Voix (votes compris) » columns count, in the words of the site's note under its strong ideas. */
export const VOICES_NOTE =
  `Les colonnes « ${VOICES_HEADER} » comptent les voix comme le site : chaque élément compte pour une voix ; un élément voté ` +
  '(gommettes en atelier, colonne de votes d’une enquête) compte pour ses votes.';

/** What the exports say of themselves besides the Synthesis. */
export interface AboutContext {
  version: string;
  /** The first `FINGERPRINT_LENGTH` hexadecimal digits of synthese.json's SHA-256. */
  fingerprint: string;
  date: ExportDate | null;
}

interface AboutEntry {
  label: string;
  value: string | number;
  /** A part of the items (0–1), for the items of a tag. */
  share?: number;
}

/** livre-blanc's version, from its package.json. */
export function packageVersion(packageDir = PACKAGE_DIR): string {
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof version === 'string' ? version : 'inconnue';
}

function entries(synthesis: Synthesis, context: AboutContext): AboutEntry[] {
  const { counts, sessions } = synthesis;
  const workshops = sessions.filter((s) => s.kind === 'workshop').length;
  const coverage = regionCoverage(siteView(synthesis));
  const byTag = new Map(counts.byTag.map((row) => [row.keys[0] ?? '', row.items]));
  const tagCounts = TAGS.map((tag) => byTag.get(tag) ?? 0);
  // Whole percentages that add up to 100, as the site prints the split of the tags.
  const percents = wholePercents(tagCounts);
  const { date } = context;
  return [
    { label: 'Consultation', value: synthesis.title },
    ...(synthesis.description ? [{ label: 'Présentation', value: synthesis.description }] : []),
    { label: 'Sessions (ateliers et enquêtes)', value: sessions.length },
    { label: 'Ateliers', value: workshops },
    { label: 'Enquêtes', value: sessions.length - workshops },
    { label: 'Éléments publiés', value: counts.total.items },
    ...TAGS.map((tag, index) => ({ label: `Éléments « ${TAG_LABELS[tag]} »`, value: tagCounts[index] ?? 0, share: (percents[index] ?? 0) / 100 })),
    { label: 'Éléments sans région', value: coverage.unlocated },
    { label: 'Régions représentées (au moins un élément publié)', value: coverage.represented.length },
    ...(coverage.represented.length ? [{ label: 'Liste des régions représentées', value: coverage.represented.map((r) => placeName(r.name)).join(' ; ') }] : []),
    { label: 'Thèmes de la taxonomie (hors « Autres »)', value: synthesis.themes.filter((t) => t.id !== 'autres').length },
    // The Synthesis publishes the strongest ideas: both counts, or « 113 » reads as all there are.
    { label: 'Idées fortes trouvées', value: synthesis.ideasFound },
    { label: 'Idées fortes publiées (les plus partagées)', value: synthesis.ideas.length },
    { label: 'Version de livre-blanc', value: context.version },
    { label: FINGERPRINT_LABEL, value: context.fingerprint },
    { label: 'Date', value: date ? `${formatDate(date.day)} (${date.day})` : 'aucune' },
    { label: 'Origine de la date', value: dateSource(date) },
    { label: 'Parts', value: SHARES_NOTE },
    { label: 'Voix', value: VOICES_NOTE },
    { label: 'Thèmes', value: SEVERAL_THEMES_NOTE },
    { label: METHODOLOGY_LABEL, value: methodologyParagraph(synthesis) },
  ];
}

function dateSource(date: ExportDate | null): string {
  if (date?.source === 'SOURCE_DATE_EPOCH') return 'la variable d’environnement SOURCE_DATE_EPOCH, fixée pour l’export';
  if (date) return 'la date de la dernière session de la consultation (SOURCE_DATE_EPOCH n’étant pas défini) : les mêmes fichiers donnent la même date, quel que soit le jour de l’export';
  return 'ni SOURCE_DATE_EPOCH ni aucune session datée : aucune date';
}

export function aboutTable(synthesis: Synthesis, context: AboutContext): NamedTable {
  return {
    name: 'a-propos',
    sheet: ABOUT_SHEET,
    headers: ['Rubrique', 'Valeur', 'Part des éléments (de 0 à 1)'],
    rows: entries(synthesis, context).map((entry) => [entry.label, entry.value, entry.share ?? null]),
    percents: [2],
  };
}

/** The same entries as text: UTF-8 with BOM and CRLF, as the CSVs, for Windows' Notepad. */
export function aboutText(synthesis: Synthesis, context: AboutContext): string {
  const lines = [`À propos des exports de « ${synthesis.title} »`, ''];
  for (const entry of entries(synthesis, context)) {
    if (entry.label === METHODOLOGY_LABEL) {
      lines.push('', `${METHODOLOGY_LABEL} :`, String(entry.value));
      continue;
    }
    const value = typeof entry.value === 'number' ? formatInteger(entry.value) : entry.value;
    const share = entry.share === undefined ? '' : ` (${formatWholePercent(entry.share * 100)})`;
    lines.push(`${entry.label} : ${value}${share}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
