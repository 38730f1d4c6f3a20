/**
 * Reads one statement's tokens and weighs the evidence for each tag: lexicon cues, French negation
 * and its traps, proposals at the start, and cues whose meaning depends on the question.
 *
 * Negation: `ne` opens a negation closed by pas/plus/jamais/rien/guère/aucun/personne; `pas`,
 * `jamais`, `aucun`, `sans`, `rien` alone also negate. Every cue between `ne` and the negator, and
 * in the next few content words after it (never across a clause boundary), is negated: praise
 * becomes a complaint ("n'est pas adapté"), a complaint becomes praise ("pas de difficulté",
 * "aucun problème"), a service noun becomes a lack ("jamais de réponse"). A negation that meets no
 * cue is a weak complaint ("aucun service ne s'est amélioré" meets one; "ne sont plus publics" not).
 */
import type { ContextKind } from './context.ts';
import { cueIndex, matchAt, type Cue } from './cues.ts';
import {
  NEGATORS,
  NEGATORS_AFTER_NE,
  NOT_INFINITIVES,
  START_SKIP,
  START_SKIP_PHRASES,
  STOPWORDS,
} from './lexicon.ts';
import { BOUNDARY, dropPlural, tokenize } from './tokens.ts';

export interface Evidence {
  working: number;
  broken: number;
  needs: number;
  /** A non-answer phrase was read ("je ne sais pas"). */
  nonAnswer: boolean;
}

/** Weight of a negation that meets no cue: a weak complaint, strong under an "improved?" question. */
const BARE_NEGATION = 0.4;
const BARE_NEGATION_WORKING = 1;
/** Content words a lack ("manque de") reaches, like a negation: "manque de clarté" is a complaint. */
const LACK_REACH = 2;
const GERUND_EXCEPTIONS = new Set('tant attendant cependant maintenant pendant avant durant devant autant'.split(' '));

const startSkipPhrases = START_SKIP_PHRASES.map((p) => tokenize(p));

export function readEvidence(tokens: readonly string[], context: ContextKind): Evidence {
  const forms = tokens.map(dropPlural);
  const index = cueIndex();
  const evidence: Evidence = { working: 0, broken: 0, needs: 0, nonAnswer: false };
  const start = startOf(tokens);

  let neOpen = -1; // index of an open `ne`, or -1
  let reach = 0; // content words still negated after a negator
  let negatedCue = false; // the current negation met a cue
  let negationOpen = false;
  let confirmed = false; // a negator (not only `ne`) was read
  let requestSeen = false;

  const closeNegation = () => {
    if (negationOpen && confirmed && !negatedCue) {
      evidence.broken += context === 'working' ? BARE_NEGATION_WORKING : BARE_NEGATION;
    }
    negationOpen = false;
    confirmed = false;
    negatedCue = false;
    reach = 0;
    neOpen = -1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === BOUNDARY) {
      closeNegation();
      continue;
    }
    const negated = negationOpen;
    const cue = cueAt(index, tokens, forms, i, i === start);
    if (cue && cue.kind !== 'neutral') {
      if (negated) negatedCue = true;
      const applied = apply(evidence, cue, negated && cue.negatable, context, i === start, requestSeen);
      if (applied === 'request') requestSeen = true;
      if (cue.kind === 'lack' && !negated) {
        negationOpen = true;
        confirmed = true;
        negatedCue = true;
        reach = LACK_REACH;
      }
      i += cue.length - 1;
      if (negated && neOpen < 0) countDown(cue.length);
      continue;
    }
    if (cue) {
      i += cue.length - 1;
      continue;
    }
    if (token === 'ne') {
      if (!negationOpen) {
        negationOpen = true;
        confirmed = false;
        negatedCue = false;
      }
      neOpen = i;
      reach = 0;
      continue;
    }
    const negatorReach = NEGATORS.get(token);
    if (negatorReach !== undefined && isNegator(token, i, neOpen, start)) {
      if (!negationOpen) negatedCue = false;
      negationOpen = true;
      confirmed = true;
      neOpen = -1;
      reach = Math.max(reach, negatorReach);
      continue;
    }
    if (token === 'que' && neOpen >= 0) {
      // "ne … que" restricts, it does not negate.
      if (!confirmed) negationOpen = false;
      neOpen = -1;
      continue;
    }
    if (neOpen >= 0) {
      if (i - neOpen > 5) closeNegation();
      continue;
    }
    if (negationOpen && !STOPWORDS.has(token)) countDown(1);
  }
  closeNegation();
  return evidence;

  function countDown(words: number): void {
    reach -= words;
    if (reach <= 0) closeNegation();
  }
}

