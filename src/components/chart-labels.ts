/**
 * Category labels of a horizontal bar chart, wrapped to the room Chart.js gives them. Chart.js caps
 * the category axis at half the chart's width and clips what does not fit: on a phone, « Lenteurs et
 * disponibilité » lost its first letters. The labels are wrapped on words to that half (at most
 * `MAX_LABEL_WIDTH`), measured in pixels, and the bars get the height their lines need. Pure: the
 * measure is given (a canvas's `measureText` in the page, a fake in the tests).
 */

/** Width of a text in pixels, in the font of the labels. */
export type Measure = (text: string) => number;

/** Chart.js gives the category axis at most half of the chart's width (`vBoxMaxWidth`). */
const AXIS_SHARE = 0.5;
/** Tick mark (8 px) and padding (3 px) between a label and its bar, and room so a label never touches the canvas's left edge. */
const AXIS_MARGIN = 18;
/** Narrower than this, labels would be a letter a line: they get this much and the bars the rest. */
const MIN_LABEL_WIDTH = 60;
/** Wider screens keep the bars their room: a long label takes two lines, as it always did. */
const MAX_LABEL_WIDTH = 180;
/** Height of one line of a label (13 px font, Chart.js line height 1.2), and the room around a bar. */
export const LINE_HEIGHT = 15.6;
const MIN_BAND = 34;
const BAND_PADDING = 4;

/** A label on lines no wider than `maxWidth`, cut between words (a word wider than that, between letters). */
export function wrapLabel(label: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const piece of splitWord(word, maxWidth, measure)) {
      if (line) lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [label];
}

/** A word too wide for a line, in pieces that fit (« Interopérabilité » on a very narrow axis). */
function splitWord(word: string, maxWidth: number, measure: Measure): string[] {
  if (measure(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const letter of word) {
    if (piece && measure(`${piece}${letter}-`) > maxWidth) {
      pieces.push(`${piece}-`);
      piece = letter;
    } else piece += letter;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export interface FittedLabels {
  /** Per category: one line as a string, several as an array (Chart.js draws arrays as lines). */
  labels: Array<string | string[]>;
  /** Height of each category's band, in pixels: room for the longest label's lines. */
  band: number;
}

/** The labels of a horizontal chart `chartWidth` pixels wide, wrapped to the axis's room. */
export function fitLabels(labels: readonly string[], chartWidth: number, measure: Measure): FittedLabels {
  const maxWidth = Math.max(MIN_LABEL_WIDTH, Math.min(MAX_LABEL_WIDTH, chartWidth * AXIS_SHARE - AXIS_MARGIN));
  const wrapped = labels.map((label) => wrapLabel(label, maxWidth, measure));
  const lines = Math.max(1, ...wrapped.map((w) => w.length));
  return {
    labels: wrapped.map((w) => (w.length === 1 ? (w[0] ?? '') : w)),
    band: Math.max(MIN_BAND, Math.ceil(lines * LINE_HEIGHT) + BAND_PADDING),
  };
}
