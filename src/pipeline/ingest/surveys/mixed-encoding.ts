/**
 * Bytes that are not all well-formed UTF-8: Windows-1252, UTF-8 with a few stray bytes, or a mix of
 * lines of both (a UTF-8 header over Windows-1252 rows, or the reverse), told apart line by line
 * (line-encodings.ts). A mix is read line by line and always reported, at the first line of the
 * rarer encoding: decoding it whole would garble the header (« RÃ©gion ») or the rows (« R�gion »).
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { LineGroups } from './line-groups.ts';
import { decodeByLine, linesOf, surveyLines } from './line-encodings.ts';
import type { Decoded, EncodingSetting } from './encoding.ts';

const MIXED_HINT =
  'Rien ne manque, mais un fichier d’un seul encodage est plus sûr : réexportez l’enquête en « CSV UTF-8 » depuis l’outil d’origine, sans la rouvrir dans Excel (qui lirait mal une partie des lignes).';

/** `bom`: length of the UTF-8 BOM before the text (0 or 3), itself a sign that the file meant UTF-8. */
export function decodeNotUtf8(bytes: Uint8Array, bom: number, setting: EncodingSetting, file: string): Decoded {
  const survey = surveyLines(bytes, bom);
  if (bom > 0 && survey.kinds[0] === 'ascii') survey.kinds[0] = 'utf-8';
  const utf8Lines = linesOf(survey, 'utf-8', 'stray');
  const cp1252Lines = linesOf(survey, 'windows-1252');
  const strayLines = linesOf(survey, 'stray');
  const cp1252 = (): string => new TextDecoder('windows-1252').decode(bytes.subarray(bom));
  const warn = (code: string, message: string, hint: string, line: number): Diagnostic =>
    diagnostic({ code, severity: 'warning', message, hint, file, line });

  if (setting === 'windows-1252' && bom === 0) {
    // As declared, so that a file misread as mixed can still be forced; but its UTF-8 lines are said.
    const diagnostics =
      utf8Lines.length === 0
        ? []
        : [warn('encodage-mixte', `Le fichier est déclaré en windows-1252, mais il est écrit en UTF-8 ${where(utf8Lines)} : lues en windows-1252 comme demandé, ces lignes ont leurs accents mal lus (« Ã© » pour « é »).`, 'Mettez « encodage: auto » dans le fichier .yml de l’enquête : chaque ligne est alors lue dans son encodage.', utf8Lines[0] ?? 1)];
    return { text: cp1252(), encoding: 'windows-1252', diagnostics };
  }
  if (utf8Lines.length === 0) {
    if (setting === 'auto') return { text: cp1252(), encoding: 'windows-1252', diagnostics: [] };
    // Declared UTF-8 but written in Windows-1252: blocking, yet read as Windows-1252 from here on so that
    // the accented headers do not come back as a cascade of « missing » columns.
    const message = `Le fichier est déclaré en UTF-8 mais contient des octets illisibles en UTF-8 ${firstAndOthers(cp1252Lines)} : il semble écrit en windows-1252.`;
    const hint = 'Mettez « encodage: auto » ou « encodage: windows-1252 » dans le fichier .yml de l’enquête.';
    const blocking = diagnostic({ code: 'octets-non-decodables', severity: 'blocking', message, hint, file, line: cp1252Lines[0] ?? 1 });
    return { text: cp1252(), encoding: 'windows-1252', diagnostics: [blocking] };
  }

  const diagnostics: Diagnostic[] = [];
  if (cp1252Lines.length > 0) {
    const minority = cp1252Lines.length <= utf8Lines.length ? cp1252Lines : utf8Lines;
    const message = `Ce fichier mêle deux encodages : UTF-8 ${where(utf8Lines)}, windows-1252 ${where(cp1252Lines)}. Chaque ligne est lue dans son propre encodage.`;
    diagnostics.push(warn('encodage-mixte', message, MIXED_HINT, minority[0] ?? 1));
  }
  if (strayLines.length > 0) {
    const message = `Octets illisibles en UTF-8 ${firstAndOthers(strayLines)} : les caractères concernés sont remplacés par « � ».`;
    diagnostics.push(warn('octets-non-decodables', message, 'Corrigez les caractères de cette ligne, ou réenregistrez le fichier en UTF-8.', strayLines[0] ?? 1));
  }
  const text = cp1252Lines.length > 0 ? decodeByLine(bytes, survey) : new TextDecoder('utf-8').decode(bytes.subarray(bom));
  return { text, encoding: 'utf-8', diagnostics };
}

/** « à la ligne 4 », « aux lignes 2, 3, 4, 5, 6… (40 lignes en tout) ». */
function where(lines: readonly number[]): string {
  const groups = new LineGroups();
  for (const line of lines) groups.add('', line);
  return groups.groups()[0]?.where ?? '';
}

/** « à la ligne 3 (et sur 2 autres lignes) »: the wording of the undecodable bytes' diagnostics. */
function firstAndOthers(lines: readonly number[]): string {
  const others = lines.length - 1;
  const plural = others > 1 ? 's' : '';
  return `à la ligne ${lines[0] ?? 1}` + (others > 0 ? ` (et sur ${others} autre${plural} ligne${plural})` : '');
}
