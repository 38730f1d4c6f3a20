import { describe, expect, it } from 'vitest';
import { fitLabels, LINE_HEIGHT, wrapLabel, type Measure } from '../../src/components/chart-labels.ts';

/** 7 pixels a character: a stand-in for the canvas's measure. */
const measure: Measure = (text) => text.length * 7;

describe('chart labels wrapped to the room of the axis', () => {
  it('cuts between words, no line wider than the room', () => {
    const lines = wrapLabel('Communication avec les jeunes (SMS, application)', 130, measure);
    expect(lines).toEqual(['Communication avec', 'les jeunes (SMS,', 'application)']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(130);
    expect(lines.join(' ')).toBe('Communication avec les jeunes (SMS, application)');
  });

  it('cuts a word wider than the room between letters, with a hyphen', () => {
    const lines = wrapLabel('Interopérabilité', 60, measure);
    expect(lines.join('').replace(/-/g, '')).toBe('Interopérabilité');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(60);
  });

  it('on a phone, wraps to half the chart and makes the bars tall enough for the lines', () => {
    const labels = ['Saisie et ergonomie', 'Lenteurs et disponibilité', 'Interopérabilité et double saisie', 'Communication avec les jeunes (SMS, application)'];
    // A 320 px screen: a chart about 290 px wide, at most 127 px for the labels.
    const phone = fitLabels(labels, 290, measure);
    for (const label of phone.labels) for (const line of [label].flat()) expect(measure(line)).toBeLessThanOrEqual(290 / 2 - 18);
    expect(phone.labels[1]).toEqual(['Lenteurs et', 'disponibilité']);
    const lines = Math.max(...phone.labels.map((label) => [label].flat().length));
    expect(phone.band).toBeGreaterThanOrEqual(lines * LINE_HEIGHT);
    // A wide screen: the bars keep their room, a long label takes two lines at most.
    const wide = fitLabels(labels, 900, measure);
    expect(wide.labels).toEqual([
      'Saisie et ergonomie',
      'Lenteurs et disponibilité',
      ['Interopérabilité et', 'double saisie'],
      ['Communication avec les', 'jeunes (SMS, application)'],
    ]);
    expect(wide.band).toBeLessThan(phone.band);
    expect(fitLabels(['Saisie et ergonomie'], 900, measure).band).toBe(34);
  });
});
