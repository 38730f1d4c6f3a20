/**
 * The same note or survey dropped twice in the consultation's folders (« rennes (copie).md »,
 * « rennes-v2.md », « questionnaire-copie.csv », the .xlsx beside its CSV export): the second one is
 * not read, or its reading is dropped, and a diagnostic on it names the first, so that nothing is
 * counted twice without a word. Linear in the data: notes are compared by their normalised text,
 * surveys by their bytes, then by one hash per row, and only surveys with the same header are compared.
 *
 * - same note: the same text once the BOM, line endings and spaces at line ends are set aside;
 * - same survey: the same bytes, or the same header and the same rows once decoded (another encoding,
 *   another separator, a workbook and its CSV export): blocking, like the same note;
 * - survey included in another: every row of one is in the other, which has more (a later export
 *   that extends an earlier one): a warning, and the smaller one is not counted, since all its
 *   answers are counted through the other;
 * - answers shared by two kept surveys (a reworked extract of another export, under other columns):
 *   set aside in the later one, with a warning (shared-texts.ts).
 */
import type { Diagnostic } from '../model.ts';
import type { SurveyFile, TextFile } from '../io/consultation-input.ts';
import type { SurveyIngest } from './surveys/index.ts';
import type { RowFingerprint } from './surveys/row-fingerprint.ts';
import type { IngestReconciliation } from './result.ts';
import { diagnostic } from '../diagnostics.ts';
import { setAsideSharedTexts } from './shared-texts.ts';

type Kind = 'note' | 'same-bytes' | 'same-rows' | 'included';

interface Duplicate {
  file: string;
  /** The file kept, whose content this one repeats (or, `included`, contains this one's rows). */
  of: string;
  kind: Kind;
  rows?: { own: number; other: number };
}

export class Duplicates {
  private readonly found: Duplicate[] = [];
  private shared: Diagnostic[] = [];

  /** The notes to read: one of each text, in path order. */
  distinctNotes(notes: readonly TextFile[]): TextFile[] {
    const byText = new Map<string, TextFile[]>();
    for (const note of notes) {
      const key = normalisedNote(note.content);
      const same = byText.get(key);
      if (same) same.push(note);
      else byText.set(key, [note]);
    }
    return this.keepFirst([...byText.values()], 'note', notes);
  }

  /** The surveys to parse: one of each series of byte-identical files, in path order. */
  distinctSurveyFiles(surveys: readonly SurveyFile[]): SurveyFile[] {
    const bySize = new Map<number, SurveyFile[][]>();
    for (const survey of surveys) {
      const groups = bySize.get(survey.bytes.length) ?? [];
      bySize.set(survey.bytes.length, groups);
      const same = groups.find((group) => sameBytes((group[0] as SurveyFile).bytes, survey.bytes));
      if (same) same.push(survey);
      else groups.push([survey]);
    }
    return this.keepFirst([...bySize.values()].flat(), 'same-bytes', surveys);
  }

  /**
   * The parsed surveys to count: those whose rows are neither the same as another's (blocking) nor all
   * in a bigger one's (warning), in the order given.
   */
  distinctSurveys(parsed: ReadonlyArray<{ file: string; result: SurveyIngest }>): SurveyIngest[] {
    const byHeader = new Map<string, Array<{ file: string; rows: RowFingerprint; result: SurveyIngest }>>();
    for (const { file, result } of parsed) {
      if (!result.rows || result.rows.hashes.length === 0) continue;
      const group = byHeader.get(result.rows.header) ?? [];
      byHeader.set(result.rows.header, group);
      group.push({ file, rows: result.rows, result });
    }
    const dropped = new Set<SurveyIngest>();
    for (const group of byHeader.values()) {
      if (group.length < 2) continue;
      // The biggest first, then the one whose name is not a copy's: each is compared with those kept before it.
      group.sort((a, b) => b.rows.hashes.length - a.rows.hashes.length || compareRanks(a.file, b.file));
      const kept: Array<{ file: string; rows: RowFingerprint; set: Set<number> }> = [];
      for (const survey of group) {
        const own = survey.rows.hashes;
        const owner = kept.find(({ rows, set }) => own.every((hash) => set.has(hash)) && (rows.hashes.length > own.length || rowsIn(rows.hashes, own)));
        if (!owner) {
          kept.push({ file: survey.file, rows: survey.rows, set: new Set(own) });
          continue;
        }
        const included = owner.rows.hashes.length > own.length;
        this.found.push({ file: survey.file, of: owner.file, kind: included ? 'included' : 'same-rows', rows: { own: own.length, other: owner.rows.hashes.length } });
        dropped.add(survey.result);
      }
    }
    const distinct = parsed.filter(({ result }) => !dropped.has(result));
    // Then the answers a kept file shares with another: set aside in the later one (shared-texts.ts).
    this.shared = setAsideSharedTexts(distinct, compareRanks);
    return distinct.map(({ result }) => result);
  }

