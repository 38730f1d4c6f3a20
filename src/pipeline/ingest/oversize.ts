/** Files refused before reading because of their size (see io/read-consultation.ts): one blocking diagnostic each. */
import type { Diagnostic } from '../model.ts';
import type { IngestReconciliation } from './result.ts';
import type { OversizeFile } from '../io/consultation-input.ts';
import { diagnostic } from '../diagnostics.ts';

export function oversizeDiagnostics(files: readonly OversizeFile[]): Diagnostic[] {
  return files.map(({ file, kind, bytes, limit }) =>
    diagnostic({
      code: 'fichier-trop-volumineux',
      severity: 'blocking',
      message:
        kind === 'survey'
          ? `Le fichier d’enquête fait ${size(bytes)}, au-delà de la limite de ${size(limit)} : il n’est pas lu.`
          : `Le fichier fait ${size(bytes)}, au-delà de la limite de ${size(limit)} pour une note d’atelier : il n’est pas lu.`,
      hint:
        kind === 'survey'
          ? 'Découpez l’export en plusieurs fichiers CSV dans data/enquetes/ (par région ou par période, par exemple), chacun avec son en-tête.'
          : 'Une note décrit un atelier et fait quelques kilo-octets : découpez ce fichier en une note par atelier, ou retirez-le.',
      file,
    }),
  );
}

/** The refused files appear in the bilan, with nothing read. */
export function oversizeReconciliation(files: readonly OversizeFile[]): IngestReconciliation[] {
  return files.map(({ file }) => ({ file, read: 0, kept: 0, rejected: 0, reasons: [] }));
}

function size(bytes: number): string {
  const format = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  if (bytes >= 1_000_000) return `${format(bytes / 1_000_000)} Mo`;
  if (bytes >= 1_000) return `${format(bytes / 1_000)} ko`;
  return `${bytes} octets`;
}
