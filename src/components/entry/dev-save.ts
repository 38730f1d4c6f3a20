/**
 * « Enregistrer dans le dossier de la consultation », under `astro dev` only: the note is sent to the
 * dev server's endpoint (src/entry/node/dev-save-integration.ts). In the static build this module is
 * reduced to nothing (`import.meta.env.DEV` is false) and the button is not rendered.
 */
import type { DraftCheck } from '../../entry/check-draft.ts';
import { DEV_SAVE_URL, type DevSaveRequest, type DevSaveResponse } from '../../entry/dev-save-protocol.ts';
import { announce } from './announcer.ts';
import { plural } from '../../pipeline/text/plural.ts';

/**
 * A note with blocking errors is not written into the consultation: `build` would then refuse the
 * whole white paper until it is fixed. It can still be downloaded (« Télécharger quand même »).
 */
export function refusedSave(blocking: number): string | null {
  if (!blocking) return null;
  const errors = plural(blocking, 'erreur bloquante', 'erreurs bloquantes');
  return `Note non enregistrée : elle a ${errors}, et la construction du livre blanc s’arrêterait sur elle. Corrigez-${blocking === 1 ? 'la' : 'les'}, ou téléchargez la note pour la compléter plus tard.`;
}

export async function saveToConsultation(check: DraftCheck): Promise<void> {
  if (!import.meta.env.DEV) return;
  const refused = refusedSave(check.blocking);
  const status = document.getElementById('verification-etat');
  if (refused) {
    announce(refused);
    if (status) {
      status.textContent = refused;
      status.focus();
    }
    return;
  }
  const send = async (overwrite: boolean): Promise<DevSaveResponse> => {
    const body: DevSaveRequest = { path: check.note.path, content: check.note.content, overwrite };
    try {
      const response = await fetch(DEV_SAVE_URL, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as DevSaveResponse;
    } catch {
      return { ok: false, message: 'Le serveur de développement ne répond pas : la note n’a pas été enregistrée.' };
    }
  };
  let result = await send(false);
  if (result.exists && window.confirm(`${result.message} Le remplacer ?`)) result = await send(true);
  announce(result.message);
  if (status && !result.ok) status.textContent = result.message;
}
