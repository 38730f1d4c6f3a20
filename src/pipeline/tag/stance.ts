/**
 * A bare « Oui », « Non », « Pour », « Contre » answering a yes/no question that proposes a change
 * (« Faut-il reconnaître le vote blanc ? », see context.ts `proposesChange`). Elsewhere these words
 * answer nothing (« Oui » to « Pouvez-vous identifier des règles inutiles ? » names no rule) and
 * stay non-answers (non-answer.ts); under such a question they are the answer itself.
 * Only short statements made of these words and a few fillers are read (« Oui, tout à fait ! »,
 * « Je suis contre », « Pas du tout d'accord »): a longer one is read for its own words.
 * Tokens are folded (« d'accord » reads `de accord`).
 */
import { BOUNDARY } from './tokens.ts';

export type Stance = 'for' | 'against';

/** Words that say yes whatever surrounds them. */
const FOR = new Set(['oui', 'ouais', 'pour', 'favorable', 'favorables', 'ok', 'yes']);
/** Words that say yes unless a « non » or « pas » turns them (« absolument pas », « pas d'accord »). */
const AGREEING = new Set(['accord', 'absolument', 'evidemment', 'evidement', 'certainement', 'exactement', 'carrement', 'volontiers', 'fait', 'sur', 'surement']);
const AGAINST = new Set(['non', 'contre', 'pas', 'jamais', 'nan', 'defavorable', 'defavorables']);
/** Words that change nothing around a yes or a no. */
const FILLERS = new Set(
  'je j suis sommes nous moi perso personnellement tout a du de d bien et encore plutot totalement completement entierement franchement clairement vraiment surtout merci trois fois mille'.split(' '),
);
/** A stance is a few words: « Oui, bien sûr, tout à fait » at most. */
const MAX_STANCE_TOKENS = 8;

/** The position a short statement takes, or null when it says something else (or both). */
export function stanceOf(tokens: readonly string[]): Stance | null {
  if (tokens.length > MAX_STANCE_TOKENS) return null;
  let strongFor = false;
  let agreeing = false;
  let against = false;
  for (const token of tokens) {
    if (token === BOUNDARY) continue;
    if (FOR.has(token)) strongFor = true;
    else if (AGREEING.has(token)) agreeing = true;
    else if (AGAINST.has(token)) against = true;
    else if (!FILLERS.has(token)) return null;
  }
  // « Oui et non » takes no side; « absolument pas », « pas d'accord » say no.
  if (strongFor && against) return null;
  if (against) return 'against';
  return strongFor || agreeing ? 'for' : null;
}
