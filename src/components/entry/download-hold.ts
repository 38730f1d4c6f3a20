/**
 * « Télécharger la note » with blocking errors: the note the tir à blanc would refuse is not sent by a
 * single click, unnoticed (it was named region-inconnue/… and the summary was 700 px above). The focus
 * goes to the summary's status line, an explicit « Télécharger quand même » right under it, then
 * the lines that lead to each field. With warnings only, the note downloads at once.
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

/** Shows the confirmation and takes the focus to the summary's status line. */
export function holdDownload(blocking: number): void {
  const box = hold();
  const text = document.getElementById('telechargement-suspendu-texte');
  if (!box || !text) return;
  text.textContent = holdText(blocking);
  box.hidden = false;
  document.getElementById('verification-etat')?.focus();
}

/** Keeps the confirmation in step with the check: gone once nothing blocks any more. */
export function updateHold(blocking: number): void {
  const box = hold();
  if (!box || box.hidden) return;
  if (!blocking) box.hidden = true;
  else {
    const text = document.getElementById('telechargement-suspendu-texte');
    if (text) text.textContent = holdText(blocking);
  }
}

export function releaseHold(): void {
  const box = hold();
  if (box) box.hidden = true;
}
