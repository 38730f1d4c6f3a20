/**
 * Chart.js rendering (tree-shaken: bar charts only). Series differ by colour *and* pattern, so
 * colour never carries meaning alone; no animation when the reader asks for reduced motion. Nothing
 * here works with a mouse alone: the legend hides no series, and what a tooltip says is in the data table.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { fitLabels, tooltipTitle, type Measure } from './chart-labels.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#161616';

interface Payload {
  labels: string[];
  series: Array<{ label: string; values: number[] }>;
  stacked: boolean;
  horizontal: boolean;
  unit: 'items' | 'percent';
  /** Per category, the index of its tag colour (one bar per tag), or null. */
  categoryColours: number[] | null;
  /** Per series, the index of its tag colour, or null. */
  seriesColours: number[] | null;
}

/** Tag colours (working, broken, needs), each ≥ 3:1 against white. */
const TAG_COLOURS = ['#1f6f46', '#a63d00', '#1d4f91', '#5b3a8c'];
const SINGLE_COLOUR = '#1d4f91';

/** Solid, diagonal stripes, dots, cross-hatch: one motif per series. */
function motif(colour: string, index: number): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 10;
  tile.height = 10;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 10, 10);
  ctx.strokeStyle = 'rgba(255,255,255,0.85)';
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.lineWidth = 2;
  const kind = index % 4;
  if (kind === 1) {
    ctx.beginPath();
    ctx.moveTo(0, 10);
    ctx.lineTo(10, 0);
    ctx.moveTo(-5, 5);
    ctx.lineTo(5, -5);
    ctx.moveTo(5, 15);
    ctx.lineTo(15, 5);
    ctx.stroke();
  } else if (kind === 2) {
    ctx.beginPath();
    ctx.arc(5, 5, 2, 0, Math.PI * 2);
    ctx.fill();
  } else if (kind === 3) {
    ctx.beginPath();
    ctx.moveTo(0, 5);
    ctx.lineTo(10, 5);
    ctx.moveTo(5, 0);
    ctx.lineTo(5, 10);
    ctx.stroke();
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Long category labels of a vertical chart on several lines (Chart.js draws arrays as lines). */
function wrap(label: string, width = 26): string[] | string {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Measures text in the font Chart.js draws the ticks with. */
function tickMeasure(canvas: HTMLCanvasElement): Measure {
  const ctx = canvas.getContext('2d');
  const font = `${Chart.defaults.font.size ?? 13}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
  return (text) => {
    if (!ctx) return text.length * 7;
    ctx.save();
    ctx.font = font;
    const width = ctx.measureText(text).width;
    ctx.restore();
    return width;
  };
}

/** Bars keep their thickness when a label's lines make their band taller. */
const BAR_THICKNESS = 26;

/** Room for the value axis and the legend below the bars of a horizontal chart. */
const HORIZONTAL_CHROME = 80;

const numbers = new Intl.NumberFormat('fr-FR');
const percents = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** The printed line in CSS pixels: A4 (210 mm) less print.css's @page margins (2 × 16 mm). */
const PRINTED_LINE = ((210 - 2 * 16) / 25.4) * 96;

/**
 * The width a chart's box gets on paper, estimated on screen: the printed line less the padding and
 * borders between the page's column and the box (the figure's); the column's own padding is not printed,
 * nor any width limit of the screen (print.css).
 */
function printedWidth(box: HTMLElement): number {
  let chrome = 0;
  for (let node = box.parentElement; node && !node.classList.contains('wrap') && node !== document.body; node = node.parentElement) {
    const style = getComputedStyle(node);
    chrome += parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
  }
  return Math.max(160, Math.floor(PRINTED_LINE - chrome));
}

/**
 * Printing resizes no chart by itself: each would print the bitmap drawn for the screen, squeezed to the
 * paper's width (Chart.js docs, « Printing Resizable Charts »). Before printing, each wider than the
 * paper is redrawn at the width estimated for it (a browser printing a copy of the page, as Firefox
 * does, takes that one);
 * once the page is laid out for print (Chromium, Safari), at its box's exact size; after printing, at
 * the screen's. Twice each time: a horizontal chart's box gets the height of its labels wrapped again
 * (onResize), which the second pass takes. A page already laid out for print when printing starts (the
 * PDF export emulates print media) was drawn at its printed size: left as it is.
 */
function resizeAll(size?: (box: HTMLElement) => [number, number]): void {
  for (const chart of Object.values(Chart.instances)) {
    const box = chart.canvas.parentElement;
    if (!box) continue;
    for (let pass = 0; pass < 2; pass++) {
      if (size) chart.resize(...size(box));
      else chart.resize();
    }
  }
}

const printMedia = window.matchMedia('print');
window.addEventListener('beforeprint', () => {
  // Never wider than on screen (Chart.js keeps a canvas within its box): a chart narrower on screen, in
  // a column, is printed scaled up whole (print.css).
  if (!printMedia.matches) resizeAll((box) => [Math.min(box.clientWidth, printedWidth(box)), box.clientHeight]);
});
printMedia.addEventListener('change', () => resizeAll());
window.addEventListener('afterprint', () => {
  if (!printMedia.matches) resizeAll();
});

export function renderChart(figure: HTMLElement): void {
  const box = figure.querySelector<HTMLElement>('.chart-canvas');
  const canvas = box?.querySelector('canvas');
  const raw = figure.dataset.chart;
  if (!box || !canvas || !raw) {
    figure.dataset.drawn = 'true'; // nothing to draw: done all the same
    return;
  }
  const data = JSON.parse(raw) as Payload;
  const tags = figure.dataset.palette === 'tags';
  box.hidden = false;
  const measure = tickMeasure(canvas);
  // Horizontal: labels wrapped to the axis's room at the box's width, bars as tall as their lines need.
  const fitted = (width: number) => {
    const fit = fitLabels(data.labels, width, measure);
    return { labels: fit.labels, height: `${Math.max(160, data.labels.length * fit.band + HORIZONTAL_CHROME)}px` };
  };
  const initial = data.horizontal ? fitted(box.clientWidth) : { labels: data.labels.map((label) => wrap(label)), height: '320px' };
  box.style.height = initial.height;
  const thickness = data.horizontal ? { maxBarThickness: BAR_THICKNESS } : {};
  const format = (value: number) => (data.unit === 'percent' ? percents.format(value) : numbers.format(value));
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const valueAxis = {
    stacked: data.stacked,
    beginAtZero: true,
    ...(data.unit === 'percent' ? { max: 1 } : {}),
    ticks: { callback: (value: string | number) => format(Number(value)), color: '#161616', ...(data.unit === 'items' ? { precision: 0 } : {}) },
    grid: { color: '#d5d8dd' },
  };
  const categoryAxis = { stacked: data.stacked, ticks: { color: '#161616', autoSkip: false }, grid: { display: false } };
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: initial.labels,
      datasets: data.series.map((series, index) => {
        const categoryColours = data.categoryColours;
        if (categoryColours) {
          const colours = categoryColours.map((c) => TAG_COLOURS[c] ?? SINGLE_COLOUR);
          return {
            label: series.label,
            data: series.values,
            backgroundColor: colours.map((colour, i) => motif(colour, categoryColours[i] ?? 0)),
            borderColor: colours,
            borderWidth: 1,
          ...thickness,
          };
        }
        const look = data.seriesColours?.[index] ?? index;
        const colour = tags ? (TAG_COLOURS[look] ?? SINGLE_COLOUR) : SINGLE_COLOUR;
        return {
          label: series.label,
          data: series.values,
          backgroundColor: tags ? motif(colour, look) : colour,
          borderColor: colour,
          borderWidth: 1,
          ...thickness,
        };
      }),
    },
    options: {
      indexAxis: data.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      locale: 'fr-FR',
      // A phone turned, a window resized: the labels are wrapped again to the new width.
      onResize: (chart, size) => {
        if (!data.horizontal) return;
        const next = fitted(size.width);
        if (JSON.stringify(next.labels) === JSON.stringify(chart.data.labels)) return;
        chart.data.labels = next.labels;
        box.style.height = next.height;
        chart.update('none');
      },
      scales: data.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        // The canvas legend is out of the keyboard's reach: a click on it hides nothing (RGAA 7.3). The
        // data table under the chart carries every figure, as it does what the tooltips show (10.13).
        legend: { display: data.series.length > 1, position: 'bottom', labels: { color: '#161616' }, onClick: () => undefined },
        tooltip: { callbacks: { title: (items) => tooltipTitle(data.labels, items), label: (ctx) => `${ctx.dataset.label ?? ''} : ${format(Number(ctx.raw))}` } },
      },
    },
  });
  const details = figure.querySelector<HTMLDetailsElement>('details[data-chart-details]');
  if (details) details.open = false;
  // The PDF waits for this mark on every chart (src/export/pdf.ts).
  figure.dataset.drawn = 'true';
}
