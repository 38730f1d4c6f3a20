/**
 * The same long answers in two survey files: a reworked export (« data_travaillee ») that repeats,
 * under other columns, answers another file already holds. Whole files repeated are found by
 * duplicates.ts; this finds a file whose answers are partly or wholly copies. Each copy is set aside
 * in the later file (reason `copie-d-un-autre-fichier`, counted in its bilan and listed with the
 * entries set aside), and one warning per pair of files names the file it repeats and how many: the
 * same answer is never published, weighed or counted twice.
 *
 * Texts are compared once normalised (case, spaces and punctuation set aside) and only from
 * MIN_SHARED_CHARACTERS on: two people may write « Plus de transports en commun », not the same
 * paragraph. And only a file most of whose long answers (REEXPORT_SHARE) are in one other file is a
 * copy: a few shared paragraphs are a campaign's text, each person's answer (the synthetic 1M
 * consultation, drawn from one pool of answers, lost half its items to the per-text rule). Linear: one hash per text, one map over all files. The file that keeps a text is the one
 * with the most items (the full export before its extract), then by path.
 */
import type { Diagnostic, RawItem, RejectionReason, SetAsideEntry } from '../model.ts';
import type { SurveyIngest } from './surveys/index.ts';
import { diagnostic } from '../diagnostics.ts';
import { reasonCounts } from '../reconciliation.ts';
import { plural } from '../text/plural.ts';

/** Normalised characters (letters, digits, single spaces) from which two texts in two files are the same answer. */
export const MIN_SHARED_CHARACTERS = 40;

export const COPIED_ANSWER = 'copie-d-un-autre-fichier' satisfies RejectionReason;

/**
 * Sets aside, in place, the items of each survey whose text a survey read before it holds, and
 * returns one warning per (file, file repeated) pair. `surveys` in any order; the ones with the
 * most items are read first.
 */
export function setAsideSharedTexts(surveys: ReadonlyArray<{ file: string; result: SurveyIngest }>, rank: (a: string, b: string) => number): Diagnostic[] {
  const withItems = surveys.filter(({ result }) => result.items.length > 0);
  // A single survey has no other file to repeat: nothing hashed.
  if (withItems.length < 2) return [];
  const ordered = [...withItems].sort((a, b) => b.result.items.length - a.result.items.length || rank(a.file, b.file));
  const owners = new Map<number, string>();
  const diagnostics: Diagnostic[] = [];
  for (const { file, result } of ordered) {
    const hashes = result.items.map((item) => textHash(item.text));
    const copied = new Map<string, RawItem[]>();
    result.items.forEach((item, index) => {
      const hash = hashes[index] as number;
      const owner = hash === NO_HASH ? undefined : owners.get(hash);
      if (owner === undefined || owner === file) return;
      const list = copied.get(owner) ?? [];
      copied.set(owner, list);
      list.push(item);
    });
    // Registered after the comparison: a text repeated within one file is no copy of another file (validate.ts says it).
    let long = 0;
    for (const hash of hashes) {
      if (hash === NO_HASH) continue;
      long++;
      if (!owners.has(hash)) owners.set(hash, file);
    }
    // Only a re-export is set aside: most of the file's long answers found in one other file. Some shared
    // answers alone are people writing the same words (a campaign's text, answers drawn from one pool):
    // each person's answer counts.
    const reexported = [...copied].filter(([, items]) => items.length >= REEXPORT_SHARE * long);
    if (reexported.length === 0) continue;
    const setAside = new Set<RawItem>();
    for (const [owner, items] of reexported) {
      for (const item of items) {
        result.setAside.push(copyEntry(item));
        setAside.add(item);
      }
      diagnostics.push(copyDiagnostic(file, owner, items));
    }
    result.items = result.items.filter((item) => !setAside.has(item));
    recount(result, file);
  }
  return diagnostics;
}

const NO_HASH = -1;
/** Share of a file's long answers found in one other file from which the file is that file's re-export. */
export const REEXPORT_SHARE = 0.9;

/**
 * One 53-bit hash of the text lowercased, each run of characters other than letters and digits read as
 * one space (none at the ends), or NO_HASH when fewer than MIN_SHARED_CHARACTERS remain. One pass, no copy.
 */
export function textHash(text: string): number {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0;
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const word = code < TABLE_SIZE ? (LOWER[code] as number) : otherWord(code, text, i);
    if (word === 0) {
      gap = length > 0;
      continue;
    }
    if (gap) {
      h1 = Math.imul(h1 ^ 0x20, 0x01000193);
      h2 = (h2 * 31 + 0x20) | 0;
      length++;
      gap = false;
    }
    h1 = Math.imul(h1 ^ word, 0x01000193);
    h2 = (h2 * 31 + word) | 0;
    length++;
  }
  if (length < MIN_SHARED_CHARACTERS) return NO_HASH;
  return 4294967296 * (0x1fffff & (h2 ^ (h1 >>> 11))) + (h1 >>> 0);
}

/** Latin scripts (accents included): a table read per character, as regular expressions cost a third of a survey's parsing. */
const TABLE_SIZE = 0x250;
const WORD = /[\p{L}\p{N}]/u;

/** Per character code below TABLE_SIZE: its lowercase code if a letter or a digit, else 0. */
const LOWER = ((): Uint16Array => {
  const table = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const char = String.fromCharCode(code);
    if (!WORD.test(char)) continue;
    const lowered = char.toLowerCase();
    table[code] = lowered.length === 1 ? lowered.charCodeAt(0) : code;
  }
  return table;
})();

/** Beyond the Latin scripts: Unicode's classes (a surrogate half counts as a letter), lowercased when it is one code. */
function otherWord(code: number, text: string, index: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const char = text[index] as string;
  if (!WORD.test(char)) return 0;
  const lowered = char.toLowerCase();
  return lowered.length === 1 ? lowered.charCodeAt(0) : code;
}

function copyEntry(item: RawItem): SetAsideEntry {
  return item.question === null ? { source: item.source, reason: COPIED_ANSWER, text: item.text } : { source: item.source, question: item.question, reason: COPIED_ANSWER, text: item.text };
}

function copyDiagnostic(file: string, owner: string, items: readonly RawItem[]): Diagnostic {
  const first = items[0] as RawItem;
  const several = items.length > 1;
  const message =
    `${plural(items.length, 'réponse')} de ce fichier ${several ? 'figurent' : 'figure'} mot pour mot dans ${owner} : le même contenu exporté deux fois ? ` +
    `${several ? 'Elles sont écartées' : 'Elle est écartée'} ici et ${several ? 'comptées' : 'comptée'} une seule fois, depuis ${owner}.`;
  return diagnostic({
    code: COPIED_ANSWER,
    severity: 'warning',
    message,
    hint:
      `Si ce fichier est un extrait retravaillé de ${owner}, retirez-le de data/enquetes/ (avec sa fiche .yml s’il en a une) ; ` +
      'sinon, rien à faire : ces réponses sont publiées depuis l’autre fichier.',
    file,
    line: first.source.line,
    column: first.source.column,
  });
}

/** The file's bilan once its copies are set aside: as many read, fewer kept, the reasons recounted. */
function recount(result: SurveyIngest, file: string): void {
  const entry = result.reconciliation.find((r) => r.file === file);
  if (!entry) return;
  const counts = new Map<RejectionReason, number>();
  for (const aside of result.setAside) counts.set(aside.reason, (counts.get(aside.reason) ?? 0) + 1);
  entry.kept = result.items.length;
  entry.rejected = result.setAside.length;
  entry.reasons = reasonCounts(counts);
}
