/** A number with `digits` decimals and a decimal comma, as bench/RESULTS.md is read in French (« 11,4× », « 4,5 s »). */
export function decimal(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',');
}
