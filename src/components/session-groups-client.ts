/**
 * Session pages: a link to an item (`#e-<id>`) inside a closed group (`<details>`) opens the group and
 * shows the item. Chromium does it itself on a fragment navigation and for find-in-page, scripts or not;
 * this is for browsers that do not. Runs on load and on every change of the hash.
 */
function reveal(): void {
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const target = id === '' ? null : document.getElementById(id);
  if (!target) return;
  let opened = false;
  for (let group = target.closest('details'); group; group = group.parentElement?.closest('details') ?? null) {
    if (!group.open) {
      group.open = true;
      opened = true;
    }
  }
  // Closed, the group gave the item no box to scroll to.
  if (opened) target.scrollIntoView();
}

reveal();
addEventListener('hashchange', reveal);
