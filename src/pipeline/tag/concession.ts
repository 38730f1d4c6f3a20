/**
 * Concessive openings: praise granted only to be overturned by what follows. « C'est bien beau de
 * voir le prix des TV baisser, mais on ne mange pas des écrans plats » does not say that something
 * works; neither does « Certes, le site est rapide, mais il plante » say it as its point. A statement
 * that concedes is no evidence of *working* (tag-text.ts drops its praise, and the statement joins
 * the argument it opens instead of being published alone under « Ce qui fonctionne »).
 * Tokens are folded (« c'est » reads `ce est`).
 */

/**
 * Dismissive idioms: they concede whatever follows them, with or without a « mais » (« La
 * dématérialisation, c'est bien beau. »).
 */
const DISMISSIVE: readonly (readonly string[])[] = [
  ['ce', 'est', 'bien', 'beau'], ['ce', 'est', 'bien', 'joli'], ['ce', 'est', 'bien', 'gentil'],
  ['ce', 'est', 'tres', 'joli'], ['ce', 'est', 'beau', 'de'], ['ce', 'est', 'joli', 'de'], ['ce', 'est', 'bien', 'joli', 'de'],
];

/** Concessions that need the turn after them to concede (« Certes… mais », « Il est vrai que… mais »). */
const BEFORE_TURN: readonly (readonly string[])[] = [
  ['certes'], ['il', 'est', 'vrai', 'que'], ['ce', 'est', 'vrai', 'que'], ['je', 'reconnais', 'que'], ['je', 'admets', 'que'],
];

/** First words of every phrase: most statements hold none and are read no further. */
const FIRST_WORDS = new Set([...DISMISSIVE, ...BEFORE_TURN].map((phrase) => phrase[0] as string));

/** Whether the statement concedes; `turnFollows` when the next statement opens on « mais », « cependant »… */
export function concedes(tokens: readonly string[], turnFollows: boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_WORDS.has(tokens[i] as string)) continue;
    if (DISMISSIVE.some((phrase) => startsWith(tokens, i, phrase))) return true;
    if (turnFollows && BEFORE_TURN.some((phrase) => startsWith(tokens, i, phrase))) return true;
  }
  return false;
}

function startsWith(tokens: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k]) return false;
  return true;
}
