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
import { FULL_NAME_NEEDS, maskFullNames } from './full-names.ts';
import { YOUNG_NAME_NEEDS, maskYoungNames } from './young-names.ts';
import { publicNameDiagnostics, publicNames } from './public-names.ts';
import { describeMasked, excerptAround } from './excerpt.ts';
import { PERSON_PLACEHOLDER, readPseudonyms } from './pseudonyms.ts';

export interface Redaction {
  text: string;
  /** French labels of what was replaced, in order of first appearance. */
  found: string[];
  /** The replaced pieces of text as written, to point at their line in the source. */
  matches: string[];
  /**
   * For each of `found`, a few words of the masked text around its first placeholder (« Appelez le
   * [téléphone] demain »), for the warning: never the masked value. Absent when nothing was masked.
   */
  excerpts?: string[];
}

/**
 * Builds a redactor for a set of declared names; the patterns are compiled once. `isPublic`: names
 * of public figures the undeclared-name detectors leave as written (public-names.ts).
 */
export function createRedactor(replacements: readonly NameReplacement[], isPublic: (name: string) => boolean = () => false): (text: string) => Redaction {
  return screened(buildRedactor(replacements, isPublic));
}

/** Redacts only the texts that pass the quick screening (see names.ts `screening`). */
function screened(redactor: Redactor): (text: string) => Redaction {
  return (text) => (redactor.mayHold(text) ? redactor.redact(text) : { text, found: [], matches: [], excerpts: [] });
}

interface Redactor {
  /** False when the text surely holds nothing to mask (most texts): `redact` can be skipped. */
  mayHold(text: string): boolean;
  redact(text: string): Redaction;
}

/**
 * Declared names first (their pseudonyms win, and a public name never saves them), then the names
 * nobody declared: after a civility (civility.ts), « Prénom NOM » / « Prénom N. » (given-names.ts)
 * and « Prénom Nom » (full-names.ts), which also take along what a declared first name left
 * (« M. [personne] Le Goff » → « M. [personne] »), and a first name with an age or after « mon fils »
 * (young-names.ts).
 */
function buildRedactor(replacements: readonly NameReplacement[], isPublic: (name: string) => boolean): Redactor {
  const names = expandNames(replacements);
  const byName = new Map(names.map((n) => [nameKey(n.name), n.replacement]));
  const namePattern = namesPattern(names);
  const screen = screening(names);
  const pseudonyms = [...new Set(replacements.map((r) => r.replacement).filter((r) => r !== PERSON_PLACEHOLDER))];
  const redact = (text: string): Redaction => {
    const found: string[] = [];
    const matches: string[] = [];
    /** For each of `found`, the placeholder its excerpt is taken around, or the excerpt a detector gave. */
    const where: { placeholder: string; excerpt?: string }[] = [];
    const add = (label: string, placeholder: string, excerpt?: string) => {
      if (found.includes(label)) return;
      found.push(label);
      where.push(excerpt === undefined ? { placeholder } : { placeholder, excerpt });
    };
    let result = text;
    // Most texts redacted hold only a pair of capitalised words: the other tests are skipped.
    const screened = needed(text);
    for (const { pattern, placeholder, label, needs, keep } of (screened & PERSONAL_DATA) !== 0 ? PERSONAL_DATA_PATTERNS : []) {
      if (!needs.test(result)) continue;
      result = result.replace(pattern, (match: string, ...rest: unknown[]) => {
        // The patterns capture nothing: the first number after the match is its offset.
        if (keep !== undefined && keep(result, rest.find((r) => typeof r === 'number') as number)) return match;
        add(label, placeholder);
        matches.push(match);
        return placeholder;
      });
    }
    if (namePattern && (screened & DECLARED) !== 0) {
      result = result.replace(namePattern, (match) => {
        const replacement = byName.get(nameKey(match)) ?? PERSON_PLACEHOLDER;
        add('nom de personne', replacement);
        matches.push(match);
        return replacement;
      });
    }
    for (const [index, mask] of UNDECLARED.entries()) {
      if ((needed(result) & (1 << index)) === 0) continue;
      const masked = mask.apply(result, pseudonyms, isPublic);
      if (!masked.matches.length) continue;
      const labels = masked.labels ?? ['nom de personne'];
      labels.forEach((label, i) => add(label, PERSON_PLACEHOLDER, masked.excerpts?.[i]));
      matches.push(...masked.matches);
      result = masked.text;
    }
    return { text: result, found, matches, excerpts: excerpts(result, where) };
  };
  // mayHold then redact test the same text: the answers are kept, each test scans it whole.
  let tested: string | null = null;
  let answers = 0;
  /** Bit i set when the text passes UNDECLARED[i]'s test; PERSONAL_DATA, DECLARED: `screen`'s two. */
  const needed = (text: string): number => {
    if (text !== tested) {
      tested = text;
      answers = (screen.data(text) ? PERSONAL_DATA : 0) | (screen.names(text) ? DECLARED : 0);
      UNDECLARED.forEach((mask, i) => {
        if (mask.within === undefined && mask.needs.test(text)) answers |= 1 << i;
      });
      UNDECLARED.forEach((mask, i) => {
        if (mask.within !== undefined && (answers & (1 << mask.within)) !== 0 && mask.needs.test(text)) answers |= 1 << i;
      });
    }
    return answers;
  };
  return { mayHold: (text) => needed(text) !== 0, redact };
}

