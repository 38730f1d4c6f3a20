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

/** A label on lines no wider than `maxWidth`: cut at spaces, then after the label's own hyphens, and inside a word only as a last resort. */
export function wrapLabel(label: string, maxWidth: number, measure: Measure): string[] {
  const fits = (text: string) => measure(text) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of label.split(/\s+/).filter((w) => w !== '')) {
    const spaced = line ? `${line} ${word}` : word;
    if (fits(spaced)) {
      line = spaced;
      continue;
    }
    // Spaces first: a word that fits a line of its own starts one, even a compound (« Provence-Alpes-Côte »).
    if (fits(word)) {
      breakLine();
      line = word;
      continue;
    }
    // Too wide even alone: its parts after its own hyphens, the first one still on the current line if it fits.
    let glue = line ? ' ' : '';
    for (const part of hyphenParts(word)) {
      const joined = `${line}${glue}${part}`;
      glue = '';
      if (fits(joined)) {
        line = joined;
        continue;
      }
      breakLine();
      if (fits(part)) {
        line = part;
        continue;
      }
      const pieces = cutWord(part, maxWidth, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  breakLine();
  return lines.length ? lines : [label];
}

/** A compound word in parts that each keep their hyphen: « Provence-Alpes-Côte » → « Provence- », « Alpes- », « Côte ». */
function hyphenParts(word: string): string[] {
  return word.split(/(?<=[-‐])(?=.)/u);
}

const VOWELS = /[aeiouyàâäéèêëîïôöùûüÿœæ]/iu;
const LETTER = /\p{L}/u;
/** Two consonants a French syllable does not split: « bl », « tr », « ch », « gn »… */
const CLUSTER = /^(?:[bcdfgkpstv][lr]|[cpst]h|gn|qu)$/iu;

/**
 * How well a word reads cut before its letter `at`: 2 between syllables as a reader would guess them
 * (before a consonant that opens one: « Aqui-taine », « In-te… », not inside « bl », « ch »…), 1 between
 * two other letters, 0 next to an apostrophe or a sign.
 */
function cutScore(chars: readonly string[], at: number): number {
  const before = chars[at - 1] ?? '';
  const after = chars[at] ?? '';
  const next = chars[at + 1] ?? '';
  if (!LETTER.test(before) || !LETTER.test(after)) return 0;
  const vowel = (c: string) => VOWELS.test(c);
  if (!vowel(after) && vowel(next) && (vowel(before) || !CLUSTER.test(before + after))) return 2;
  // Before two consonants that open a syllable together: « Auver-gne », « Fran-che ».
  if (!vowel(before) && CLUSTER.test(after + next) && vowel(chars[at + 2] ?? '')) return 2;
  return 1;
}

/** A word wider than a line, in pieces that fit, each but the last ending with a hyphen added. */
function cutWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (measure(rest) > maxWidth) {
    const chars = [...rest];
    // The longest head that fits with its hyphen, leaving three letters at least after it (« Aquitai-ne » reads badly).
    const letters = chars.at(-1) === '-' ? chars.length - 1 : chars.length;
    let longest = 0;
    for (let at = 1; at <= letters - 3; at++) {
      if (measure(`${chars.slice(0, at).join('')}-`) > maxWidth) break;
      longest = at;
    }
    if (longest === 0) break; // not even a letter fits: the line overflows rather than loop
    // The best-placed cut, as long as it keeps at least half of that room filled.
    let cut = longest;
    let best = 0;
    for (let at = longest; at >= Math.max(2, Math.ceil(longest / 2)); at--) {
      const score = cutScore(chars, at);
      if (score > best) {
        best = score;
        cut = at;
      }
      if (score === 2) break;
    }
    pieces.push(`${chars.slice(0, cut).join('')}-`);
    rest = chars.slice(cut).join('');
  }
  pieces.push(rest);
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

/**
 * A tooltip's title: the category's label as written. Chart.js would join a wrapped label's lines with
 * commas (« Saisie et,ergonomie »), and joining them with spaces would keep the hyphens added to cut a word.
 */
export function tooltipTitle(labels: readonly string[], items: ReadonlyArray<{ dataIndex: number; label: string }>): string {
  const first = items[0];
  return first ? (labels[first.dataIndex] ?? first.label) : '';
}
