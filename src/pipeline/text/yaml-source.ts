/**
 * YAML read with positions, so that every problem points at the line of the offending key
 * (front matter of a note, `data/themes.yml`, survey sidecars).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type ErrorCode } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** Lines before the YAML text in its file (the front matter starts after the `---` line). */
  lineOffset: number;
}

export interface YamlProblem {
  position: Position;
  /** French explanation of the first error: later errors are usually its cascade. */
  message: string;
}

/** French hints for the YAML errors people actually make. */
const HINTS: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: "l’indentation est incohérente (utilisez des espaces, alignés sous la clé parente)",
  TAB_AS_INDENT: "une tabulation sert d’indentation : remplacez-la par des espaces",
  DUPLICATE_KEY: 'la même clé apparaît deux fois',
  MISSING_CHAR: 'un guillemet, un crochet ou une accolade n’est pas fermé',
  MULTILINE_IMPLICIT_KEY: 'un guillemet ou un crochet n’est sans doute pas fermé, ou il manque « : » après une clé',
  BLOCK_AS_IMPLICIT_KEY: 'une valeur contient « : » (entourez-la de guillemets) ou une clé est mal indentée',
  UNEXPECTED_TOKEN: 'un caractère inattendu ; entourez la valeur de guillemets si elle contient « : », « # » ou « [ »',
  BAD_SCALAR_START: 'une valeur commence par un caractère réservé ; entourez-la de guillemets',
  BAD_DQ_ESCAPE: 'une barre oblique inverse « \\ » entre guillemets doubles ; utilisez des guillemets simples',
  KEY_OVER_1024_CHARS: 'une clé est trop longue : il manque sans doute « : » ou un retour à la ligne',
  MULTIPLE_DOCS: 'une ligne « --- » de trop coupe le texte en deux documents',
  RESOURCE_EXHAUSTION: 'trop d’alias imbriqués',
};

const INDENTED_KEY = 'cette clé est plus indentée que les autres : alignez-la sur la clé précédente';

/** Parses YAML text; never throws. `problem` is the first error, positioned in the file. */
export function readYaml(text: string, lineOffset = 0): { source: YamlSource; problem: YamlProblem | null } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const source = { document, lineCounter, lineOffset };
  const first = document.errors[0];
  if (!first) return { source, problem: null };
  const detail = HINTS[first.code] ?? 'la syntaxe n’est pas celle attendue';
  // An unclosed quote or bracket is detected where the text ends; point where it was opened instead.
  const unclosed = first.code === 'MISSING_CHAR' || /flow/i.test(first.message) ? findUnclosed(text) : null;
  if (unclosed !== null) return { source, problem: { position: positionAt(source, unclosed), message: HINTS.MISSING_CHAR ?? detail } };
  // "date: 2026-09-12" followed by "  format: x": yaml blames the value above; the culprit is the indented line.
  const indented = first.code === 'BLOCK_AS_IMPLICIT_KEY' ? indentedKeyAfter(text, first.pos[0]) : null;
  if (indented !== null) return { source, problem: { position: positionAt(source, indented), message: INDENTED_KEY } };
  return { source, problem: { position: positionAt(source, first.pos[0]), message: detail } };
}

/** The plain value of a parsed document, or `undefined` when it cannot be built (alias bombs…). */
export function yamlValue(source: YamlSource): unknown {
  try {
    return source.document.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** File position of a character offset of the YAML text. */
export function positionAt(source: YamlSource, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line: line + source.lineOffset, column: col };
}

/**
 * Position of the deepest node found along `path` (mapping keys, sequence indexes): the value
 * when `target` is `value`, otherwise its key. Missing steps stop at the last node found;
 * with nothing found, the start of the YAML text.
 */
export function positionOf(source: YamlSource, path: readonly PropertyKey[], target: 'key' | 'value' = 'value'): Position {
  let node: unknown = source.document.contents;
  let offset: number | null = null;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      const valueStart = rangeStart(pair.value);
      offset = (target === 'key' || valueStart === undefined ? keyStart : valueStart) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item: unknown = node.items[step];
      const start = rangeStart(item);
      if (start === undefined) break;
      offset = start;
      node = item;
    } else {
      break;
    }
  }
  if (offset === null) return { line: 1 + source.lineOffset, column: 1 };
  return positionAt(source, offset);
}

function rangeStart(node: unknown): number | undefined {
  if (!node || typeof node !== 'object' || !('range' in node) || !Array.isArray(node.range)) return undefined;
  const start: unknown = node.range[0];
  return typeof start === 'number' ? start : undefined;
}

/**
 * Offset of the first line whose value opens a quote, `[` or `{` and does not close it on the
 * same line (`titre: "Atelier`, `departements: ["35"`); null when none does.
 */
function findUnclosed(text: string): number | null {
  let offset = 0;
  for (const line of text.split('\n')) {
    const value = /^\s*(?:-\s+)?(?:[^\s:#][^:#]*:\s+)?(["'[{])(.*)$/.exec(line);
    const opener = value?.[1];
    const rest = value?.[2] ?? '';
    if (opener === '"' && !/(?:^|[^\\])"/.test(rest)) return offset;
    if (opener === "'" && !rest.replace(/''/g, '').includes("'")) return offset;
    if (opener === '[' && count(rest, ']') <= count(rest, '[')) return offset;
    if (opener === '{' && count(rest, '}') <= count(rest, '{')) return offset;
    offset += line.length + 1;
  }
  return null;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * When the rest of the line at `offset` holds no `: ` but the next line is an indented `key: value`,
 * the offset of that next line's key; otherwise null.
 */
function indentedKeyAfter(text: string, offset: number): number | null {
  const end = text.indexOf('\n', offset);
  if (end < 0 || /:\s/.test(text.slice(offset, end))) return null;
  const nextEnd = text.indexOf('\n', end + 1);
  const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd);
  const key = /^([ \t]+)[^\s#-][^:]*:(?:\s|$)/.exec(next);
  return key ? end + 1 + (key[1]?.length ?? 0) : null;
}
