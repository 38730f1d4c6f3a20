/**
 * An unread column whose answers are mostly region (or department) names, in a survey that reads no
 * place: its header was not recognised (« Régoin »), and every answer was kept without a region while
 * the column was listed among closed questions with « Rien à faire ». Said for what it is, with the
 * setting that reads it; the column is then left out of the unread columns' lines.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import type { Table } from './csv.ts';
import type { Mapping } from './mapping-types.ts';
import { usedColumns } from './unmapped-columns.ts';
import { misspeltRole } from './header-typos.ts';

/** Share of the answers that must be places: a column of places, not answers naming one now and then. */
const PLACE_SHARE = 0.8;
const MIN_ANSWERS = 2;
const SHOWN = 3;
const LETTER = /\p{L}/u;
const MAX_PLACE_LENGTH = 40;

type PlaceKind = 'region' | 'departement';

export function unreadPlaceColumns(table: Table, mapping: Mapping, referentiels: Referentiels, file: string): { columns: Set<number>; diagnostics: Diagnostic[] } {
  const columns = new Set<number>();
  const diagnostics: Diagnostic[] = [];
  const { region, department, postalCode, regionFixed, departmentFixed } = mapping;
  // A survey that reads a place already: another column of places is the respondent's, not the answer's.
  if (region !== null || department !== null || postalCode !== null || regionFixed !== null || departmentFixed !== null) return { columns, diagnostics };
  const used = usedColumns(mapping);
  table.header.forEach((header, column) => {
    if (used.has(column)) return;
    const found = placesIn(table, column, referentiels);
    if (found === null) return;
    columns.add(column);
    diagnostics.push(placeDiagnostic(header, column, found, file, table.headerLine));
  });
  return { columns, diagnostics };
}

interface Found {
  kind: PlaceKind;
  names: string[];
  places: number;
  answers: number;
}

/** Names are required (letters): a column of small numbers is as likely ages or notes as codes. */
function placesIn(table: Table, column: number, referentiels: Referentiels): Found | null {
  let answers = 0;
  const counts: Record<PlaceKind, number> = { region: 0, departement: 0 };
  const names: Record<PlaceKind, Set<string>> = { region: new Set(), departement: new Set() };
  // Past this many answers that are no place, the column cannot be one: free text stops here early.
  const maxOthers = (1 - PLACE_SHARE) * table.records.length;
  let others = 0;
  for (const record of table.records) {
    const cell = (record.fields[column] ?? '').trim();
    if (cell === '') continue;
    answers++;
    // No place's name is this long (« 84 - Provence-Alpes-Côte d'Azur »): not looked up, nor memoised.
    if (cell.length > MAX_PLACE_LENGTH || !LETTER.test(cell)) {
      if (++others > maxOthers) return null;
      continue;
    }
    const region = referentiels.resolveRegion(cell);
    if (region) {
      counts.region++;
      names.region.add(region.name);
      continue;
    }
    const department = referentiels.resolveDepartment(cell);
    if (department) {
      counts.departement++;
      names.departement.add(department.name);
    } else if (++others > maxOthers) return null;
  }
  if (answers < MIN_ANSWERS) return null;
  for (const kind of ['region', 'departement'] as const) {
    if (counts[kind] >= PLACE_SHARE * answers) return { kind, names: [...names[kind]], places: counts[kind], answers };
  }
  return null;
}

function placeDiagnostic(header: string, column: number, found: Found, file: string, line: number): Diagnostic {
  const sidecar = file.replace(/\.[^./]+$/, '') + '.yml';
  const what = found.kind === 'region' ? 'régions' : 'départements';
  const role = found.kind === 'region' ? 'Région' : 'Département';
  const shown = found.names.slice(0, SHOWN).map((name) => `« ${name} »`).join(', ') + (found.names.length > SHOWN ? '…' : '');
  const label = header === '' ? `${column + 1} (sans en-tête)` : `« ${header} »`;
  const typo = misspeltRole(header);
  const rename = typo ? `« ${header} » est sans doute « ${typo.header} » mal orthographié : corrigez l’en-tête` : `Nommez la colonne « ${role} »`;
  return diagnostic({
    code: 'colonne-de-lieu-non-lue',
    severity: 'warning',
    message:
      `La colonne ${label} contient des ${what} : ${shown} (${found.places} réponses sur ${found.answers}), mais son en-tête n’est pas reconnu : ` +
      'elle n’est pas lue, et chaque réponse est gardée sans région.',
    hint: `${rename}, ou déclarez-la dans ${sidecar} (à créer s’il n’existe pas) : colonnes: { ${found.kind}: "${header}" }.`,
    file,
    line,
    column: column + 1,
  });
}