function isNegator(token: string, i: number, neOpen: number, start: number): boolean {
  if (NEGATORS_AFTER_NE.has(token)) return neOpen >= 0;
  // "Non, …" answering the question is not a negation of what follows.
  if (token === 'non') return i > start;
  return true;
}

/** The cue at token i: the longest of the anywhere and start-only cues, or a proposal form at the start. */
function cueAt(
  index: ReturnType<typeof cueIndex>,
  tokens: readonly string[],
  forms: readonly string[],
  i: number,
  atStart: boolean,
): Cue | null {
  const anywhere = matchAt(index.anywhere, forms, i);
  if (!atStart) return anywhere;
  const startCue = matchAt(index.atStart, forms, i);
  if (startCue && (!anywhere || startCue.length >= anywhere.length)) return startCue;
  if (anywhere) return anywhere;
  return proposalForm(tokens, i);
}

/** An unlisted infinitive or imperative, or "en + gerund", at the start of a statement is a proposal. */
function proposalForm(tokens: readonly string[], i: number): Cue | null {
  const token = tokens[i] as string;
  const proposal: Cue = { kind: 'request', weight: 1, length: 1, negatable: false };
  if (token.length >= 5 && token.endsWith('er') && !NOT_INFINITIVES.has(token)) return proposal;
  if (token.length >= 5 && token.endsWith('ez') && token !== 'assez') return proposal;
  const next = tokens[i + 1];
  if (token === 'en' && next && next.length >= 5 && next.endsWith('ant') && !GERUND_EXCEPTIONS.has(next)) {
    return { ...proposal, length: 2 };
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
    const phrase = startSkipPhrases.find((p) => p.every((word, k) => tokens[i + k] === word));
    if (phrase && phrase.length > 0) {
      i += phrase.length;
      continue;
    }
    return i;
  }
}

type Applied = 'working' | 'broken' | 'needs' | 'none';

/** Adds a cue's weight to the tag it means here; returns that tag. */
function apply(
  evidence: Evidence,
  cue: Cue,
  negated: boolean,
  context: ContextKind,
  atStart: boolean,
  requestSeen: boolean,
): Applied | 'request' {
  const w = cue.weight;
  switch (cue.kind) {
    case 'praise':
      if (negated) return add(evidence, 'broken', w);
      // Praise after a request is the state wished for ("il faudrait un site plus simple").
      return requestSeen ? 'none' : add(evidence, 'working', w);
    case 'complaint':
      return add(evidence, negated ? 'working' : 'broken', w);
    case 'request':
      add(evidence, 'needs', w);
      return 'request';
    case 'lack':
      return add(evidence, lackTag(context, atStart), w);
    case 'absence':
      return negated ? add(evidence, lackTag(context, atStart), 1) : 'none';
    case 'change':
      if (context === 'working') return add(evidence, negated ? 'broken' : 'working', w);
      if (negated) return add(evidence, 'broken', w);
      add(evidence, 'needs', w);
      return 'request';
    case 'cut':
      if (context === 'needs' || (atStart && context !== 'working')) {
        add(evidence, 'needs', w);
        return 'request';
      }
      return add(evidence, 'broken', w);
    case 'more':
      // Under "what improved?", "Plus de trésoreries en campagne" means there are none left.
      if (context === 'working') return add(evidence, 'broken', w);
      add(evidence, 'needs', w);
      return 'request';
    case 'nonAnswer':
      evidence.nonAnswer = true;
      return 'none';
    case 'neutral':
      return 'none';
  }
}

function lackTag(context: ContextKind, atStart: boolean): 'needs' | 'broken' {
  return context === 'needs' || (context === null && atStart) ? 'needs' : 'broken';
}

function add(evidence: Evidence, tag: 'working' | 'broken' | 'needs', weight: number): Applied {
  evidence[tag] += weight;
  return tag;
}
