/**
 * « Menu » on a narrow or short screen: the header (navigation, search form) folds behind a disclosure
 * button. The stylesheet folds it (below 40rem wide, or 30rem high — a phone held sideways —, where
 * scripts run: `scripting: enabled`) and this script opens and closes it. Escape closes the menu from
 * anywhere in the header and gives the focus back to the button.
 */

/** Where the header folds: the same media query as global.css's. */
export const FOLDING_QUERY = '((max-width: 40rem) or (max-height: 30rem)) and (scripting: enabled)';

const header = document.querySelector<HTMLElement>('.site-header');
const toggle = header?.querySelector<HTMLButtonElement>('[data-menu-toggle]');

if (header && toggle) {
  const folding = window.matchMedia(FOLDING_QUERY);
  const isOpen = () => toggle.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    header.classList.toggle('menu-open', open);
  };
  toggle.addEventListener('click', () => setOpen(!isOpen()));
  header.addEventListener('keydown', (event) => {
    // Where the header does not fold the button is not shown: the focus must not go to it.
    if (event.key !== 'Escape' || !isOpen() || !folding.matches || toggle.getClientRects().length === 0) return;
    event.preventDefault();
    setOpen(false);
    toggle.focus();
  });
  // Unfolded (window widened or turned upright), the hidden button must not stay « open »: folded again, the
  // menu starts closed, as it does on load.
  folding.addEventListener('change', () => {
    if (!folding.matches) setOpen(false);
  });
}
