/**
 * The note parser on text nobody here wrote: generated notes (fast-check) and the real
 * "cahiers de doléances" transcriptions. It never throws, never invents a line, never loses an item.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FRONT_MATTER, parse } from './helpers.ts';

/** Invariants every parse must keep, whatever the input. */
function expectSound(content: string): ReturnType<typeof parse> {
  const result = parse(content);
  const lines = content.split('\n').length;
  const [reconciliation] = result.reconciliation;
  expect(result.reconciliation).toHaveLength(1);
  expect(reconciliation?.read).toBe((reconciliation?.kept ?? 0) + (reconciliation?.rejected ?? 0));
  expect(reconciliation?.kept).toBe(result.items.length);
  expect(new Set(result.items.map((i) => i.id)).size).toBe(result.items.length);
  for (const item of result.items) {
    expect(item.text.trim()).toBe(item.text);
    expect(item.text.length).toBeGreaterThan(0);
    expect(item.source.line).toBeGreaterThanOrEqual(1);
    expect(item.source.line).toBeLessThanOrEqual(lines);
    expect(Number.isInteger(item.weight) && item.weight >= 0).toBe(true);
  }
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.code).not.toBe('note-illisible');
  }
  return result;
}

const fragment = fc.oneof(
  fc.constantFrom('## Ce qui fonctionne', '## Difficultés', '### Besoins', '# Titre', '## Divers', '---', '', '> - cité'),
  fc.constantFrom('- ', '* ', '1. ', '  - ', '    - ', '• ', '- [ ] ').chain((bullet) =>
    fc.string({ maxLength: 40 }).map((text) => `${bullet}${text}`),
  ),
  fc.constantFrom(' #saisie', ' (3 votes)', ' (-1 vote)', ' `#code`', ' [lien](http://x)', ' <b>', ' | a | b |'),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('note parser robustness', () => {
  it('keeps its invariants on generated notes', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), fc.boolean(), (lines, withHeader) => {
        expectSound((withHeader ? FRONT_MATTER : '') + lines.join('\n'));
      }),
      { numRuns: 300, seed: 20260912 },
    );
  });

  it('keeps its invariants on generated front matter', () => {
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant('[1, 2'), fc.constant('{ a: 1 }'), fc.constant('"x'));
    const key = fc.constantFrom('titre', 'date', 'format', 'region', 'departements', 'participants', 'profil', 'inconnue', '  total');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const header = pairs.map(([k, v]) => `${k}: ${v}`).join('\n');
        expectSound(`---\n${header}\n---\n\n## Ce qui fonctionne\n- Un.\n`);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

/** A numbered line as the notes read one: « 1. », « 1) », « 1 », « 1- », « 1/ ». */
const NUMBERED = /^\s*\d{1,3}(?:\s*[-–/.)])?\s+\D/;
const ITEM_START = /^\s*(?:[-−•\uF0B7]\s|\d{1,3}(?:\s*[-–/.)])?\s+\D)/;

const cahiers = path.resolve(import.meta.dirname, '../../..', 'shared/real-data/cahiers-doleances-sample/dataset.csv');

describe.skipIf(!existsSync(cahiers))('real cahiers de doléances pasted into notes (../shared/real-data)', () => {
  it('reads every bullet ("-", "−", "•") and numbered line ("1.", "1)", "1 ", "1-") of the transcriptions as one item, on its own line', () => {
    const rows = Papa.parse<{ id: string; content: string }>(readFileSync(cahiers, 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(10);
    let total = 0;
    for (const row of rows) {
      const body = `## Propositions\n${row.content.replace(/^\n/, '')}`;
      const content = `${FRONT_MATTER}\n${body}`;
      const result = expectSound(content);
      const lines = content.split('\n');
      const bullets = lines.filter((line) => /^\s*[-−•\uF0B7]\s/.test(line)).length;
      const numbered = lines.filter((line) => NUMBERED.test(line)).length;
      // Every bullet is an item; numbered lines are items when Markdown sees a list there, or when their numbers follow each other.
      expect(result.items.length, `cahier ${row.id}`).toBeGreaterThanOrEqual(bullets);
      expect(result.items.length, `cahier ${row.id}`).toBeLessThanOrEqual(bullets + numbered);
      for (const item of result.items) {
        const line = lines[item.source.line - 1] ?? '';
        expect(line).toMatch(ITEM_START);
        expect(item.declaredTag).toBe('needs');
        // The first words of the item are on its line, accents and quotes intact.
        expect(line).toContain(item.text.split(' ').slice(0, 3).join(' '));
      }
      total += result.items.length;
    }
    expect(total).toBeGreaterThan(20);
  });
});
