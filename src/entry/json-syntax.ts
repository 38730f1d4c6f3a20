/**
 * Where a JSON text stops being JSON, and why, in French: for `new --depuis brouillon.json`, whose
 * author is no developer. `JSON.parse` stays the parser; this is only run once it has refused the
 * text, because its messages are English and differ between Node versions (some give a position,
 * « Unexpected token '`', "```json…" is not valid JSON » does not). A small scanner of the JSON
 * grammar (RFC 8259) finds the first offending character instead, with its line and column.
 */

export interface JsonSyntaxError {
  /** 1-based, counted as an editor does: a line break is \n, \r\n or \r; a column is one character. */
  line: number;
  column: number;
  /** French, lower-case start, no final full stop: « caractère inattendu « ` » ». */
  reason: string;
}

class Stop extends Error {
  readonly offset: number;
  readonly reason: string;
  constructor(offset: number, reason: string) {
    super(reason);
    this.offset = offset;
    this.reason = reason;
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
/** Quotes a text copied from a word processor (or written as in JavaScript) has where JSON wants « " ». */
const QUOTES = new Set(['“', '”', '„', '‘', '’', '«', '»', "'"]);

/** The first syntax error of `text`, or null when it is JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    new Scanner(text).document();
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.offset), reason: error.reason };
  }
}

class Scanner {
  private at = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  document(): void {
    this.value();
    this.spaces();
    if (this.at < this.text.length) throw new Stop(this.at, `texte en trop après la fin du JSON, à partir de « ${String.fromCodePoint(this.text.codePointAt(this.at) ?? 0)} »`);
  }

  private spaces(): void {
    while (this.at < this.text.length && WHITESPACE.has(this.text.charAt(this.at))) this.at++;
  }

  private end(what: string): Stop {
    return new Stop(this.text.length, `le fichier s’arrête avant la fin du JSON (${what})`);
  }

  private unexpected(expected: string): Stop {
    const char = String.fromCodePoint(this.text.codePointAt(this.at) ?? 0);
    if (QUOTES.has(char)) return new Stop(this.at, unexpectedCharacter(this.text, this.at));
    return new Stop(this.at, `caractère inattendu « ${char} », alors qu’on attend ${expected}`);
  }

  private value(): void {
    this.spaces();
    if (this.at >= this.text.length) throw this.end('il manque une valeur');
    const char = this.text.charAt(this.at);
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) if (this.text.startsWith(word, this.at)) return void (this.at += word.length);
    throw new Stop(this.at, unexpectedCharacter(this.text, this.at));
  }

  private object(): void {
    this.at++; // {
    this.spaces();
    if (this.text.charAt(this.at) === '}') return void this.at++;
    for (;;) {
      this.spaces();
      if (this.at >= this.text.length) throw this.end('il manque « } »');
      if (this.text.charAt(this.at) !== '"') {
        if (this.text.charAt(this.at) === '}') throw new Stop(this.at, 'virgule en trop avant « } »');
        throw this.unexpected('un nom de clé entre guillemets droits (« "titre" »)');
      }
      this.string();
      this.spaces();
      if (this.at >= this.text.length) throw this.end('il manque « : » et une valeur');
      if (this.text.charAt(this.at) !== ':') throw this.unexpected('« : » après le nom de la clé');
      this.at++;
      this.value();
      this.spaces();
      if (this.at >= this.text.length) throw this.end('il manque « } »');
      const next = this.text.charAt(this.at);
      this.at++;
      if (next === '}') return;
      if (next !== ',') {
        this.at--;
        throw this.unexpected('une virgule ou « } »');
      }
    }
  }

  private array(): void {
    this.at++; // [
    this.spaces();
    if (this.text.charAt(this.at) === ']') return void this.at++;
    for (;;) {
      this.spaces();
      if (this.text.charAt(this.at) === ']') throw new Stop(this.at, 'virgule en trop avant « ] »');
      this.value();
      this.spaces();
      if (this.at >= this.text.length) throw this.end('il manque « ] »');
      const next = this.text.charAt(this.at);
      this.at++;
      if (next === ']') return;
      if (next !== ',') {
        this.at--;
        throw this.unexpected('une virgule ou « ] »');
      }
    }
  }

  private string(): void {
    const start = this.at;
    this.at++; // "
    for (;;) {
      if (this.at >= this.text.length) throw new Stop(start, 'texte sans guillemet « " » de fin');
      const char = this.text.charAt(this.at);
      if (char === '"') return void this.at++;
      if (char === '\n' || char === '\r') throw new Stop(this.at, 'retour à la ligne dans un texte : écrivez « \\n » à la place, ou fermez le guillemet');
      if (char < ' ') throw new Stop(this.at, 'caractère de contrôle dans un texte (une tabulation s’écrit « \\t »)');
      if (char === '\\') {
        const escaped = this.text.charAt(this.at + 1);
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) throw new Stop(this.at, '« \\u » doit être suivi de quatre chiffres hexadécimaux');
          this.at += 6;
          continue;
        }
        if (!ESCAPES.has(escaped)) {
          throw new Stop(this.at, `« \\${escaped} » n’est pas un échappement JSON (une barre oblique inverse s’écrit « \\\\ »)`);
        }
        this.at += 2;
        continue;
      }
      this.at++;
    }
  }

  private number(): void {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.at, this.at + 400));
    const length = match?.[0].length ?? 0;
    const next = this.text.charAt(this.at + length);
    if (length === 0 || /[0-9.eE+-]/.test(next)) throw new Stop(this.at, 'nombre mal écrit (par exemple « 14 », « 2.5 », sans zéro en tête)');
    this.at += length;
  }
}

/** « caractère inattendu « ` » », with a word for quotes that are not JSON's straight ones. */
function unexpectedCharacter(text: string, at: number): string {
  const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
  if (QUOTES.has(char)) return `caractère inattendu « ${char} » : les clés et les textes s’écrivent entre guillemets droits doubles « " »`;
  if (/^\p{L}/u.test(char)) return `caractère inattendu « ${char} » : un texte s’écrit entre guillemets droits « " »`;
  return `caractère inattendu « ${char} »`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '\n' || (char === '\r' && text.charAt(i + 1) !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  // Characters, not UTF-16 units: an emoji earlier on the line counts as one column.
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}
