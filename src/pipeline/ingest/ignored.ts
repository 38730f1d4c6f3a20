/**
 * Files in the notes' or surveys' folders that are neither a note nor a survey (see
 * io/read-consultation.ts): one diagnostic each, saying what to do with it. Blocking when the file
 * holds feedback that the white paper would lose without it — a workbook other than .xlsx (.xls,
 * .ods…), a report typed in Word or saved as PDF or .txt, a survey or a note in the other's folder —
 * since « peut être publiée » would then be false; a warning for what is not feedback in itself
 * (a photo, whose post-its the note copies, a read-me, anything else).
 */
import type { Diagnostic } from '../model.ts';
import { diagnostic } from '../diagnostics.ts';
import { NOTES_DIR } from '../io/folders.ts';

const SPREADSHEET = /\.(xlsx|xlsm|xlsb|xls|ods|numbers)$/i;
const SURVEY_TEXT = /\.(csv|tsv)$/i;
const NOTE_TEXT = /\.(md|markdown)$/i;
const DOCUMENT = /\.(docx?|odt|rtf|pdf|pages|txt)$/i;
const IMAGE = /\.(jpe?g|png|gif|webp|heic|tiff?)$/i;
/** A read-me beside the notes (« lisez-moi.txt », « consignes.pdf ») is not a workshop's feedback. */
const READ_ME = /(^|\/)(lisez[-_ ]?moi|readme|a[-_ ]lire|consignes?)[^/]*$/i;

export function ignoredDiagnostics(files: readonly string[]): Diagnostic[] {
  return files.map((file) => {
    const inNotes = file.startsWith(`${NOTES_DIR}/`);
    const { hint, lost } = advice(file, inNotes);
    return diagnostic({
      code: 'fichier-ignore',
      severity: lost ? 'blocking' : 'warning',
      message:
        (inNotes
          ? 'Fichier ignoré : seules les notes .md sont lues dans ce dossier.'
          : 'Fichier ignoré : seuls les fichiers .csv (ou .tsv, .txt), les classeurs .xlsx et leurs fiches .yml sont lus dans ce dossier.') +
        (lost ? ' Ce qu’il contient manquerait au livre blanc.' : ''),
      hint,
      file,
    });
  });
}

/** What to do with the file, and whether the feedback it holds would be lost. */
function advice(file: string, inNotes: boolean): { hint: string; lost: boolean } {
  if (SPREADSHEET.test(file)) {
    return {
      lost: true,
      hint: inNotes
        ? 'Une enquête se range dans data/enquetes/ : déplacez-y ce classeur (au format .xlsx, ou enregistré en « CSV UTF-8 »).'
        : 'Enregistrez ce classeur au format .xlsx ou CSV (dans Excel : Fichier › Enregistrer sous › « Classeur Excel » ou « CSV UTF-8 ») dans data/enquetes/, puis retirez-le.',
    };
  }
  if (inNotes && SURVEY_TEXT.test(file)) return { lost: true, hint: 'Une enquête se range dans data/enquetes/ : déplacez-y ce fichier.' };
  if (!inNotes && NOTE_TEXT.test(file)) return { lost: true, hint: `Une note d’atelier se range dans ${NOTES_DIR}/<région>/ : déplacez-y ce fichier.` };
  if (file.endsWith('.yaml')) return { lost: false, hint: 'La fiche d’une enquête porte le nom de son CSV avec l’extension .yml : renommez-la.' };
  if (DOCUMENT.test(file) && !READ_ME.test(file)) {
    return {
      lost: true,
      hint: 'Une note d’atelier est un fichier texte .md : recopiez ce compte rendu dans une note créée par la page /saisie/ ou par « npx livre-blanc new », puis retirez ce fichier.',
    };
  }
  if (IMAGE.test(file)) {
    return { lost: false, hint: 'Les photos ne sont pas lues : recopiez ce qu’elles montrent (post-it, tableau) dans la note de l’atelier, puis rangez-les hors de ce dossier.' };
  }
  return { lost: false, hint: 'Renommez-le s’il s’agit d’une note (.md) ou d’une enquête (.csv), sinon rangez-le hors de ce dossier.' };
}
