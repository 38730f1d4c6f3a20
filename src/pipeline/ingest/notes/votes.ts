/** Dot-vote counts (`(12 votes)`) → item weight. */

/** More dots than this on one statement cannot come from one workshop: surely a typo. */
export const MAX_VOTES = 1000;

export interface Votes {
  /** The count when valid; 1 (one statement) when absent or invalid. */
  weight: number;
  problem?: string;
  hint?: string;
}

export function readVotes(counts: readonly string[]): Votes {
  const first = counts[0];
  if (first === undefined) return { weight: 1 };
  const hint = `Écrivez un nombre entier de 0 à ${MAX_VOTES}, par exemple « (12 votes) ».`;
  if (counts.length > 1) {
    const problem = `Cet élément porte ${counts.length} décomptes de votes : aucun n’est retenu.`;
    return { weight: 1, problem, hint: 'Gardez un seul décompte « (N votes) » par élément.' };
  }
  if (!/^\+?\d+$/.test(first)) {
    return { weight: 1, problem: `Le nombre de votes « ${first} » n’est pas un entier positif : il est ignoré.`, hint };
  }
  const weight = Number(first);
  if (weight > MAX_VOTES) {
    return { weight: 1, problem: `${weight} votes pour un seul élément, c’est invraisemblable : le nombre est ignoré.`, hint };
  }
  return { weight };
}
