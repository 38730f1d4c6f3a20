/** Polite announcements for screen readers, through the form's aria-live region. */
let timer: ReturnType<typeof setTimeout> | undefined;
let lastText = '';
let lastAt = -Infinity;

/**
 * A sentence said within this time of the one before is said after it, not instead of it: « Élément 2
 * ajouté » then the count of errors that adding it changed, both heard (the region is read whole).
 */
const TOGETHER_MS = 1000;

export function announce(text: string): void {
  const region = document.getElementById('saisie-annonces');
  if (!region) return;
  const now = performance.now();
  const said = now - lastAt < TOGETHER_MS && lastText && lastText !== text ? `${lastText} ${text}` : text;
  lastText = said;
  lastAt = now;
  // Emptied first, then filled on the next tick: the same sentence twice is announced twice.
  region.textContent = '';
  clearTimeout(timer);
  timer = setTimeout(() => {
    region.textContent = said;
  }, 50);
}
