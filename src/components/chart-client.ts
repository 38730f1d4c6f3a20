/**
 * Draws the charts of a page when they come into view: Chart.js is fetched only then, as a separate
 * bundle, so a page without charts (or a reader who never scrolls to one) never downloads it.
 */
function drawWhenVisible(): void {
  const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');
  if (figures.length === 0) return;
  const draw = (figure: HTMLElement) => {
    void import('./chart-render.ts').then(({ renderChart }) => renderChart(figure));
  };
  if (!('IntersectionObserver' in window)) {
    figures.forEach(draw);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px' },
  );
  figures.forEach((figure) => observer.observe(figure));
}

/** The event the PDF printer sends: a PDF has no view to scroll, so every chart is drawn at once. */
const DRAW_ALL = 'livre-blanc:tout-dessiner';
window.addEventListener(DRAW_ALL, () => {
  document.querySelectorAll<HTMLElement>('figure[data-chart]:not([data-drawn])').forEach((figure) => {
    void import('./chart-render.ts').then(({ renderChart }) => renderChart(figure));
  });
});

// Printing shows every data table, whatever the reader collapsed; afterwards, the page is as they left it.
let openedForPrint: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  openedForPrint = Array.from(document.querySelectorAll('details')).filter((details) => !details.open);
  for (const details of openedForPrint) details.open = true;
});
window.addEventListener('afterprint', () => {
  for (const details of openedForPrint) details.open = false;
  openedForPrint = [];
});

drawWhenVisible();
