/**
 * The start of a statement, where French puts its proposals: "Supprimer l'ENA", "Arrêtez de…",
 * "En simplifiant…", "Plus de médecins". The first word that can start one comes after "Et",
 * "Oui,", "Pour moi"…; an infinitive followed by a copula is the subject ("Monter une entreprise est
 * trop cher"), not a proposal.
 */
import type { ContextKind } from './context.ts';
import { matchAt, type Cue } from './cues.ts';
import { isImperfect } from './verb-forms.ts';
import { NOT_INFINITIVES, START_SKIP, START_SKIP_PHRASES } from './grammar.ts';
import { byFirstWord, tokenize } from './tokens.ts';
import { BOUNDARY_WORD, CUE_FOLLOWER, wordClass, wordsOf, type TokenWords, type Word } from './words.ts';

export interface Statement {
  tokens: readonly string[];
  /** What is known of each token, and its classes (see words.ts). */
  entries: readonly Word[];
  classes: readonly number[];
  /** Index of the first word that can start a proposal. */
  start: number;
  context: ContextKind;
  /** Read when first asked (see infinitiveIsSubject, isVerbless): each is a pass that few cues need. */
  subject?: boolean;
  verbless?: boolean;
}

const GERUND_EXCEPTIONS = new Set('tant attendant cependant maintenant pendant avant durant devant autant'.split(' '));
const PAST_AUXILIARIES = new Set(['ai', 'avons', 'ont']);
const PAST_SUBJECTS = new Set('me te on il elle nous vous lui leur ce'.split(' '));
const GERUND_CLITICS = new Set('se le la les y en leur lui nous vous me te'.split(' '));
/** Common finite verbs and auxiliaries; with third-person plurals in -ent, enough to tell a clause from a noun phrase. */
const FINITE_HINTS = new Set(
  ('est sont etait etaient sera seront serait seraient suis es sommes etes ai as avons avez ont avait avaient aura ' +
    'auront aurait va vont peut peuvent pourrait doit doivent devrait faut fallait faudrait fait font marche fonctionne ' +
    'reste semble parait trouve manque existe permet propose suffit convient correspond').split(' '),
);
const NOT_VERBS_ENT = new Set('souvent parent parents agent argent urgent different excellent president accident client patient'.split(' '));
/** Verbs whose subject an infinitive can be ("Obtenir un rendez-vous relève de l'exploit"). */
const COPULAS = new Set(
  'est etait sont etaient reste devient semble parait releve prend prennent necessite coute demeure constitue represente fut sera'.split(' '),
);
const COPULA = wordClass(COPULAS);
/** Words skipped before the start, and first words of the phrases skipped (see startOf). */
const START_WORD = wordClass(START_SKIP);
const START_PHRASE = wordClass(() => startSkipPhrases.keys());
const FINITE_HINT = wordClass(FINITE_HINTS);
const COPULA_SUBJECTS = new Set(['qui', 'ce', 'il', 'elle', 'cela', 'ca', 'que', 'ils', 'elles', 'on']);
/** The phrases skipped at the start, by first word. */
const startSkipPhrases = byFirstWord(START_SKIP_PHRASES.map((p) => tokenize(p)));

export function readStatement(tokens: readonly string[], context: ContextKind, known: TokenWords = wordsOf(tokens)): Statement {
  const { entries, classes } = known;
  const statement: Statement = { tokens, entries, classes, start: startOf(tokens, classes), context };
  statement.start = afterTopic(statement);
  return statement;
}

/** Words a topic named before a proposal may have (« Transition écologique : supprimer… »). */
const TOPIC_WORDS = 4;
/** Words a topic does not hold: a subject pronoun says a clause (« Je dirais plutôt : … »). */
const TOPIC_BREAKERS = new Set('je j il ils elle elles on nous vous ce ca cela tu'.split(' '));
/** Cues a topic may hold: a service named (« Transports en commun : … »), not judged. */
const naming = new Set(['absence', 'neutral']);
const namesOnly = (cue: Cue | null) => cue === null || naming.has(cue.kind);
/** Cues that open a proposal when they start a statement. */
const PROPOSAL_KINDS = new Set(['request', 'infinitive', 'genericInfinitive', 'change', 'cut', 'more']);

/**
 * « Fiscalité : revoir les tranches », « Écologie : supprimer les pesticides »: a topic of a few words
 * without a verb, then a proposal. The proposal starts after the topic, where it is read as at a
 * statement's start; a first word that opens one itself (« Priorité : … », « Supprimer l'ENA, créer… »)
 * keeps the start.
 */
function afterTopic(statement: Statement): number {
  const { tokens, classes, start, context } = statement;
  // Under a question on what works or fails, « CNAV : mettre à jour son dossier » names a procedure.
  if (context !== null && context !== 'needs') return start;
  // Most statements have no break in their first words: bit tests only, until one shows.
  const last = Math.min(start + TOPIC_WORDS, tokens.length - 2);
  let end = start + 1;
  while (end <= last && !((classes[end] as number) & BOUNDARY_WORD)) end++;
  if (end > last) return start;
  for (let k = start; k < end; k++) {
    if ((k > start && (classes[k] as number) & FINITE_HINT) || TOPIC_BREAKERS.has(tokens[k] as string)) return start;
  }
  // A topic only names: « Les mensonges de Macron : allez voir… » complains before it asks.
  for (let k = start; k < end; k++) if (!namesOnly(cueAt(statement, k))) return start;
  const cue = cueAt({ ...statement, start: end + 1 }, end + 1);
  return cue !== null && PROPOSAL_KINDS.has(cue.kind) ? end + 1 : start;
}

