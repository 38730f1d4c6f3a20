/**
 * The question each row answers, from the mapping's question column (one row per answer, the question
 * in a column: the Grand Débat's files, Decidim's category or debate). A cell that is only a code
 * (« Q178 », a debate's number) tells the tagger nothing: the sidecar's `questions:` gives its text;
 * codes left without a text are reported once per file, and their rows fall back to the column's own
 * question. Each distinct cell is resolved once.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { foldKey } from '../../text/fold.ts';
import { cellLine, type CsvRecord } from './csv.ts';
import type { QuestionColumn } from './mapping-types.ts';

/** A code, not a question: letters for a prefix at most (« Q178 », « QS-12 », « 23 »). */
const CODE = /^\p{L}{0,3}[-_. ]?\d+\p{L}?$/u;
/** Cells looked at to tell a column of codes from a column of questions. */
const SAMPLE = 200;

/** Whether a column's first non-empty cells are all codes (« Q178 »), not questions. */
export function holdsCodes(records: readonly CsvRecord[], column: number): boolean {
  let seen = 0;
  for (let i = 0; i < records.length && seen < SAMPLE; i++) {
    const cell = (records[i]?.fields[column] ?? '').trim();
    if (cell === '') continue;
    if (!CODE.test(cell)) return false;
    seen++;
  }
  return seen > 0;
}
/** The number that ends a URL path (`…/debates/23`, `…/debates/23/`, `…/debates/23?order=recent`). */
const URL_END = /\/(\d+)\/?(?:[?#].*)?$/;
/** Codes named in the warning; the rest are counted. */
const SHOWN_CODES = 5;

export class QuestionReader {
  private readonly source: QuestionColumn | null;
  private readonly labels: Map<string, string>;
  private readonly header: string;
  /** Cell → the row's question, or null (the column's own question applies). */
  private readonly cache = new Map<string, string | null>();
  /** Codes met without a text, in order of appearance, with the first line of each. */
  private readonly unlabelled = new Map<string, number>();

  constructor(source: QuestionColumn | null, labels: ReadonlyMap<string, string>, header: readonly string[]) {
    this.source = source;
    this.labels = new Map();
    for (const [code, text] of labels) {
      this.labels.set(code.trim(), text);
      this.labels.set(foldKey(code), text);
    }
    this.header = source === null ? '' : (header[source.column] ?? '');
  }

  /** The question of the record's row, or null when its cell is empty or a code without a text. */
  read(record: CsvRecord): string | null {
    if (this.source === null) return null;
    const cell = (record.fields[this.source.column] ?? '').trim();
    if (cell === '') return null;
    let question = this.cache.get(cell);
    if (question === undefined) {
      question = this.resolve(cell);
      this.cache.set(cell, question);
    }
    // Null here means a code without a text: any other cell is its own question.
    if (question === null) {
      const code = this.codeOf(cell);
      if (code !== null && !this.unlabelled.has(code)) this.unlabelled.set(code, cellLine(record, this.source.column));
    }
    return question;
  }

  diagnostics(file: string): Diagnostic[] {
    if (this.source === null || this.unlabelled.size === 0) return [];
    const codes = [...this.unlabelled.keys()];
    const shown = codes.slice(0, SHOWN_CODES).map((c) => `« ${c} »`).join(', ');
    const list = codes.length > SHOWN_CODES ? `${shown}… ${codes.length} en tout` : shown;
    const example = codes[0] ?? '';
    const fromUrl = this.source.read === 'url-end';
    return [
      diagnostic({
        code: 'question-sans-libelle',
        severity: 'warning',
        message: fromUrl
          ? `Les commentaires ne nomment le débat ou la proposition qu’ils commentent que par son numéro (${list}, à la fin de « ${this.header} ») : l’étiquetage lit leurs réponses sans la question posée.`
          : `La colonne « ${this.header} » ne donne que le code de la question (${list}) : l’étiquetage lit ces réponses sans la question posée.`,
        hint: fromUrl
          ? `Donnez le titre de chaque débat (colonne « title/fr » de l’export des débats) dans le fichier .yml de l’enquête : questions: { "${example}": "Faut-il revoir le fonctionnement de l’administration ?" }.`
          : `Donnez le texte de chaque question dans le fichier .yml de l’enquête : questions: { ${example}: "Quels services publics vous manquent ?" }. Une réponse brève (« Hôpital de proximité ») ne dit ce qu’elle est que par sa question.`,
        file,
        line: this.unlabelled.get(example) ?? 1,
        column: this.source.column + 1,
      }),
    ];
  }

  private resolve(cell: string): string | null {
    const code = this.codeOf(cell);
    if (code === null) return null;
    const label = this.labels.get(code) ?? this.labels.get(foldKey(code));
    if (label !== undefined) return label;
    return this.source?.read === 'cell' && !CODE.test(cell) ? cell : null;
  }

  /** The key to look the cell up by: the cell itself, or the number ending its URL. */
  private codeOf(cell: string): string | null {
    if (this.source?.read !== 'url-end') return cell;
    return URL_END.exec(cell)?.[1] ?? null;
  }
}
