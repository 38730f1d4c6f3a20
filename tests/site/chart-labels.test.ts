import { describe, expect, it } from 'vitest';
import { fitLabels, LINE_HEIGHT, tooltipTitle, wrapLabel, type Measure } from '../../src/components/chart-labels.ts';

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

  // The widths at which the phone review saw « Auvergne-Rhône-A-lpes », « Provence-Alpes--Côte d’Azur »,
  // « Nouvelle-Aquita-ine »: 127 px is a 320 px screen's axis.
  it('cuts region names at their spaces, then after their own hyphens, never doubling one', () => {
    expect(wrapLabel('Auvergne-Rhône-Alpes', 127, measure)).toEqual(['Auvergne-Rhône-', 'Alpes']);
    expect(wrapLabel('Auvergne-Rhône-Alpes', 115, measure)).toEqual(['Auvergne-Rhône-', 'Alpes']);
    expect(wrapLabel("Provence-Alpes-Côte d'Azur", 127, measure)).toEqual(['Provence-Alpes-', "Côte d'Azur"]);
    expect(wrapLabel("Provence-Alpes-Côte d'Azur", 115, measure)).toEqual(['Provence-Alpes-', "Côte d'Azur"]);
    expect(wrapLabel('Nouvelle-Aquitaine', 115, measure)).toEqual(['Nouvelle-', 'Aquitaine']);
    expect(wrapLabel('Bourgogne-Franche-Comté', 127, measure)).toEqual(['Bourgogne-Franche-', 'Comté']);
    // Spaces first: a compound that fits a line of its own is not cut to fill the line before it.
    expect(wrapLabel('Région Auvergne-Rhône-Alpes', 140, measure)).toEqual(['Région', 'Auvergne-Rhône-Alpes']);
    // A compound wider than a line: its first part still fills the line it starts on.
    expect(wrapLabel("Sud Provence-Alpes-Côte d'Azur", 100, measure)).toEqual(['Sud Provence-', 'Alpes-Côte', "d'Azur"]);
  });

  it('cuts inside a word only when a part is wider than a line, between syllables, with one hyphen', () => {
    const regions = ['Auvergne-Rhône-Alpes', "Provence-Alpes-Côte d'Azur", 'Nouvelle-Aquitaine', 'Bourgogne-Franche-Comté', 'Centre-Val de Loire'];
    expect(wrapLabel('Nouvelle-Aquitaine', 60, measure)).toEqual(['Nou-', 'velle-', 'Aqui-', 'taine']);
    expect(wrapLabel('Auvergne-Rhône-Alpes', 60, measure)).toEqual(['Auver-', 'gne-', 'Rhône-', 'Alpes']);
    for (const width of [60, 80, 100, 115, 127, 150, 180]) {
      for (const region of regions) {
        const lines = wrapLabel(region, width, measure);
        for (const line of lines) {
          expect(line, `${region} at ${width}`).not.toMatch(/--|^-/);
          expect(measure(line), `${region} at ${width}`).toBeLessThanOrEqual(width);
        }
        const letters = (text: string) => text.replace(/[-\s]/g, '');
        expect(letters(lines.join('')), `${region} at ${width}`).toBe(letters(region));
        // Wide enough for each part of the name: cut only at its spaces and after its hyphens, nothing added.
        if (width >= 80) expect(lines.join(' ').replace(/- /g, '-'), `${region} at ${width}`).toBe(region);
      }
    }
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

  it('titles a tooltip with the label of its category as written, not its wrapped lines', () => {
    const labels = ['Saisie et ergonomie', 'Auvergne-Rhône-Alpes', 'Interopérabilité'];
    // What Chart.js gives the title callback for a wrapped label: its lines joined with a comma.
    const fitted = fitLabels(labels, 290, (text) => text.length * 9).labels;
    expect(fitted[0]).toEqual(['Saisie et', 'ergonomie']);
    const item = (dataIndex: number) => ({ dataIndex, label: String(fitted[dataIndex]) });
    expect(item(0).label).toBe('Saisie et,ergonomie');
    expect(tooltipTitle(labels, [item(0)])).toBe('Saisie et ergonomie');
    expect(tooltipTitle(labels, [item(1)])).toBe('Auvergne-Rhône-Alpes');
    expect(tooltipTitle(labels, [item(2)])).toBe('Interopérabilité');
    expect(tooltipTitle(labels, [])).toBe('');
  });
});
