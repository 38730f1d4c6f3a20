/**
 * « Télécharger la note » with blocking errors: the note the tir à blanc would refuse is not sent by a
 * single click, unnoticed (it was named region-inconnue/… and the summary was 700 px above). The focus
 * goes to the summary's status line, an explicit « Télécharger quand même » right under it, then
 * the lines that lead to each field. With warnings only, the note downloads at once. While held, the
 * status line is described by the suspension's sentence: focused, it says why nothing was downloaded
 * (RGAA 7.5, 11.10), not only how many errors are left.
 */
import { plural } from '../../pipeline/text/plural.ts';
import { frenchTypography } from '../../site/typography/french-typography.ts';

/** What the confirmation says, `blocking` errors left (the status line above it counts them all). */
export function holdText(blocking: number): string {
  const errors = blocking > 1 ? `les ${plural(blocking, 'erreur bloquante', 'erreurs bloquantes')}` : 'l’erreur bloquante';
  return frenchTypography(
    `Téléchargement suspendu : corrigez d’abord ${errors}, ou téléchargez la note quand même pour la compléter plus tard.`,
  );
}

const hold = () => document.getElementById('telechargement-suspendu');
const status = () => document.getElementById('verification-etat');
const HOLD_TEXT_ID = 'telechargement-suspendu-texte';

/** Shows or hides the confirmation, and ties the status line to its sentence only while it shows. */
function showHold(box: HTMLElement, shown: boolean): void {
  box.hidden = !shown;
  if (shown) status()?.setAttribute('aria-describedby', HOLD_TEXT_ID);
  else status()?.removeAttribute('aria-describedby');
}

/** Shows the confirmation and takes the focus to the summary's status line. */
export function holdDownload(blocking: number): void {
  const box = hold();
  const text = document.getElementById(HOLD_TEXT_ID);
  if (!box || !text) return;
  text.textContent = holdText(blocking);
  showHold(box, true);
  status()?.focus();
}

/** Keeps the confirmation in step with the check: gone once nothing blocks any more. */
export function updateHold(blocking: number): void {
  const box = hold();
  if (!box || box.hidden) return;
  if (!blocking) showHold(box, false);
  else {
    const text = document.getElementById(HOLD_TEXT_ID);
    if (text) text.textContent = holdText(blocking);
  }
}

export function releaseHold(): void {
  const box = hold();
  if (box) showHold(box, false);
}
