/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, « Fightin'
 * Words », eq. 16 and 20): how much more often group i uses a category w than group j, shrunk
 * toward the background frequencies so that rare categories do not top the list on a few counts.
 *
 *   δ_w = ln((y_iw + α_w) / (n_i + α_0 − y_iw − α_w)) − ln((y_jw + α_w) / (n_j + α_0 − y_jw − α_w))
 *   σ²(δ_w) ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w)          z_w = δ_w / σ(δ_w)
 *
 * with α_w = α_0 · (background share of w).
 */

export interface LogOdds {
  logOdds: number;
  zScore: number;
}

export interface LogOddsInput {
  /** Count of the category in group i, and group i's total. */
  countI: number;
  totalI: number;
  /** Count of the category in group j, and group j's total. */
  countJ: number;
  totalJ: number;
  /** Prior pseudo-count of the category (α_w > 0) and of all categories (α_0). */
  alpha: number;
  alpha0: number;
}

export function logOdds({ countI, totalI, countJ, totalJ, alpha, alpha0 }: LogOddsInput): LogOdds {
  const delta =
    Math.log((countI + alpha) / (totalI + alpha0 - countI - alpha)) -
    Math.log((countJ + alpha) / (totalJ + alpha0 - countJ - alpha));
  const variance = 1 / (countI + alpha) + 1 / (countJ + alpha);
  return { logOdds: delta, zScore: delta / Math.sqrt(variance) };
}

/** Published figures keep 4 decimals: enough to rank, short in the JSON. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
