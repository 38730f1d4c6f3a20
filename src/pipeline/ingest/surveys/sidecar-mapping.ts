/**
 * The sidecar's `colonnes` over the mapping found without it (adapter or headers): the sidecar
 * overrides only what it says, by group (place, profile, question, votes, texts, scales); what it
 * does not say stays as recognised. Setting only `region_fixe` once made a file lose the text and
 * question columns found from its headers. A column the sidecar gives a role is taken from any role
 * the headers gave it.
 */
import type { Referentiels } from '../../referentiels/index.ts';
import type { SidecarColumns } from './sidecar.ts';
import type { ColumnLookup } from './column-lookup.ts';
import type { Mapping, TextColumn } from './mapping-types.ts';
import { boundsOf } from './sidecar-schema.ts';
import { questionOfHeader } from './header-aliases.ts';

/** The keys of each group: naming one replaces the whole group. */
const PLACE_KEYS = ['region', 'departement', 'code_postal', 'region_fixe', 'departement_fixe'] as const;
const PROFILE_KEYS = ['profil', 'profil_fixe'] as const;

export function applySidecar(found: Mapping, columns: SidecarColumns, lookup: ColumnLookup, referentiels: Referentiels): Mapping {
  const mapping: Mapping = { ...found, texts: [...found.texts], scales: [...found.scales], names: [...found.names] };
  const path = (key: string) => ['colonnes', key];
  const named = (key: keyof SidecarColumns) => columns[key] !== undefined;

  if (PLACE_KEYS.some(named)) {
    const place = (key: 'region' | 'departement' | 'code_postal'): number | null => {
      const name = columns[key];
      return name === undefined ? null : lookup.column(name, path(key), fixedPlaceHint(name, referentiels));
    };
    mapping.region = place('region');
    mapping.department = place('departement');
    mapping.postalCode = place('code_postal');
  }
  if (PROFILE_KEYS.some(named)) {
    mapping.profile = columns.profil === undefined ? null : lookup.column(columns.profil, path('profil'));
  }
  if (columns.question !== undefined) {
    const column = lookup.column(columns.question, path('question'));
    mapping.question = column === null ? null : { column, read: 'cell' };
  }
  if (columns.votes !== undefined) {
    const column = lookup.column(columns.votes, path('votes'));
    mapping.weight = column === null ? null : { column, header: lookup.header(column) };
  }
  const texts = columns.textes ?? [];
  if (texts.length > 0) {
    mapping.origin = 'fichier-yml';
    mapping.texts = [];
    texts.forEach((text, i) => {
      const column = lookup.column(text.colonne, ['colonnes', 'textes', i, 'colonne']);
      if (column === null || mapping.texts.some((t) => t.column === column)) return;
      // An adapter's reading of the same column (Decidim's title before the body, HTML) is kept.
      const known = found.texts.find((t) => t.column === column);
      const header = lookup.header(column);
      const base: TextColumn = known ?? { column, prefix: null, header, tag: 'auto', html: false, question: questionOfHeader(header) };
      mapping.texts.push({ ...base, tag: text.tag, question: text.question ?? base.question });
    });
  }
  const scales = columns.echelles ?? [];
  if (scales.length > 0) {
    mapping.scales = [];
    for (const scale of scales) {
      const column = lookup.column(scale.colonne, scale.path);
      const range = scale.min === undefined && scale.max === undefined ? null : boundsOf(scale);
      if (column !== null) mapping.scales.push({ column, header: lookup.header(column), range });
    }
  }
  // Roles the sidecar did not say stay as found, except on a column it gives another role.
  const claimed = lookup.mapped;
  if (texts.length === 0) {
    mapping.texts = mapping.texts
      .filter((t) => !claimed.has(t.column))
      .map((t) => (t.prefix !== null && claimed.has(t.prefix) ? { ...t, prefix: null } : t));
  }
  if (scales.length === 0) mapping.scales = mapping.scales.filter((s) => !claimed.has(s.column));
  if (!PLACE_KEYS.some(named)) {
    for (const key of ['region', 'department', 'postalCode'] as const) mapping[key] = unclaimed(mapping[key], claimed);
  }
  if (!PROFILE_KEYS.some(named)) mapping.profile = unclaimed(mapping.profile, claimed);
  if (!named('question') && mapping.question !== null && claimed.has(mapping.question.column)) mapping.question = null;
  if (!named('votes') && mapping.weight !== null && claimed.has(mapping.weight.column)) mapping.weight = null;
  return mapping;
}

function unclaimed(column: number | null, claimed: ReadonlySet<number>): number | null {
  return column !== null && claimed.has(column) ? null : column;
}

/**
 * `departement: "59"` names no column but a department: the whole file comes from it, which
 * `departement_fixe` says (the closest header, « id », would send the user the wrong way).
 */
function fixedPlaceHint(name: string, referentiels: Referentiels): string | null {
  const department = referentiels.resolveDepartment(name);
  if (department) {
    return `« ${name} » est le département ${department.name}, pas une colonne du fichier : si toutes les réponses en viennent, écrivez « departement_fixe: "${department.code}" » à la place.`;
  }
  const region = referentiels.resolveRegion(name);
  if (region) {
    return `« ${name} » est la région ${region.name}, pas une colonne du fichier : si toutes les réponses en viennent, écrivez « region_fixe: ${region.name} » à la place.`;
  }
  return null;
}
