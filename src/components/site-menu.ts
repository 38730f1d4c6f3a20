/**
 * « Menu » on a narrow screen: the header (navigation, search form) folds behind a disclosure button.
 * The stylesheet folds it (below 40rem, where scripts run: `scripting: enabled`) and this script opens
 * and closes it. Escape closes the menu from anywhere in the header and gives the focus back to the
 * button.
 */
const header = document.querySelector<HTMLElement>('.site-header');
const toggle = header?.querySelector<HTMLButtonElement>('[data-menu-toggle]');

if (header && toggle) {
  const isOpen = () => toggle.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    header.classList.toggle('menu-open', open);
  };
  toggle.addEventListener('click', () => setOpen(!isOpen()));
  header.addEventListener('keydown', (event) => {
    // On a wide screen the button is not shown: the focus must not go to it.
    if (event.key !== 'Escape' || !isOpen() || toggle.getClientRects().length === 0) return;
    event.preventDefault();
    setOpen(false);
    toggle.focus();
  });
}
