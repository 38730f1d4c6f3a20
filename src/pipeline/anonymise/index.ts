/**
 * The anonymise stage: personal data never reaches the site or the exports. Every replacement is also
 * a warning at the item's line, so the ambassador can clean the source itself.
 */
import type { Diagnostic, RawItem } from '../model.ts';
import type { TextFile } from '../io/consultation-input.ts';
import { diagnostic } from '../diagnostics.ts';
import { PERSONAL_DATA_PATTERNS } from './patterns.ts';
import { expandNames, nameKey, namesPattern, screening, type NameReplacement } from './names.ts';
import { CIVILITY_NEEDS, maskCivilityNames } from './civility.ts';
import { GIVEN_NAME_NEEDS, maskGivenNames } from './given-names.ts';
import { PERSON_PLACEHOLDER, readPseudonyms } from './pseudonyms.ts';

export interface Redaction {
  text: string;
  /** French labels of what was replaced, in order of first appearance. */
  found: string[];
  /** The replaced pieces of text as written, to point at their line in the source. */
  matches: string[];
}

/** Builds a redactor for a set of declared names; the patterns are compiled once. */
export function createRedactor(replacements: readonly NameReplacement[]): (text: string) => Redaction {
  return screened(buildRedactor(replacements));
}

/** Redacts only the texts that pass the quick screening (see names.ts `screening`). */
function screened(redactor: Redactor): (text: string) => Redaction {
  return (text) => (redactor.mayHold(text) ? redactor.redact(text) : { text, found: [], matches: [] });
}

interface Redactor {
  /** False when the text surely holds nothing to mask (most texts): `redact` can be skipped. */
  mayHold(text: string): boolean;
  redact(text: string): Redaction;
}

/**
 * Declared names first (their pseudonyms win), then the names nobody declared: after a civility
 * (civility.ts) and « Prénom NOM » / « Prénom N. » (given-names.ts), which also take along what a
 * declared first name left (« M. [personne] Le Goff » → « M. [personne] »).
 */
function buildRedactor(replacements: readonly NameReplacement[]): Redactor {
  const names = expandNames(replacements);
  const byName = new Map(names.map((n) => [nameKey(n.name), n.replacement]));
  const namePattern = namesPattern(names);
  const screen = screening(names);
  const pseudonyms = [...new Set(replacements.map((r) => r.replacement).filter((r) => r !== PERSON_PLACEHOLDER))];
  const redact = (text: string): Redaction => {
    const found: string[] = [];
    const matches: string[] = [];
    let result = text;
    for (const { pattern, placeholder, label, needs } of PERSONAL_DATA_PATTERNS) {
      if (!needs.test(result)) continue;
      result = result.replace(pattern, (match) => {
        if (!found.includes(label)) found.push(label);
        matches.push(match);
        return placeholder;
      });
    }
    if (namePattern) {
      result = result.replace(namePattern, (match) => {
        if (!found.includes('nom de personne')) found.push('nom de personne');
        matches.push(match);
        return byName.get(nameKey(match)) ?? PERSON_PLACEHOLDER;
      });
    }
    for (const [index, mask] of UNDECLARED.entries()) {
      if ((needed(result) & (1 << index)) === 0) continue;
      const masked = mask.apply(result, pseudonyms);
      if (!masked.matches.length) continue;
      if (!found.includes('nom de personne')) found.push('nom de personne');
      matches.push(...masked.matches);
      result = masked.text;
    }
    return { text: result, found, matches };
  };
  // mayHold then redact test the same text: the answers are kept, each test scans it whole.
  let tested: string | null = null;
  let answers = 0;
  /** Bit i set when the text passes UNDECLARED[i]'s test. */
  const needed = (text: string): number => {
    if (text !== tested) {
      tested = text;
      answers = 0;
      UNDECLARED.forEach((mask, i) => {
        if (mask.needs.test(text)) answers |= 1 << i;
      });
    }
    return answers;
  };
  return { mayHold: (text) => screen(text) || needed(text) !== 0, redact };
}

interface Undeclared {
  /** What every text the detector changes holds: most texts fail it and skip the detector. */
  needs: RegExp;
  apply: (text: string, keep: readonly string[]) => { text: string; matches: string[] };
}

/** Detectors of names nobody declared, each with the cheap test that every text it changes passes. */
const UNDECLARED: readonly Undeclared[] = [
  { needs: CIVILITY_NEEDS, apply: (text, keep) => maskCivilityNames(text, PERSON_PLACEHOLDER, keep) },
  { needs: GIVEN_NAME_NEEDS, apply: (text) => maskGivenNames(text, PERSON_PLACEHOLDER) },
];

export function anonymise(
  items: RawItem[],
  names: string[],
  pseudonyms: TextFile | null,
  participantNames: readonly string[] = [],
): { items: RawItem[]; diagnostics: Diagnostic[]; redact: (text: string) => Redaction } {
  const table = readPseudonyms(pseudonyms);
  const redactor = buildRedactor([
    ...names.map((name) => ({ name, replacement: PERSON_PLACEHOLDER })),
    ...participantNames.map((name) => ({ name, replacement: PERSON_PLACEHOLDER, whole: true })),
    ...table.replacements,
  ]);
  const diagnostics = [...table.diagnostics];
  const result = items.map((item) => {
    if (!redactor.mayHold(item.text)) return item;
    const { text, found } = redactor.redact(item.text);
    if (!found.length) return item;
    diagnostics.push(
      diagnostic({
        code: 'donnee-personnelle',
        severity: 'warning',
        message: `Donnée personnelle masquée avant publication : ${found.join(', ')}.`,
        hint: 'Retirez-la du fichier source : le livre blanc ne doit citer personne.',
        file: item.source.file,
        line: item.source.line,
        column: item.source.column,
      }),
    );
    return { ...item, text };
  });
  return { items: result, diagnostics, redact: screened(redactor) };
}
