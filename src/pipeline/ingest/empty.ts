/** A consultation with nothing to read: blocking, since a white paper without feedback is not one to publish. */
import type { Diagnostic } from '../model.ts';
import { diagnostic } from '../diagnostics.ts';
import { NOTES_DIR, SURVEYS_DIR } from '../io/folders.ts';
import type { ConsultationInput } from '../io/consultation-input.ts';

export function emptyConsultationDiagnostics(input: ConsultationInput): Diagnostic[] {
  if (input.notes.length > 0 || input.surveys.length > 0 || (input.oversize ?? []).length > 0) return [];
  return [
    diagnostic({
      code: 'consultation-vide',
      severity: 'blocking',
      message: `Aucune note d’atelier (${NOTES_DIR}/) ni enquête (${SURVEYS_DIR}/) dans ce dossier : il n’y a rien à publier.`,
      hint:
        'Vérifiez le dossier de la consultation (option --root, ou le dossier où la commande est lancée) : il contient ' +
        `${NOTES_DIR}/<région>/ pour les notes .md et ${SURVEYS_DIR}/ pour les enquêtes .csv. ` +
        'Pour une première note : page /saisie/ ou « npx livre-blanc new ».',
      file: NOTES_DIR,
    }),
  ];
}
