/**
 * The leading figure of a chart, for its canvas's text alternative (« Saisie et ergonomie en tête :
 * 399 éléments »): what a sighted reader sees first, the longest bar. Read from the spec the canvas
 * draws and the table lists, so the three never disagree.
 */
import { categoryTotal, type ChartSpec } from './charts.ts';
import { formatPercent, joinFrench, plural } from './format.ts';

/** Leaders named at most; past them, « et N autres ». */
const NAMED_LEADERS = 3;

/** « Saisie et ergonomie en tête : 399 éléments », « A et B à égalité en tête : 12 éléments », or null when every value is 0. */
export function chartLead(spec: Pick<ChartSpec, 'categories' | 'series' | 'unit' | 'valueNoun'>): string | null {
  const totals = spec.categories.map((_, index) => categoryTotal(spec, index));
  const top = Math.max(0, ...totals);
  if (top <= 0) return null;
  const leaders = spec.categories.filter((_, index) => totals[index] === top).map((category) => category.label);
  const named = leaders.length > NAMED_LEADERS ? [...leaders.slice(0, NAMED_LEADERS), `${leaders.length - NAMED_LEADERS} autres`] : leaders;
  const [singular, pluralForm] = spec.valueNoun ?? ['élément', 'éléments'];
  const value = spec.unit === 'percent' ? formatPercent(top) : plural(top, singular, pluralForm);
  return `${joinFrench(named)}${leaders.length > 1 ? ' à égalité' : ''} en tête : ${value}`;
}