/** Whether an infinitive at the start is the subject ("Monter une entreprise est trop cher"), not a proposal. */
export function infinitiveIsSubject(statement: Statement): boolean {
  return (statement.subject ??= hasCopula(statement.tokens, statement.classes, statement.start));
}

/** Under a "needs" question, whether no finite verb shows: a noun phrase ("Des délais raisonnables"). */
export function isVerbless(statement: Statement): boolean {
  return (statement.verbless ??= statement.context === 'needs' && !hasFiniteVerb(statement.tokens, statement.classes));
}

/** Whether a finite verb shows: a common one, or a third-person plural in -ent. */
export function hasFiniteVerb(tokens: readonly string[], classes: readonly number[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if ((classes[i] as number) & FINITE_HINT) return true;
    const t = tokens[i] as string;
    if (t.length >= 6 && t.endsWith('ent') && !t.endsWith('ment') && !NOT_VERBS_ENT.has(t)) return true;
  }
  return false;
}

/** The cue at token i: the longest of the anywhere and start-only cues, or a proposal form at the start. */
export function cueAt(statement: Statement, i: number): Cue | null {
  const word = statement.entries[i] as Word;
  const { tokens, classes } = statement;
  const anywhere = word.anywhere && matchAt(word.anywhere, tokens, i, classes, CUE_FOLLOWER);
  if (i !== statement.start) return anywhere;
  const startCue = word.atStart && matchAt(word.atStart, tokens, i, classes, CUE_FOLLOWER);
  if (startCue && (!anywhere || startCue.length >= anywhere.length)) return startCue;
  if (anywhere) return anywhere;
  return proposalForm(statement.tokens, i);
}

/** An unlisted infinitive or imperative, or "en + gerund", at the start of a statement is a proposal. */
function proposalForm(tokens: readonly string[], i: number): Cue | null {
  const token = tokens[i] as string;
  if (token.length >= 5 && token.endsWith('er') && !NOT_INFINITIVES.has(token)) {
    return { kind: 'genericInfinitive', weight: 1, length: 1, negatable: false };
  }
  const request: Cue = { kind: 'request', weight: 1, length: 1, negatable: false };
  if (token.length >= 5 && token.endsWith('ez') && token !== 'assez') return request;
  // "En demandant…, on m'a répondu…": a gerund before a told past sets a scene, it proposes nothing.
  const gerund = token === 'en' ? gerundAfter(tokens, i + 1) : 0;
  return gerund > 0 && !tellsPast(tokens) ? { ...request, length: gerund + 1 } : null;
}

/**
 * The length of a gerund starting at k, after at most two object pronouns ("simplifiant",
 * "se modernisant", "la simplifiant"), or 0.
 */
export function gerundAfter(tokens: readonly string[], k: number): number {
  for (let n = 0; n < 3; n++) {
    const token = tokens[k + n];
    if (token === undefined) return 0;
    if (token.length >= 5 && token.endsWith('ant') && !GERUND_EXCEPTIONS.has(token)) return n + 1;
    if (!GERUND_CLITICS.has(token)) return 0;
  }
  return 0;
}

/** Whether the statement tells something past: a passé composé ("on m'a répondu") or an imperfect. */
function tellsPast(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (PAST_AUXILIARIES.has(token) || isImperfect(token)) return true;
    if (token === 'a' && PAST_SUBJECTS.has(tokens[i - 1] ?? '')) return true;
  }
  return false;
}

/** Index of the first word that can start a proposal, after "Et", "Oui,", "Pour moi"… */
function startOf(tokens: readonly string[], classes: readonly number[]): number {
  let i = 0;
  for (;;) {
    const token = tokens[i];
    if (token === undefined) return i;
    const word = classes[i] as number;
    // Phrases first: "à noter que" must not be read as "a" skipped, then "noter" as a proposal.
    const phrase = word & START_PHRASE ? startSkipPhrases.get(token)?.find((p) => p.every((w, k) => tokens[i + k] === w)) : undefined;
    if (phrase) {
      i += phrase.length;
      continue;
    }
    if (word & (BOUNDARY_WORD | START_WORD)) {
      i++;
      continue;
    }
    return i;
  }
}

/** Whether an infinitive at the start is the sentence's subject: a copula follows, not after "qui"/"c'". */
function hasCopula(tokens: readonly string[], classes: readonly number[], start: number): boolean {
  for (let i = start + 1; i < tokens.length; i++) {
    if ((classes[i] as number) & BOUNDARY_WORD) return false;
    if ((classes[i] as number) & COPULA && !COPULA_SUBJECTS.has(tokens[i - 1] ?? '')) return true;
  }
  return false;
}
