/**
 * The planted personal data (tests/fixtures/safety/planted.json) and a scanner that finds each value
 * in a text whatever its spacing: digits compared without spaces, dots, hyphens and parentheses;
 * e-mails and names without regard to case; names word by word.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/safety');
export const PLANTED_ROOT = path.join(FIXTURES, 'planted');

export type PlantedKind = 'email' | 'phone' | 'nir' | 'iban' | 'name';

export interface PlantedManifest {
  values: Array<{ kind: PlantedKind; value: string }>;
  warnings: Array<{ file: string; lines: number[] }>;
  cells: Array<{ file: string; line: number; columns: number[] }>;
}

export const PLANTED = JSON.parse(readFileSync(path.join(FIXTURES, 'planted.json'), 'utf8')) as PlantedManifest;

/** Separators people put in numbers, and the spaces HTML and French typography use. */
const SEPARATORS = /[\s.\-()\u00a0\u202f\u2009\u2011]/g;
const MIN_NAME_WORD = 3;

export interface Needle {
  /** The planted value, for the report. */
  value: string;
  /** Which form of the text it looks in. */
  space: keyof PreparedText;
  /** Offset of the value in that form, or -1. */
  test(prepared: PreparedText): number;
}

/** A text in the forms the needles look at, computed once per file. */
export interface PreparedText {
  lower: string;
  /** Upper-case, without separators: for digits, NIR and IBAN. */
  compact: string;
}

export function prepare(text: string): PreparedText {
  const normal = text.normalize('NFC');
  return { lower: normal.toLocaleLowerCase('fr-FR'), compact: normal.toUpperCase().replace(SEPARATORS, '') };
}

/** One needle per planted value; names give one needle per word of 3 letters or more. */
export function needles(manifest: PlantedManifest = PLANTED): Needle[] {
  return manifest.values.flatMap(({ kind, value }): Needle[] => {
    if (kind === 'name') {
      return value
        .split(/[\s-]+/)
        .filter((word) => word.length >= MIN_NAME_WORD)
        .map((word) => {
          const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.normalize('NFC').toLocaleLowerCase('fr-FR')}(?![\\p{L}\\p{N}])`, 'u');
          return { value: `${word} (${value})`, space: 'lower', test: (p) => p.lower.search(pattern) };
        });
    }
    if (kind === 'email') {
      const forms = [value, value.replace(/\s*\((?:at)\)\s*/i, '@')].map((f) => f.toLocaleLowerCase('fr-FR'));
      return [{ value, space: 'lower', test: (p) => Math.max(...forms.map((f) => p.lower.indexOf(f))) }];
    }
    const compact = value.toUpperCase().replace(SEPARATORS, '');
    // A phone is found by its last nine digits: +33 6…, 0033 6… and 06… are the same number.
    const core = kind === 'phone' ? compact.replace(/\D/g, '').slice(-9) : compact;
    return [{ value, space: 'compact', test: (p) => p.compact.indexOf(core) }];
  });
}

export interface Leak {
  value: string;
  file: string;
  excerpt: string;
}

/** Every needle found in every text, with a short excerpt to see where. */
export function findLeaks(texts: ReadonlyArray<{ name: string; text: string }>, all: Needle[] = needles()): Leak[] {
  const leaks: Leak[] = [];
  for (const { name, text } of texts) {
    const prepared = prepare(text);
    for (const needle of all) {
      const at = needle.test(prepared);
      if (at < 0) continue;
      leaks.push({ value: needle.value, file: name, excerpt: prepared[needle.space].slice(Math.max(0, at - 40), at + 60) });
    }
  }
  return leaks;
}
