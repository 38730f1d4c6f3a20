import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameParts } from '../../src/site/file-name-breaks.ts';

describe('fileNameParts', () => {
  it('cuts after « - », « _ », « . » and « / »', () => {
    expect(fileNameParts('livre-blanc-synthese-2026-12-07.xlsx')).toEqual(['livre-', 'blanc-', 'synthese-', '2026-', '12-', '07.', 'xlsx']);
    expect(fileNameParts('idees-fortes-membres.csv')).toEqual(['idees-', 'fortes-', 'membres.', 'csv']);
    expect(fileNameParts('themes_etiquettes.csv')).toEqual(['themes_', 'etiquettes.', 'csv']);
    expect(fileNameParts('donnees/synthese.json')).toEqual(['donnees/', 'synthese.', 'json']);
    expect(fileNameParts('releve-1.5.csv')).toEqual(['releve-', '1.', '5.', 'csv']);
  });

  it('never leaves a separator alone at the start of a line, nor a line of separators only', () => {
    expect(fileNameParts('.htaccess')).toEqual(['.htaccess']);
    expect(fileNameParts('a--b')).toEqual(['a--', 'b']);
    expect(fileNameParts('fin-')).toEqual(['fin-']);
    expect(fileNameParts('comments')).toEqual(['comments']);
  });

  it('gives the name back when joined, every part but the last ending with a separator', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9._\-/]{0,30}$/), (name) => {
        const parts = fileNameParts(name);
        expect(parts.join('')).toBe(name);
        for (const part of parts.slice(0, -1)) expect(part).toMatch(/[^-_./][-_./]+$/);
        for (const part of parts.slice(1)) expect(part).toMatch(/^[^-_./]/);
      }),
    );
  });
});
