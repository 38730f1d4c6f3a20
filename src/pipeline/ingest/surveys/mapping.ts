/**
 * Which mapping reads a survey: the sidecar's `colonnes.textes` when given, else a platform adapter
 * recognised by its headers, else header aliases. Sidecar location, profile and scale columns apply
 * to all three. A mapping with no text column is blocking: there would be nothing to read. Only the
 * header aliases report the columns they leave unread: a sidecar names its columns on purpose, and an
 * adapter reads a platform's export whose other columns are its metadata.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import type { Table } from './csv.ts';
import type { Sidecar } from './sidecar.ts';
import { duplicateDiagnostics, indexHeader } from './header-index.ts';
import { applyContextColumns, applyTextColumns, createLookup } from './sidecar-mapping.ts';
import { aliasMapping } from './alias-mapping.ts';
import { unmappedColumnDiagnostics } from './unmapped-columns.ts';
import { adapterMapping } from './adapters/index.ts';
import { matchProfile } from './profiles.ts';
import { emptyMapping, type Mapping } from './mapping-types.ts';

export function resolveMapping(
  table: Table,
  sidecar: Sidecar | null,
  referentiels: Referentiels,
  file: string,
): { mapping: Mapping; diagnostics: Diagnostic[] } {
  const index = indexHeader(table.header);
  const columns = sidecar?.columns ?? null;
  const diagnostics: Diagnostic[] = [];
  let mapping: Mapping;
  let mapped = new Set<number>();

  if (sidecar && columns) {
    const lookup = createLookup(index, sidecar);
    const adapted = (columns.textes ?? []).length === 0 ? adapterMapping(table.header) : null;
    mapping = adapted ?? emptyMapping('fichier-yml');
    applyTextColumns(mapping, columns, lookup);
    applyContextColumns(mapping, columns, lookup);
    diagnostics.push(...lookup.diagnostics, ...fixedValues(mapping, sidecar, referentiels));
    mapped = lookup.mapped;
  } else {
    const adapted = adapterMapping(table.header);
    if (adapted) mapping = adapted;
    else {
      const aliases = aliasMapping(table.header, table.records, file, table.headerLine);
      mapping = aliases.mapping;
      diagnostics.push(...aliases.diagnostics, ...unmappedColumnDiagnostics(table, mapping, file));
    }
  }
  diagnostics.push(...duplicateDiagnostics(index, mapped, file, table.headerLine));

  // Text columns named but missing are already reported, once each.
  const namedTexts = (columns?.textes ?? []).length > 0;
  if (mapping.texts.length === 0 && !namedTexts) {
    const inSidecar = sidecar !== null && columns !== null;
    diagnostics.push(
      diagnostic({
        code: 'aucune-colonne-texte',
        severity: 'blocking',
        message: inSidecar
          ? 'Les paramètres de l’enquête ne nomment aucune colonne de texte (colonnes.textes) : aucune réponse ne peut être lue.'
          : 'Aucune colonne de texte libre n’a été reconnue dans l’en-tête : aucune réponse ne peut être lue.',
        hint: inSidecar
          ? 'Ajoutez sous « colonnes » une liste « textes » : - { colonne: "Ce qui fonctionne", tag: working }.'
          : 'Ajoutez un fichier .yml du même nom que le CSV, avec « colonnes.textes » nommant les colonnes de texte.',
        file: inSidecar ? sidecar.file : file,
        line: inSidecar ? sidecar.lineOf(['colonnes']) : table.headerLine,
      }),
    );
  }
  return { mapping, diagnostics };
}

/** `region_fixe` must be a known region (blocking: every item would be misplaced); `profil_fixe` a known profile. */
function fixedValues(mapping: Mapping, sidecar: Sidecar, referentiels: Referentiels): Diagnostic[] {
  const columns = sidecar.columns;
  const diagnostics: Diagnostic[] = [];
  if (columns?.region_fixe !== undefined) {
    mapping.regionFixed = referentiels.resolveRegion(columns.region_fixe);
    if (!mapping.regionFixed) {
      diagnostics.push(
        diagnostic({
          code: 'region-inconnue',
          severity: 'blocking',
          message: `Région inconnue dans region_fixe : « ${columns.region_fixe} ».`,
          hint: 'Écrivez le nom d’une des 18 régions (« Hauts-de-France ») ou son code INSEE (« 32 »).',
          file: sidecar.file,
          line: sidecar.lineOf(['colonnes', 'region_fixe']),
        }),
      );
    }
  }
  if (columns?.profil_fixe !== undefined) {
    mapping.profileFixed = matchProfile(columns.profil_fixe) ?? 'autre';
    if (matchProfile(columns.profil_fixe) === null) {
      diagnostics.push(
        diagnostic({
          code: 'profil-inconnu',
          severity: 'warning',
          message: `Profil inconnu dans profil_fixe : « ${columns.profil_fixe} » ; les réponses sont classées « autre ».`,
          hint: 'Profils reconnus : conseiller, direction, accueil, partenaire, jeune, autre.',
          file: sidecar.file,
          line: sidecar.lineOf(['colonnes', 'profil_fixe']),
        }),
      );
    }
  }
  return diagnostics;
}
