/**
 * The « Questions fermées » sheet and `questions-fermees.csv`: the answers to the surveys' closed
 * questions (satisfaction 1 to 5, oui/non), one row per question and answer value, « Sans réponse »
 * last, as the site's charts of them show them (`scaleCharts`, the same values in the same order).
 * The part is of the answers given, in whole percentages that add up to 100 % (`wholePercents`, as every
 * split the site prints); « Sans réponse » has none.
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { scaleCharts } from '../site/charts.ts';
import { wholePercents } from '../site/shares.ts';
import { siteView } from './site-view.ts';
import type { NamedTable } from './tables.ts';

export const CLOSED_QUESTIONS_NAME = 'questions-fermees';
export const CLOSED_QUESTIONS_SHEET = 'Questions fermées';
/** The only row of the view when no survey has a closed question. */
export const NO_CLOSED_QUESTION = 'Aucune question fermée (échelle de 1 à 5, oui/non) dans les enquêtes de la consultation.';

export function closedQuestionsTable(synthesis: Synthesis): NamedTable {
  const site = siteView(synthesis);
  const charts = scaleCharts(site);
  const rows: NamedTable['rows'] = [];
  synthesis.scales.forEach((scale, index) => {
    const chart = charts[index];
    const counts = chart?.series[0]?.values ?? [];
    const survey = site.sessionById.get(scale.sessionId)?.title ?? scale.sessionId;
    const given = chart?.categories.map((category, at) => ({ category, count: counts[at] ?? 0 })) ?? [];
    const answered = given.filter(({ category }) => category.key !== '');
    const percents = wholePercents(answered.map(({ count }) => count));
    for (const { category, count } of given) {
      const at = answered.findIndex((entry) => entry.category === category);
      // « 4 » a number, which a spreadsheet sorts and averages as one; « oui », « Sans réponse » text.
      const value = /^\d+$/.test(category.label) ? Number(category.label) : category.label;
      rows.push([survey, scale.question, value, count, at < 0 ? null : (percents[at] ?? 0) / 100]);
    }
  });
  return {
    name: CLOSED_QUESTIONS_NAME,
    sheet: CLOSED_QUESTIONS_SHEET,
    headers: ['Enquête', 'Question', 'Valeur', 'Nombre de réponses', 'Part des réponses données (de 0 à 1)'],
    rows,
    decimals: { 4: 2 },
    percents: [4],
  };
}