/** Bits of `needed` past the detectors' own: the text may hold personal data, a declared name. */
const PERSONAL_DATA_BIT = 8;
const PERSONAL_DATA = 1 << PERSONAL_DATA_BIT;
const DECLARED = 1 << 9;

interface Undeclared {
  /** What every text the detector changes holds: most texts fail it and skip the detector. */
  needs: { test(text: string): boolean };
  /**
   * The bit of `needed` (a detector's index, or PERSONAL_DATA_BIT) whose test every text passing this
   * one's passes too: tested only on the texts that passed it (each test over every text costs
   * ~30 ms on the real answers).
   */
  within?: number;
  /** `keep`: pseudonyms already put; `isPublic`: names left as written. */
  apply: (
    text: string,
    keep: readonly string[],
    isPublic: (name: string) => boolean,
  ) => { text: string; matches: string[]; labels?: string[]; excerpts?: string[] };
}

/**
 * The excerpt of each kind masked: the one its detector gave, or the words around the next of its
 * placeholders not yet quoted (two kinds may share « [personne] »: each quotes its own).
 */
function excerpts(masked: string, where: readonly { placeholder: string; excerpt?: string }[]): string[] {
  const quoted = new Map<string, number>();
  return where.map(({ placeholder, excerpt }) => {
    if (excerpt !== undefined) return excerpt;
    const around = excerptAround(masked, placeholder, quoted.get(placeholder) ?? 0) ?? excerptAround(masked, placeholder);
    if (around === null) return placeholder;
    quoted.set(placeholder, around.end);
    return around.excerpt;
  });
}

/** Detectors of names nobody declared, each with the cheap test that every text it changes passes. */
const UNDECLARED: readonly Undeclared[] = [
  { needs: CIVILITY_NEEDS, apply: (text, keep, isPublic) => maskCivilityNames(text, PERSON_PLACEHOLDER, keep, isPublic) },
  { needs: GIVEN_NAME_NEEDS, within: 2, apply: (text, _keep, isPublic) => maskGivenNames(text, PERSON_PLACEHOLDER, isPublic) },
  { needs: FULL_NAME_NEEDS, apply: (text, _keep, isPublic) => maskFullNames(text, PERSON_PLACEHOLDER, isPublic) },
  // Its own excerpts (« [personne], 19 ans »): the words that made the first name a person's.
  { needs: YOUNG_NAME_NEEDS, within: 2, apply: (text, _keep, isPublic) => maskYoungNames(text, PERSON_PLACEHOLDER, isPublic) },
];

/**
 * `kept`: the public figures’ names of consultation.yml (`noms_publics`) and that file, where a name
 * also declared to be masked is pointed at.
 */
export function anonymise(
  items: RawItem[],
  names: string[],
  pseudonyms: TextFile | null,
  participantNames: readonly string[] = [],
  kept: { names: readonly string[]; file: TextFile | null } = { names: [], file: null },
): { items: RawItem[]; diagnostics: Diagnostic[]; redact: (text: string) => Redaction } {
  const table = readPseudonyms(pseudonyms);
  const replacements = [
    ...names.map((name) => ({ name, replacement: PERSON_PLACEHOLDER })),
    ...participantNames.map((name) => ({ name, replacement: PERSON_PLACEHOLDER, whole: true })),
    ...table.replacements,
  ];
  const figures = publicNames(kept.names, replacements.map((r) => r.name));
  const redactor = buildRedactor(replacements, figures.isPublic);
  const diagnostics = [...table.diagnostics, ...(kept.file ? publicNameDiagnostics(figures.conflicts, kept.file) : [])];
  const result = items.map((item) => {
    if (!redactor.mayHold(item.text)) return item;
    const { text, found, excerpts: where } = redactor.redact(item.text);
    if (!found.length) return item;
    diagnostics.push(
      diagnostic({
        code: 'donnee-personnelle',
        severity: 'warning',
        message: `Donnée personnelle masquée avant publication : ${describeMasked(found, where)}.`,
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
