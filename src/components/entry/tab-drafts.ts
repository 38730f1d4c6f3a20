/**
 * What /saisie says of its other tabs and kept drafts, in sight: another tab of the form is open
 * (each keeps its own draft), and the drafts of closed tabs that this one may take up, one button
 * each. Taking one up keeps this tab's own text as a kept draft in turn: nothing is lost.
 */
import type { NoteDraft } from '../../entry/draft.ts';
import { HEARTBEAT_MS, type DraftSlots, type KeptDraft } from '../../entry/draft-slots.ts';
import { coerceDraft } from './form-draft.ts';
import { regionFieldText } from '../../entry/region-input.ts';

/** Shows or hides the notice that the form is open in another tab too. */
export function showOtherTab(open: boolean): void {
  const notice = document.getElementById('autre-onglet');
  if (notice) notice.hidden = !open;
}

/** How a kept draft is named on its button: its title, else its region and place, and when it was saved. */
export function keptDraftName(draft: NoteDraft, savedAt: number | null): string {
  const name = draft.titre.trim() || [regionFieldText(draft.region.trim()), draft.lieu.trim()].filter(Boolean).join(' — ') || 'sans titre ni lieu';
  const when = savedAt ? `, enregistré le ${new Date(savedAt).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' })}` : '';
  return `« ${name} »${when}`;
}

/** Lists the kept drafts, one « Reprendre » button each (`data-brouillon`: its storage key); hidden when none. */
export function showKeptDrafts(kept: readonly KeptDraft[]): void {
  const box = document.getElementById('brouillons-gardes');
  const list = document.getElementById('brouillons-gardes-liste');
  if (!box || !list) return;
  list.replaceChildren(
    ...kept.flatMap(({ key, draft, savedAt }) => {
      const coerced = coerceDraft(draft);
      if (!coerced) return [];
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.dataset.brouillon = key;
      button.textContent = `Reprendre le brouillon ${keptDraftName(coerced, savedAt)}`;
      li.append(button);
      return [li];
    }),
  );
  box.hidden = list.childElementCount === 0;
}

/**
 * Opens this tab's draft slot and keeps the notices true while the page lives: another tab opening
 * (a `storage` event), every tab but this one closed (the heartbeat), this tab going and coming back
 * (its own stamp). Returns the draft to restore, if any.
 */
export function openTabDraft(slots: DraftSlots<NoteDraft>, announce: (text: string) => void): NoteDraft | null {
  const opened = slots.open();
  showOtherTab(opened.otherTabOpen);
  // Said only where it is true: the script runs, and the browser lets it keep the draft.
  const autosave = document.getElementById('saisie-brouillon-auto');
  if (autosave) autosave.hidden = !slots.canStore();
  showKeptDrafts(slots.kept());
  window.addEventListener('storage', (event) => {
    if (!slots.isOtherTab(event.key, event.newValue)) return;
    if (document.getElementById('autre-onglet')?.hidden) announce('Ce formulaire est aussi ouvert dans un autre onglet : chaque onglet garde son propre brouillon.');
    showOtherTab(true);
  });
  // The tab says it is open while it is, and closed when it goes: its draft is then restored or offered elsewhere.
  setInterval(() => {
    slots.stamp(true);
    if (!slots.otherTabOpen()) showOtherTab(false);
  }, HEARTBEAT_MS);
  window.addEventListener('pagehide', () => slots.stamp(false));
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) slots.stamp(true);
  });
  return opened.restored;
}
