/**
 * Keys of the search page's results: ↓ from the field goes to the first result, ↑/↓ move between the
 * results (↑ from the first returns to the field), Échap returns to the field.
 */
export function resultsKeyboard(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  input.addEventListener('keydown', (event) => {
    const [first] = links();
    if (event.key !== 'ArrowDown' || !first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const target = event.key === 'ArrowDown' ? all[index + 1] : all[index - 1];
      (target ?? (event.key === 'ArrowUp' ? input : all[index]))?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });
}
