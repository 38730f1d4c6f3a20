/**
 * The notices that say how a note was read (a table, numbered lines, a subheading, an enumeration,
 * Word's bullets, lines kept as one text that may be post-its) are infos: nothing is lost and nothing
 * is to fix if the reading is right. What may hide text set aside or misplaced stays a warning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parse } from './helpers.ts';

const READINGS = new Set(['tableau-lu', 'sous-titre-lu', 'lignes-numerotees', 'enumeration-en-ligne', 'caracteres-de-puce', 'post-it-ou-paragraphe']);

const diagnostics = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => parse(readFileSync(path.join(FIXTURES, d.name, 'input.md'), 'utf8'), `content/ateliers/exemple/${d.name}.md`).diagnostics);

describe('reading notices', () => {
  it('are infos, every one of the six codes', () => {
    const readings = diagnostics.filter((d) => READINGS.has(d.code));
    expect(new Set(readings.map((d) => d.code))).toEqual(READINGS);
    for (const d of readings) expect(d.severity, `${d.code} ${d.file}:${d.line}`).toBe('info');
  });

  it('leave what may hide lost or misplaced text a warning', () => {
    const others = diagnostics.filter((d) => !READINGS.has(d.code));
    expect(others.map((d) => d.code)).toEqual(expect.arrayContaining(['colonne-non-publiee', 'texte-hors-liste', 'texte-lu-comme-element']));
    for (const d of others) expect(d.severity, `${d.code} ${d.file}:${d.line}`).not.toBe('info');
  });
});
