/**
 * The draft kept in this browser (localStorage), so that a closed tab or a reload loses nothing, one
 * key per open tab so that two tabs never write over each other (src/entry/draft-slots.ts).
 * Storage may be refused (private browsing, policies): the form then simply works without it.
 */
import { isBlankDraft, type NoteDraft } from '../../entry/draft.ts';
import { DraftSlots, type KeyValueStore } from '../../entry/draft-slots.ts';
import { coerceDraft } from './form-draft.ts';

export { STORAGE_KEY } from '../../entry/draft-slots.ts';

/** A storage, or null when the browser refuses it (merely reading `localStorage` may throw). */
function storage(which: 'localStorage' | 'sessionStorage'): KeyValueStore | null {
  try {
    return window[which];
  } catch {
    return null;
  }
}

export function openDraftSlots(): DraftSlots<NoteDraft> {
  return new DraftSlots<NoteDraft>(storage('localStorage'), storage('sessionStorage'), coerceDraft, isBlankDraft);
}
