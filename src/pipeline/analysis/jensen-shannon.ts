/** The divergence the regions' similarity rests on (convergence.ts, chance-similarity.ts). */
/** Jensen–Shannon divergence in bits (0 = same distribution, 1 = disjoint supports). */
export function jensenShannon(p: Float64Array, q: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] as number;
    const b = q[i] as number;
    const m = (a + b) / 2;
    if (a > 0) sum += a * Math.log2(a / m);
    if (b > 0) sum += b * Math.log2(b / m);
  }
  return Math.min(1, Math.max(0, sum / 2));
}
