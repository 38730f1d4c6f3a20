/**
 * What the form and the dev server agree on to save a note into content/ateliers/ under `astro dev`
 * (never in the static build): the URL, the request, and which paths may be written.
 */
export const DEV_SAVE_URL = '/__livre-blanc/notes';

export interface DevSaveRequest {
  /** `content/ateliers/<région>/<fichier>.md`, as written by `notePath`. */
  path: string;
  content: string;
  /** Replace an existing note (asked to the user first). */
  overwrite: boolean;
}

export interface DevSaveResponse {
  ok: boolean;
  /** French sentence for the user. */
  message: string;
  /** True when the note exists and `overwrite` was false. */
  exists?: boolean;
}

/** Largest note accepted (a workshop note is a few kilobytes). */
export const MAX_NOTE_BYTES = 1_000_000;

/** Only the paths `notePath` writes: one folder level below content/ateliers/, slug names, `.md`. */
export function isNotePath(path: string): boolean {
  return /^content\/ateliers\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*\.md$/.test(path);
}
