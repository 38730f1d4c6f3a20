/**
 * The corrected line, when a header's slip has one obvious fix: a value with « : » left unquoted
 * (`titre: Atelier Bretagne : Rennes` → `titre: "Atelier Bretagne : Rennes"`), a list where one value
 * is expected (`region: [Bretagne]` → `region: Bretagne`), départements written without brackets
 * (`departements: 29, 35` → `departements: [29, 35]`) or as a postal code (`29000` → `29`), and the
 * line after which the closing `---` is missing. Each says the line to write, not a rule to apply.
 */
import type { Department } from '../../model.ts';

/** `key: value` on one line, the value plain (not quoted, not a list or a block). */
const PLAIN_PAIR = /^(\s*)([^\s:#"'[\]{}][^:#]*?):[ \t]+([^\s"'[{|>].*?)\s*$/u;

/**
 * The line a YAML error most likely comes from, rewritten with its value quoted, when that value holds
 * « : » (YAML reads a second key there). `lines` are the header's; `index` is the error's, 0-based;
 * the line above is looked at too (YAML often blames the next one).
 */
export function quotedValueFix(lines: readonly string[], index: number): { index: number; line: string } | null {
  for (const at of [index, index - 1]) {
    const match = PLAIN_PAIR.exec(lines[at] ?? '');
    if (!match) continue;
    const [, indent = '', key = '', value = ''] = match;
    if (!/:(\s|$)/.test(value)) continue;
    return { index: at, line: `${indent}${key}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` };
  }
  return null;
}

/** The advice for a list written where one value is expected: the line with that value alone. */
export function singleValueAdvice(key: string, values: readonly unknown[], what: string): string {
  const scalars = values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  if (scalars.length === 1) return `${what}, sans crochets : « ${key}: ${scalars[0]} ».`;
  return `${what}, sans crochets : « ${key}: ${scalars[0] ?? '…'} » (gardez celle de l’atelier).`;
}

/** One value made of several département codes separated by commas, semicolons or spaces: the list to write. */
export function departmentListFix(value: string, resolve: (code: string) => Department | null): string | null {
  const parts = value.split(/\s*[,;]\s*|\s+(?:et\s+)?/u).filter(Boolean);
  if (parts.length < 2 || !parts.every((part) => resolve(part) !== null)) return null;
  return `[${parts.join(', ')}]`;
}

/**
 * The header's last line when its closing `---` is missing: the last line of the run of header-like
 * lines (`key: value`, indented lines, `- item`) after the opening one; 1-based, or null. A `#` line
 * ends it: a comment is rare in a header, a Markdown title right after it is not.
 */
export function lastHeaderLine(lines: readonly string[]): number | null {
  let last: number | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^[^\s#:][^:]*:(\s|$)/.test(line) || /^\s+\S/.test(line) || /^\s*- /.test(line)) last = i + 1;
    else break;
  }
  return last;
}
