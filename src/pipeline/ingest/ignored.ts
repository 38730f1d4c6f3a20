/**
 * Files in the notes' or surveys' folders that are neither a note nor a survey (see
 * io/read-consultation.ts): one warning each, saying what to do with it, so that a survey saved
 * from Excel as .xlsx or a note typed in Word is never left out without a word.
 */
import type { Diagnostic } from '../model.ts';
import { diagnostic } from '../diagnostics.ts';
import { NOTES_DIR } from '../io/folders.ts';

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|numbers)$/i;
const DOCUMENT = /\.(docx?|odt|rtf|pdf|pages)$/i;
const IMAGE = /\.(jpe?g|png|gif|webp|heic|tiff?)$/i;

export function ignoredDiagnostics(files: readonly string[]): Diagnostic[] {
  return files.map((file) =>
    diagnostic({
      code: 'fichier-ignore',
      severity: 'warning',
      message: file.startsWith(`${NOTES_DIR}/`)
        ? 'Fichier ignoré : seules les notes .md sont lues dans ce dossier.'
        : 'Fichier ignoré : seuls les fichiers .csv (ou .tsv, .txt) et leurs fiches .yml sont lus dans ce dossier.',
      hint: advice(file),
      file,
    }),
  );
}

function advice(file: string): string {
  if (SPREADSHEET.test(file)) {
    return 'Enregistrez ce classeur au format CSV (dans Excel : Fichier › Enregistrer sous › « CSV UTF-8 ») dans data/enquetes/, puis retirez le classeur.';
  }
  if (file.endsWith('.yaml')) return 'La fiche d’une enquête porte le nom de son CSV avec l’extension .yml : renommez-la.';
  if (DOCUMENT.test(file)) {
    return 'Une note d’atelier est un fichier texte .md : recopiez ce compte rendu dans une note créée par la page /saisie/ ou par « npx livre-blanc new », puis retirez ce fichier.';
  }
  if (IMAGE.test(file)) {
    return 'Les photos ne sont pas lues : recopiez ce qu’elles montrent (post-it, tableau) dans la note de l’atelier, puis rangez-les hors de ce dossier.';
  }
  return 'Renommez-le s’il s’agit d’une note (.md) ou d’une enquête (.csv), sinon rangez-le hors de ce dossier.';
}
