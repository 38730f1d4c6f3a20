/**
 * The count of blocking errors, spoken once the writer pauses: a date typed slowly (« 12/0 ») is not
 * an error to announce, then take back (RGAA 7.5). The summary on screen still follows each keystroke;
 * the live region says a new count only when the field is left or a second after the last change,
 * and nothing when the count has come back to the one last said.
 */
import { plural } from '../../pipeline/text/plural.ts';

/** How long the writer must pause before a new count is spoken. */
export const COUNT_PAUSE_MS = 1000;

export function countSentence(blocking: number): string {
  return blocking ? `Vérification : ${plural(blocking, 'erreur bloquante', 'erreurs bloquantes')}.` : 'Vérification : plus aucune erreur bloquante.';
}

export interface CountAnnouncer {
  /** The count the reader already knows (the first check, or one the focus has just read out): not spoken. */
  known(blocking: number): void;
  /** A new count: spoken after the pause, unless another comes first. */
  update(blocking: number): void;
  /** Speaks the latest count now if it differs from the one last spoken (a field left). */
  flush(): void;
}

export function createCountAnnouncer(announce: (text: string) => void, pause = COUNT_PAUSE_MS): CountAnnouncer {
  let spoken: number | null = null;
  let latest: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (latest === null || spoken === null || latest === spoken) return;
    spoken = latest;
    announce(countSentence(latest));
  };
  return {
    known(blocking) {
      clearTimeout(timer);
      timer = undefined;
      spoken = latest = blocking;
    },
    update(blocking) {
      latest = blocking;
      clearTimeout(timer);
      timer = setTimeout(flush, pause);
    },
    flush,
  };
}
