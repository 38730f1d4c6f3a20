/**
 * The start of a statement, where French puts its proposals: "Supprimer l'ENA", "Arrêtez de…",
 * "En simplifiant…", "Plus de médecins". The first word that can start one comes after "Et",
 * "Oui,", "Pour moi"…; an infinitive followed by a copula is the subject ("Monter une entreprise est
 * trop cher"), not a proposal.
 */
import type { ContextKind } from './context.ts';
import { cueIndex, matchAt, type Cue } from './cues.ts';
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
}

const GERUND_EXCEPTIONS = new Set('tant attendant cependant maintenant pendant avant durant devant autant'.split(' '));
const COPULAS = new Set(['est', 'etait', 'sont', 'etaient', 'reste', 'devient', 'semble', 'parait']);
const COPULA_SUBJECTS = new Set(['qui', 'ce', 'il', 'elle', 'cela', 'ca', 'que', 'ils', 'elles', 'on']);
const startSkipPhrases = START_SKIP_PHRASES.map((p) => tokenize(p));

export function readStatement(tokens: readonly string[], context: ContextKind): Statement {
  const start = startOf(tokens);
  return { tokens, forms: tokens.map(dropPlural), start, context, infinitiveIsSubject: hasCopula(tokens, start) };
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
  const next = tokens[i + 1];
  if (token === 'en' && next && next.length >= 5 && next.endsWith('ant') && !GERUND_EXCEPTIONS.has(next)) {
    return { ...request, length: 2 };
  }
  return null;
}

/** Index of the first word that can start a proposal, after "Et", "Oui,", "Pour moi"… */
function startOf(tokens: readonly string[]): number {
  let i = 0;
  for (;;) {
    const token = tokens[i];
    if (token === undefined) return i;
    if (token === BOUNDARY || START_SKIP.has(token)) {
      i++;
      continue;
    }
    const phrase = startSkipPhrases.find((p) => p.length > 0 && p.every((word, k) => tokens[i + k] === word));
    if (phrase) {
      i += phrase.length;
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
