/**
 * A problem said to shrink: « Les rappels SMS ont fait baisser les rendez-vous manqués », « moins de
 * ressaisies depuis l’outil », « les absences ont diminué », « a réduit les erreurs ». The problem word
 * is a complaint on its own; reduced, it is praise of what reduced it. The reducing word is not read
 * for itself then (« baisser » is no proposal, « baisse » no cut, « moins de » no wish).
 *
 * Read: a reducing verb or noun before the problem (« réduit les doublons », « baisse des délais »,
 * « moins d’erreurs »), its infinitive only after what made it happen (« fait baisser », « permis de
 * réduire »: a bare « Réduire les délais » proposes), or a participle after it (« les retards ont été
 * réduits », « les absences sont en baisse »). Not read when a negation comes before the reducing word
 * in its clause (« on n’arrive pas à faire baisser les absences », « les délais n’ont pas diminué »):
 * the problem stays a complaint. A growing problem (« ont augmenté ») is not a reduction at all.
 */
import { cueAt, type Statement } from './statement.ts';
import { BOUNDARY } from './tokens.ts';
import { wordClass } from './words.ts';

/** Where a statement says a problem shrinks: the reducing words to pass over, the problem words to read as praise. */
export interface Reductions {
  reducers: ReadonlySet<number>;
  problems: ReadonlySet<number>;
}

/** Reducing words whose object follows them: a finite verb or a noun (« a réduit les… », « baisse des… »). */
const BEFORE = new Set(
  ('reduit reduisent reduisait reduction reductions diminue diminuent diminution baisse baissent chute recul ' +
    'evite evitent supprime supprimes supprimee supprimees suppression limite limitent').split(' '),
);
/** Infinitives: a reduction only after what made it happen (« fait baisser »), a proposal otherwise. */
const INFINITIVES = new Set('baisser reduire diminuer eviter supprimer limiter'.split(' '));
/** Participles and finite verbs after their subject (« les délais ont baissé », « les absences diminuent »). */
const AFTER = new Set(
  ('baisse baisses baissee baissees baissent reduit reduits reduite reduites reduisent diminue diminues diminuee ' +
    'diminuees diminuent chute chutent recule reculent supprime supprimes supprimee supprimees').split(' '),
);
const CAUSATIVES = new Set('fait font faisait faire faisant'.split(' '));
const ENABLERS = new Set('permis permet permettent permettait permettre permettant aide aident contribue contribuent'.split(' '));
/** Words between a reducing word and its object: articles, degree adverbs. */
const OBJECT_LINKS = new Set(
  'les le la l des de d du nos vos leurs ses ces un une beaucoup nettement fortement largement considerablement bien encore deja'.split(' '),
);
/** Words between a problem and the participle that reduces it (« ont nettement baissé », « sont en baisse »). */
const SUBJECT_LINKS = new Set(
  'ont a sont est ete se en nettement fortement beaucoup largement considerablement bien deja encore vraiment tres'.split(' '),
);
/** A negation before the reducing word, in its clause, keeps the problem a problem. */
const NEGATORS = new Set('ne pas jamais guere sans aucun aucune rien'.split(' '));
const REACH = 6;
/** Reducing words that open a wish at the start of a statement, and words that make it a fact. */
const START_WISHES = new Set('moins reduction reductions diminution baisse suppression limitation'.split(' '));
const SINCE = new Set('depuis grace avec desormais maintenant dorenavant aujourd'.split(' '));

const REDUCER = wordClass(() => [...BEFORE, ...INFINITIVES, ...AFTER, 'moins']);
const NO_REDUCTIONS: Reductions = { reducers: new Set(), problems: new Set() };

/** The reductions of a statement (most have none: one bit test per token finds out). */
export function readReductions(statement: Statement): Reductions {
  const { tokens, classes } = statement;
  let reducers: Set<number> | null = null;
  let problems: Set<number> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!((classes[i] as number) & REDUCER) || negatedBefore(tokens, i)) continue;
    const problem = problemOf(statement, i);
    if (problem < 0) continue;
    (reducers ??= new Set()).add(i);
    (problems ??= new Set()).add(problem);
  }
  return reducers && problems ? { reducers, problems } : NO_REDUCTIONS;
}

/** The start of the problem the reducing word at i reduces, or -1. */
function problemOf(statement: Statement, i: number): number {
  const { tokens } = statement;
  const token = tokens[i] as string;
  if (i === statement.start && START_WISHES.has(token) && !saysSince(statement)) return -1;
  if (token === 'moins') return tokens[i + 1] === 'de' || tokens[i + 1] === 'd' ? objectAfter(statement, i + 2) : -1;
  if (INFINITIVES.has(token)) return causedAt(tokens, i) ? objectAfter(statement, i + 1) : -1;
  // « en baisse » follows its subject; « baisse des délais » precedes its object.
  if (BEFORE.has(token) && tokens[i - 1] !== 'en') {
    const object = objectAfter(statement, i + 1);
    if (object >= 0) return object;
  }
  return AFTER.has(token) ? subjectBefore(statement, i) : -1;
}

/**
 * « Moins de paperasse », « Réduction des délais » opening a statement are wishes, as a proposal
 * (cues.ts, START_MORE and CUT) — unless the statement says since when or thanks to what (« moins de
 * rendez-vous manqués depuis les rappels ») or answers what works, and not under « Besoins ».
 */
function saysSince(statement: Statement): boolean {
  if (statement.context === 'working') return true;
  return statement.context !== 'needs' && statement.tokens.some((token) => SINCE.has(token));
}

/** « fait baisser », « permis de réduire », « aidé à diminuer ». */
function causedAt(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1] ?? '';
  if (CAUSATIVES.has(before)) return true;
  return (before === 'de' || before === 'd' || before === 'a') && ENABLERS.has(tokens[i - 2] ?? '');
}

/** The complaint starting a few words after k (past articles and words of no weight), or -1. */
export function objectAfter(statement: Statement, k: number): number {
  const { tokens } = statement;
  for (const limit = Math.min(tokens.length, k + REACH); k < limit; ) {
    const token = tokens[k] as string;
    if (token === BOUNDARY) return -1;
    const cue = cueAt(statement, k);
    if (cue && (cue.kind === 'complaint' || cue.kind === 'lack')) return k;
    // « les rendez-vous manqués »: a service noun names what the problem is about.
    if (cue && (cue.kind === 'neutral' || cue.kind === 'absence')) k += cue.length;
    else if (!cue && OBJECT_LINKS.has(token)) k++;
    else return -1;
  }
  return -1;
}

/** The start of the complaint ending a few linking words before i, or -1. */
function subjectBefore(statement: Statement, i: number): number {
  const { tokens } = statement;
  let end = i - 1;
  while (end >= 0 && i - end <= REACH && SUBJECT_LINKS.has(tokens[end] as string)) end--;
  for (let start = end; start >= 0 && end - start < 4 && tokens[start] !== BOUNDARY; start--) {
    const cue = cueAt(statement, start);
    if (cue && start + cue.length - 1 === end) return cue.kind === 'complaint' || cue.kind === 'lack' ? start : -1;
  }
  return -1;
}

function negatedBefore(tokens: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k] !== BOUNDARY; k--) if (NEGATORS.has(tokens[k] as string)) return true;
  return false;
}
