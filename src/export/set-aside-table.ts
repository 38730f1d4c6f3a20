/**
 * The « Écartés » sheet and `ecartes.csv`: every entry the bilan counts as set aside, one per row,
 * where it was read, why (the bilan's reason in French and the code of its diagnostic) and its text as
 * read — masked and cut by the pipeline (pipeline/set-aside.ts). Per file and reason, the rows are as
 * many as the bilan's counts: the bureau can audit each non-answer, empty bullet or field in excess.
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { REJECTION_REASONS } from '../pipeline/rejection-reasons.ts';
import type { NamedTable } from './tables.ts';
import { noteRow } from './cells.ts';
import { ANSWER_HEADER, distinctField, FIELD_HEADER } from './source-columns.ts';

export const SET_ASIDE_SHEET = 'Écartés';
export const SET_ASIDE_NAME = 'ecartes';

/** The only row of the list when the bilan sets nothing aside. */
export const NOTHING_SET_ASIDE = 'Aucun élément écarté : chaque entrée lue a été retenue.';

// As in « Verbatims »: the line is the file's real line, then a survey answer's number as the site
// cites it, the column a number, a survey's column header (when it is not the question) and the
// question its row answers each their own column (a column « body » is no question).
const HEADERS = ['Fichier', 'Ligne', ANSWER_HEADER, 'Colonne', FIELD_HEADER, 'Question', 'Motif', 'Code', 'Texte lu'] as const;

export function setAsideTable(synthesis: Synthesis): NamedTable {
  return {
    name: SET_ASIDE_NAME,
    sheet: SET_ASIDE_SHEET,
    headers: [...HEADERS],
    rows:
      synthesis.setAside.length === 0
        ? // As the other empty views: headers alone would read as an export that failed.
          [noteRow(NOTHING_SET_ASIDE, HEADERS.length)]
        : synthesis.setAside.map(({ source, question, reason, text }) => {
            const wording = REJECTION_REASONS[reason];
            return [
              source.file, source.line, source.row ?? null, source.column, distinctField(source.field, question), question ?? '',
              wording.one, wording.codes.join(', '), text,
            ];
          }),
  };
}
