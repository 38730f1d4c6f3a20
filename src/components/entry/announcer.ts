/** Polite announcements for screen readers, through the form's aria-live region. */
let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string): void {
  const region = document.getElementById('saisie-annonces');
  if (!region) return;
  // Emptied first, then filled on the next tick: the same sentence twice is announced twice.
  region.textContent = '';
  clearTimeout(timer);
  timer = setTimeout(() => {
    region.textContent = text;
  }, 50);
}
