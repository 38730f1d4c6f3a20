/** Comparatives, read by the past frame (« étaient plus simples ») and the hypothesis frames (« plus facile si… »). */
export const COMPARATIVES: ReadonlySet<string> = new Set('plus mieux meilleur meilleure meilleurs meilleures'.split(' '));

/** "ne … plus" is a negation, not a comparative. */
export function isNegated(tokens: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (tokens[k] === 'ne') return true;
  return false;
}
