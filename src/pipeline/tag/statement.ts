/**
 * The start of a statement, where French puts its proposals: "Supprimer l'ENA", "Arrêtez de…",
 * "En simplifiant…", "Plus de médecins". The first word that can start one comes after "Et",
 * "Oui,", "Pour moi"…; an infinitive followed by a copula is the subject ("Monter une entreprise est
 * trop cher"), not a proposal.
 */
import type { ContextKind } from './context.ts';
import { cueIndex, matchAt, type Cue } from './cues.ts';
import { isImperfect } from './frames.ts';
import { NOT_INFINITIVES, START_SKIP, START_SKIP_PHRASES } from './grammar.ts';
import { BOUNDARY, dropPlural, tokenize } from './tokens.ts';

export interface Statement {
  tokens: readonly string[];
  /** Tokens without plural, as the lexicon is keyed. */
  forms: readonly string[];
  /** Index of the first word that can start a proposal. */
  start: number;
  context: ContextKind;
  /** An infinitive at the start is the subject ("Monter une entreprise est trop cher"), not a proposal. */
  infinitiveIsSubject: boolean;
  /** Under a "needs" question, no finite verb: a noun phrase ("Des délais raisonnables"). */
  verbless: boolean;
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
const COPULA_SUBJECTS = new Set(['qui', 'ce', 'il', 'elle', 'cela', 'ca', 'que', 'ils', 'elles', 'on']);
const startSkipPhrases = START_SKIP_PHRASES.map((p) => tokenize(p));

export function readStatement(tokens: readonly string[], context: ContextKind): Statement {
  const start = startOf(tokens);
  return {
    tokens,
    forms: tokens.map(dropPlural),
    start,
    context,
    infinitiveIsSubject: hasCopula(tokens, start),
    // Only read under "what is missing?" (see meaning.ts): not worth a pass elsewhere.
    verbless: context === 'needs' && !tokens.some((t) => FINITE_HINTS.has(t) || (t.length >= 6 && t.endsWith('ent') && !t.endsWith('ment') && !NOT_VERBS_ENT.has(t))),
  };
}

/** The cue at token i: the longest of the anywhere and start-only cues, or a proposal form at the start. */
export function cueAt(statement: Statement, i: number): Cue | null {
  const index = cueIndex();
  const anywhere = matchAt(index.anywhere, statement.forms, i);
  if (i !== statement.start) return anywhere;
  const startCue = matchAt(index.atStart, statement.forms, i);
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
function startOf(tokens: readonly string[]): number {
  let i = 0;
  for (;;) {
    const token = tokens[i];
    if (token === undefined) return i;
    // Phrases first: "à noter que" must not be read as "a" skipped, then "noter" as a proposal.
    const phrase = startSkipPhrases.find((p) => p.length > 0 && p.every((word, k) => tokens[i + k] === word));
    if (phrase) {
      i += phrase.length;
      continue;
    }
    if (token === BOUNDARY || START_SKIP.has(token)) {
      i++;
      continue;
    }
    return i;
  }
}

/** Whether an infinitive at the start is the sentence's subject: a copula follows, not after "qui"/"c'". */
function hasCopula(tokens: readonly string[], start: number): boolean {
  for (let i = start + 1; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === BOUNDARY) return false;
    if (COPULAS.has(token) && !COPULA_SUBJECTS.has(tokens[i - 1] ?? '')) return true;
  }
  return false;
}
