/**
 * The draft kept in this browser (localStorage), so that a closed tab or a reload loses nothing.
 * Storage may be refused (private browsing, policies): the form then simply works without it.
 */
import type { NoteDraft } from '../../entry/draft.ts';
import { coerceDraft } from './form-draft.ts';

export const STORAGE_KEY = 'livre-blanc:saisie:brouillon';

export function storeDraft(draft: NoteDraft): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, draft }));
  } catch {
    // Refused or full: the draft lives only in the page.
  }
}

export function loadStoredDraft(): NoteDraft | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as { version?: unknown; draft?: unknown };
    return stored.version === 1 ? coerceDraft(stored.draft) : null;
  } catch {
    return null;
  }
}

export function clearStoredDraft(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
