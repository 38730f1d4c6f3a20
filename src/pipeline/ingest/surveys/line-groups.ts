/**
 * Groups repeated problems by key (a bad value, a kind of error): one diagnostic per group, at its
 * first line, saying how many lines share it — the root cause once, not once per row.
 */

export interface LineGroup {
  key: string;
  firstLine: number;
  firstColumn: number;
  count: number;
  /** French: « à la ligne 12 » or « aux lignes 12, 15, 40… (23 lignes en tout) ». */
  where: string;
}

const SHOWN_LINES = 5;

export class LineGroups {
  private readonly byKey = new Map<string, { firstColumn: number; count: number; lines: number[] }>();

  add(key: string, line: number, column = 1): void {
    const group = this.byKey.get(key);
    if (!group) {
      this.byKey.set(key, { firstColumn: column, count: 1, lines: [line] });
      return;
    }
    group.count++;
    if (group.lines.length <= SHOWN_LINES) group.lines.push(line);
  }

  /** Groups in order of first appearance (which is line order, rows being read in order). */
  groups(): LineGroup[] {
    return [...this.byKey].map(([key, group]) => ({
      key,
      firstLine: group.lines[0] ?? 1,
      firstColumn: group.firstColumn,
      count: group.count,
      where: describeLines(group.lines, group.count),
    }));
  }
}

function describeLines(lines: number[], count: number): string {
  if (count === 1) return `à la ligne ${lines[0] ?? 1}`;
  const shown = lines.slice(0, SHOWN_LINES).join(', ');
  return count > SHOWN_LINES ? `aux lignes ${shown}… (${count} lignes en tout)` : `aux lignes ${shown}`;
}
