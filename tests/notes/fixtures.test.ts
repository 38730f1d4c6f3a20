/**
 * Fixture folders: `fixtures/<case>/input.md` → `expected.json` (session fields, items with the
 * fields given, and the exact list of diagnostics as code + line).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parse } from './helpers.ts';

interface Expected {
  description: string;
  session?: Record<string, unknown>;
  names?: string[];
  items: Array<Record<string, unknown>>;
  diagnostics: Array<{ code: string; line: number }>;
}

const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('workshop note fixtures', () => {
  it.each(cases)('%s', (name) => {
    const dir = path.join(FIXTURES, name);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    const file = `content/ateliers/exemple/${name}.md`;
    const result = parse(readFileSync(path.join(dir, 'input.md'), 'utf8'), file);

    expect(result.sessions).toHaveLength(1);
    if (expected.session) expect(result.sessions[0]).toMatchObject(expected.session);
    if (expected.names) expect(result.names).toEqual(expected.names);

    const items = result.items.map((item) => ({ ...item, line: item.source.line, column: item.source.column }));
    expect(items.map((i) => i.text)).toEqual(expected.items.map((i) => i.text));
    expected.items.forEach((want, index) => expect(items[index], `item ${index + 1}`).toMatchObject(want));
    for (const item of result.items) {
      expect(item.sessionId).toBe(result.sessions[0]?.id);
      expect(item.source.file).toBe(file);
    }

    const got = result.diagnostics.map((d) => ({ code: d.code, line: d.line })).sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
    expect(got).toEqual(expected.diagnostics);

    const [reconciliation] = result.reconciliation;
    expect(reconciliation?.kept).toBe(result.items.length);
    expect(reconciliation?.read).toBe((reconciliation?.kept ?? 0) + (reconciliation?.rejected ?? 0));
  });
});