  diagnostics(): Diagnostic[] {
    return [...this.found.map(duplicateDiagnostic), ...this.shared];
  }

  /** The files not counted appear in the bilan, with nothing read, as the files too big to be read. */
  reconciliation(): IngestReconciliation[] {
    return this.found.map(({ file }) => ({ file, read: 0, kept: 0, rejected: 0, reasons: [] }));
  }

  /** In each group of same files the one named as an original is kept, the others recorded; the kept ones in their given order. */
  private keepFirst<T extends { file: string }>(groups: T[][], kind: Kind, all: readonly T[]): T[] {
    const dropped = new Set<T>();
    for (const group of groups) {
      if (group.length < 2) continue;
      const [original, ...copies] = [...group].sort((a, b) => compareRanks(a.file, b.file));
      for (const copy of copies) {
        this.found.push({ file: copy.file, of: (original as T).file, kind });
        dropped.add(copy);
      }
    }
    return all.filter((file) => !dropped.has(file));
  }
}

/** A note's text without what an editor or a copy changes unseen: BOM, line endings, spaces at line ends, blank lines at the end. */
export function normalisedNote(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n+$/, '');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every row of `rows` is in `other` (the two being as long: the same rows, maybe in another order). */
function rowsIn(rows: Float64Array, other: Float64Array): boolean {
  const set = new Set(other);
  return rows.every((hash) => set.has(hash));
}

/**
 * Which of two same files is the original: the one whose name is not a copy's (« (copie) », « - Copie »,
 * « (2) », « -v2 », « copy », « bis »), then the usual extension (.md, .csv: a .MD or .markdown is
 * the copy; a workbook's CSV export is kept before the workbook), then the shorter path, then path order.
 */
function compareRanks(a: string, b: string): number {
  const rank = (file: string): [number, number, number] => {
    const name = file.split('/').pop() ?? file;
    const stem = name.replace(/\.[^.]+$/, '');
    const copy = /(\bcop(ie|y)\b|\(\d+\)|[-_ .]v\d+$|\bbis$|\bdoublon\b|\bold\b|\bancien)/i.test(stem) ? 1 : 0;
    const usual = /\.(md|csv)$/.test(name) ? 0 : 1;
    return [copy, usual, file.length];
  };
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] as number) - (rb[i] as number);
  return a < b ? -1 : a > b ? 1 : 0;
}

function duplicateDiagnostic({ file, of, kind, rows }: Duplicate): Diagnostic {
  if (kind === 'included') {
    return diagnostic({
      code: 'enquete-incluse',
      severity: 'warning',
      message:
        `Les ${rows?.own ?? 0} lignes de réponses de ce fichier figurent toutes dans ${of}, qui en compte ${rows?.other ?? 0} ` +
        `(un export plus récent ?) : elles ne sont comptées qu’une fois, depuis ${of}.`,
      hint: 'Retirez de data/enquetes/ l’export le plus ancien (et sa fiche .yml s’il en a une). Si ce sont deux enquêtes différentes, vérifiez que l’une n’a pas été recopiée dans l’autre.',
      file,
    });
  }
  const repeated = kind === 'note' ? 'ses éléments seraient comptés' : 'ses réponses seraient comptées';
  const same = kind === 'same-rows' ? `Mêmes réponses que ${of} (mêmes colonnes, mêmes lignes, dans un autre format ou un autre encodage)` : `Même contenu que ${of}`;
  return diagnostic({
    code: 'fichier-en-double',
    severity: 'blocking',
    message: `${same} : ce fichier est-il un doublon ? Il n’est pas lu : ${repeated} deux fois.`,
    hint:
      kind === 'note'
        ? `Supprimez l’un des deux fichiers (gardez celui nommé AAAA-MM-JJ-lieu.md). S’il s’agit de deux ateliers différents, la note de l’un a été recopiée à la place de l’autre : remettez la bonne.`
        : `Supprimez l’un des deux fichiers de data/enquetes/ (avec sa fiche .yml s’il en a une). S’il s’agit de deux enquêtes différentes, réexportez celle-ci.`,
    file,
  });
}
