/**
 * Statements that answer nothing ("RAS", "?", "sans objet", "non concerné", "je ne sais pas") and
 * bare refusals ("Aucun", "Non", "Rien", "Je n'en vois pas"), whose meaning depends on the question:
 * under « Quels services ont évolué de manière positive ? », « Aucun » is a complaint. Short answers
 * built from the same words may still say something (« Peu de services publics »): see refusalOf.
 */
import { NON_ANSWER_WHOLE, NONE_FOUND_FILLERS, NONE_FOUND_MARKERS } from './grammar.ts';
import { BOUNDARY } from './tokens.ts';
import { BOUNDARY_WORD, wordClass, wordsOf } from './words.ts';

/** Words that never change what a short answer means ("RAS merci", "Non concerné !"). */
const TRAILING = new Set(['merci', 'desole', 'desolee', 'pour', 'moi', 'personnellement', 'directement', 'actuellement']);

/** Words a known non-answer may hold: a statement with any other word is none (see words.ts). */
const NON_ANSWER_WORD = wordClass([...[...NON_ANSWER_WHOLE].flatMap((answer) => answer.split(' ')), ...TRAILING]);
const REFUSAL_MARKER = wordClass(NONE_FOUND_MARKERS);
const REFUSAL_FILLER = wordClass(NONE_FOUND_FILLERS);

// Known non-answers are short; longer statements skip the look-up.
const MAX_NON_ANSWER_TOKENS = 10;
const MAX_REFUSAL_TOKENS = 16;

/** Whether the whole statement is a known non-answer. */
export function isNonAnswer(tokens: readonly string[], classes: readonly number[] = wordsOf(tokens).classes): boolean {
  if (tokens.length > MAX_NON_ANSWER_TOKENS) return false;
  for (let i = 0; i < tokens.length; i++) {
    const word = classes[i] as number;
    if (!(word & BOUNDARY_WORD) && !(word & NON_ANSWER_WORD)) return false;
  }
  const words = tokens.filter((t) => t !== BOUNDARY);
  if (NON_ANSWER_WHOLE.has(words.join(' '))) return true;
  const core = words.filter((t) => !TRAILING.has(t));
  return core.length < words.length && NON_ANSWER_WHOLE.has(core.join(' '));
}

/**
 * What a statement made only of refusal words and fillers says:
 * - `refusal`: it refuses the question ("Aucun !", "Non", "Je n'en vois pas", "Pas vraiment"), and
 *   means what the question makes of it (tag-text.ts);
 * - `absence`: it names a service that is not there ("Pas de service public", "Non, pas de
 *   services"): a complaint about the territory, unless the question asks what one would like, where
 *   it refuses the premise like "Aucun" (tag-text.ts);
 * - `scarcity`: it says a service is scarce ("Peu de services publics"): a negative judgement
 *   whatever the question.
 * null when it says something else. « Personne » after a determiner is a noun, not the pronoun that
 * refuses (« services à la personne », « une personne »): content. Precision matters more than
 * recall here: an answer wrongly set aside is lost to the white paper.
 */
export type Refusal = 'refusal' | 'absence' | 'scarcity';

/** Determiners that make « personne » a noun ("à la personne", "une seule personne"). */
const NOUN_DETERMINERS = new Set(['la', 'l', 'une', 'chaque', 'toute', 'cette', 'sa', 'ma', 'ta', 'notre', 'votre', 'leur']);
/** Nouns whose absence « pas de » names (« pas de changement » may refuse: "no change needed"). */
const SERVICE_NOUNS = new Set(['service', 'services']);
/** Nouns whose scarcity « peu de » judges (« peu d'amélioration »; not « peu de chose », "not much"). */
const SCARCE_NOUNS = new Set([...SERVICE_NOUNS, 'evolution', 'evolutions', 'amelioration', 'ameliorations', 'changement', 'changements']);
const OF = new Set(['de', 'd', 'du', 'des']);
/** Words that may open a statement before « pas de » / « peu de » and leave it the statement's point. */
const ABSENCE_OPENERS = new Set(['non', 'tres', 'vraiment', 'malheureusement', 'helas', 'franchement', 'absolument', 'encore', 'quasiment', 'presque', 'pratiquement']);

export function refusalOf(tokens: readonly string[], classes: readonly number[] = wordsOf(tokens).classes): Refusal | null {
  if (tokens.length > MAX_REFUSAL_TOKENS) return null;
  let marker = false;
  let named: Refusal | null = null;
  let opening = true; // only openers (or clause breaks) read so far
  for (let i = 0; i < tokens.length; i++) {
    const word = classes[i] as number;
    if (word & BOUNDARY_WORD) continue;
    const token = tokens[i] as string;
    if (word & REFUSAL_MARKER) {
      if (token === 'personne' && isNoun(tokens, i)) return null;
      if (opening && named === null) named = absenceAt(tokens, i);
      marker = true;
    } else if (!(word & REFUSAL_FILLER)) return null;
    if (!ABSENCE_OPENERS.has(token)) opening = false;
  }
  return marker ? (named ?? 'refusal') : null;
}

/** « la personne », « une seule personne »: the noun. */
function isNoun(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1] === 'seule' ? tokens[i - 2] : tokens[i - 1];
  return before !== undefined && NOUN_DETERMINERS.has(before);
}

/** « pas de service(s) » names an absence, « peu de / guère de service(s) » a scarcity; null otherwise. */
function absenceAt(tokens: readonly string[], i: number): Refusal | null {
  const token = tokens[i] as string;
  if (!OF.has(tokens[i + 1] ?? '')) return null;
  const noun = tokens[i + 2] ?? '';
  if (token === 'pas') return SERVICE_NOUNS.has(noun) ? 'absence' : null;
  return (token === 'peu' || token === 'guere') && SCARCE_NOUNS.has(noun) ? 'scarcity' : null;
}
