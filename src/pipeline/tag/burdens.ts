/**
 * Burdens told without a complaint word: a present "il faut" + a chore ("Maintenant il faut poster
 * les demandes"), delays ("3 mois pour répondre", "il a fallu 4 mois") and distances ("il faut
 * faire 40 km").
 * Folded tokens.
 */
import { wordClass } from './words.ts';

/** "il faut" + a chore, in the present, tells a burden rather than asks for something. */
const CHORES = new Set(
  ('passer poster envoyer renvoyer fournir refournir remplir aller deplacer attendre compter payer appeler telephoner ' +
    'rappeler justifier prouver recommencer refaire patienter courir relancer imprimer scanner photocopier ressaisir ' +
    'chercher insister batailler battre galerer joindre presenter repasser redemander monter renouveler lever ' +
    'toujours chaque encore sans souvent systematiquement deux trois quatre cinq plusieurs').split(' '),
);
const PRESENT_MUST = new Set(['faut']);
const CHORE_SKIP = new Set(['il', 'se', 'me', 'te', 'nous', 'vous', 'le', 'la', 'les', 'y', 'en', 'lui', 'leur', 'a', 'donc', 'alors', 'maintenant', 'tout', 'tous']);
export const CHORE = 0.8;

/** Durations, distances to travel ("40 km") and repetitions ("2 ou 3 fois"), which burden the same way. */
const DURATIONS = new Set('mois semaines semaine ans annees jours heures km kms kilometres fois'.split(' '));
/** "deux fois plus efficace" compares, it does not repeat. */
const COMPARED = new Set(['plus', 'moins', 'mieux']);
const COUNTS = new Set('deux trois quatre cinq six sept huit dix quinze plusieurs'.split(' '));
/** The durations as a word class (see words.ts): the only tokens `delayAt` needs to read. */
export const DURATION_WORD = wordClass(DURATIONS);
/** A duration alone ("plusieurs semaines") is a weak complaint… */
const DURATION = 0.6;
/** …a clear one after a verb of waiting or taking ("a mis 3 mois", "il a fallu 4 mois", "au bout de 2 ans"). */
const DELAY = 1;
const DELAY_WORDS = new Set('mis mettre met mettent mettait fallu faut fallait attendu attends attend attendre attendons attendent attendait attendaient bout prend prennent pris prendre prenait'.split(' '));

/** Whether the request at i is a present "(il) faut" followed by a chore. */
export function isChore(tokens: readonly string[], i: number, length: number): boolean {
  if (!tokens.slice(i, i + length).some((t) => PRESENT_MUST.has(t))) return false;
  for (let k = i + length; k < tokens.length && k < i + length + 4; k++) {
    const token = tokens[k] as string;
    if (CHORE_SKIP.has(token)) continue;
    return CHORES.has(token);
  }
  return false;
}

/** The complaint a duration at i carries ("3 mois", "plusieurs semaines"), or 0. */
export function delayAt(tokens: readonly string[], i: number): number {
  if (!DURATIONS.has(tokens[i] as string) || i === 0 || COMPARED.has(tokens[i + 1] ?? '')) return 0;
  const counted = isCount(tokens[i - 1] as string);
  // "met des mois à répondre", "il a fallu des semaines": "des" counts only after a verb of delay.
  if (!counted && tokens[i - 1] !== 'des') return 0;
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) if (DELAY_WORDS.has(tokens[k] as string)) return DELAY;
  return counted ? DURATION : 0;
}

function isCount(token: string): boolean {
  return COUNTS.has(token) || /^\d+$/.test(token);
}
