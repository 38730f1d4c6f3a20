/**
 * What the words around a praise or complaint do to it, before its meaning is read (evidence.ts):
 * - the conditional wishes ("serait rassurante", "ce serait plus simple") → a request;
 * - a gerund after "en" names a means ("en la simplifiant") → a request;
 * - emphatic "bien" ("c'est bien compliqué", "est bien souvent l'exclusion") praises nothing;
 * - "pas trop compliqué": "trop" softens the negation, which reaches on;
 * - an adjective of a negated noun ("pas de guide clair") is part of the lack already counted;
 * - a degree word before praise ("trop facile", "mal adapté", "de moins en moins performants")
 *   makes it a complaint;
 * - intensifiers ("très bon", "vraiment catastrophique") weigh more;
 * - a complaint or praise verb that is also a noun, after a determiner (« une plante », « les marchés »), is the noun;
 * - spoken negation after praise ("ça marche pas");
 * - interjections of praise ("Bravo", "Merci") and nouns of quality ("la réactivité") that the rest
 *   of the sentence may turn around (see evidence.ts).
 * Tokens are folded; phrases are matched without plural (so "très" is "tre", "moins" is "moin").
 */
import type { Cue } from './cues.ts';
import { NEGATORS } from './grammar.ts';
import { cueAt, gerundAfter, type Statement } from './statement.ts';
import { formsText } from './tokens.ts';

/** What to do with a cue: keep it (maybe changed), skip some tokens, or count a complaint and skip. */
export type Shaped = { kind: 'keep'; cue: Cue } | { kind: 'skip'; length: number; broken: number };

/** The state of the reading that the shaping depends on. */
export interface Around {
  negationOpen: boolean;
  confirmed: boolean;
  /** End of the last degree word ("trop", "mal"), or -2. */
  lastDegree: number;
  /** End of the last negated noun ("pas de guide"), or -2. */
  lastNegatedNoun: number;
}

/**
 * Degree words before praise make it a complaint. The degree word already counts; the praise adds
 * half of its weight as a complaint.
 */
const DEGREES = new Set(['trop', 'bien trop', 'beaucoup trop', 'mal', 'tre mal', 'plu mal', 'pas assez', 'plu assez', 'de moin en moin', 'insuffisamment', 'trop peu']);
const DEGREE_PRAISE = 0.5;
const INTENSIFIERS = new Set('tres vraiment extremement particulierement hyper totalement completement absolument carrement reellement tellement vachement super'.split(' '));
const INTENSITY = 1.5;
const POST_NEGATORS = new Set(['pas', 'jamais']);
const GERUND_REQUEST = 0.6;
const EMPHATIC_BIEN = new Set(['bien', 'est bien', 'sont bien', 'ce est bien']);
/** Words after which "bien" emphasises rather than praises ("est bien souvent", "c'est bien le cas"). */
const AFTER_EMPHATIC_BIEN = new Set('souvent plus moins le la les l ce que sur entendu evidemment trop des du de peu assez'.split(' '));
const CONDITIONALS = new Set(['serait', 'seraient', 'serais', 'deviendrait', 'deviendraient']);
const BEFORE_WISHED = new Set('plus tres vraiment un une bien beaucoup'.split(' '));
/**
 * Verbs of complaint or praise that are also nouns (« ça plante » / « une plante », « ça rame » / « une rame »,
 * « ça marche » / « les marchés financiers », « la marche à suivre »).
 */
const NOUN_READINGS = new Set(['plante', 'plantes', 'rame', 'rames', 'marche', 'marches']);
const NOUN_DETERMINERS = new Set('la le les une un des de du ces cette sa ses ma mes ta tes leur leurs notre nos votre vos aux au quelques'.split(' '));
/** Interjections of praise, sarcastic when the same sentence complains. */
export const INTERJECTIONS = new Set('bravo merci felicitation chapeau super genial top chouette formidable'.split(' '));
/** Nouns of quality: praise only when nothing in their clause says the quality is lacking. */
export const QUALITY_NOUNS = new Set(
  'efficacite rapidite simplicite facilite fluidite clarte fiabilite disponibilite reactivite satisfaction accessibilite'.split(' '),
);

/** The cue at i as its surroundings shape it. */
export function shapeCue(statement: Statement, i: number, cue: Cue, around: Around): Shaped {
  const { tokens } = statement;
  if (tokens[i] === 'trop' && cue.length === 1 && around.negationOpen && around.confirmed && NEGATORS.has(tokens[i - 1] ?? '')) {
    return skip(1);
  }
  // « une plante », « les rames du métro », « les marchés »: a noun after a determiner, not the verb
  // that says software fails or works.
  if ((cue.kind === 'complaint' || cue.kind === 'praise') && NOUN_READINGS.has(tokens[i] as string) && NOUN_DETERMINERS.has(tokens[i - 1] ?? '')) {
    return skip(1);
  }
  if (cue.kind !== 'praise') return keep(cue);
  if (isConditional(tokens, i)) return keep({ ...cue, kind: 'request' });
  if (isGerundOf(tokens, i)) return keep({ ...cue, kind: 'request', weight: GERUND_REQUEST });
  if (EMPHATIC_BIEN.has(formsText(tokens, i, i + cue.length))) {
    const next = i + cue.length;
    if (AFTER_EMPHATIC_BIEN.has(tokens[next] ?? '') || startsCue(statement, next)) return skip(1);
  }
  if (!around.negationOpen && around.lastNegatedNoun === i - 1) return skip(cue.length);
  if (!around.negationOpen && around.lastDegree === i - 1) return skip(cue.length, cue.weight * DEGREE_PRAISE);
  return keep(cue);
}

const keep = (cue: Cue): Shaped => ({ kind: 'keep', cue });
const skip = (length: number, broken = 0): Shaped => ({ kind: 'skip', length, broken });

/** A praise or complaint after an intensifier weighs more ("très bon"), unless negated ("pas très clair"). */
export function intensify(tokens: readonly string[], i: number, cue: Cue, negated: boolean): Cue {
  if (negated || !INTENSIFIERS.has(tokens[i - 1] ?? '') || (cue.kind !== 'praise' && cue.kind !== 'complaint')) return cue;
  return { ...cue, weight: cue.weight * INTENSITY };
}

/** Whether tokens[from..to] is a degree word ("trop", "mal", "pas assez"). */
export function isDegree(tokens: readonly string[], from: number, to: number): boolean {
  return DEGREES.has(formsText(tokens, from, to + 1));
}

/** "pas"/"jamais" right after a praise, without `ne` ("ça marche pas"), but not "pas mal". */
export function isPostNegated(tokens: readonly string[], k: number): boolean {
  return POST_NEGATORS.has(tokens[k] ?? '') && tokens[k + 1] !== 'mal';
}

/** Whether the word at i follows a conditional copula ("serait rassurante", "serait plus simple"). */
function isConditional(tokens: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= i - 3 && BEFORE_WISHED.has(tokens[k] ?? '')) k--;
  return CONDITIONALS.has(tokens[k] ?? '');
}

/** Whether a praise or complaint starts at i. */
function startsCue(statement: Statement, i: number): boolean {
  const next = i < statement.tokens.length ? cueAt(statement, i) : null;
  return next !== null && (next.kind === 'praise' || next.kind === 'complaint');
}

/** Whether the word at i is a gerund after "en" ("en simplifiant", "en se modernisant"). */
function isGerundOf(tokens: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (tokens[k] === 'en') return gerundAfter(tokens, k + 1) === i - k;
  }
  return false;
}
