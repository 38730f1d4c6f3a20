/**
 * What the search page's live region says, and when. The status on screen follows each run (every
 * 180 ms of pause while typing); spoken as often, a reader typing « mobilité » one key every 400 ms
 * heard « Aucun résultat pour « mo » », then « mob »'s count, and so on (RGAA 7.5). As /saisie/'s
 * count of errors (src/components/entry/count-announcer.ts), a status is spoken only once the reader
 * pauses for `ANNOUNCE_PAUSE_MS` after a key, on Enter, or when the field is left; and not when it says
 * again what was last spoken. A status the reader did not type for (a filter ticked) is spoken at once.
 */

/** How long the reader must stop typing before the status is spoken. */
export const ANNOUNCE_PAUSE_MS = 1000;

export interface StatusAnnouncer {
  /** A key changed the field: the status it leads to waits for the pause (what the status says meanwhile is stale). */
  typed(): void;
  /** The status says `text`: spoken at once, or after the pause while the reader types. */
  update(text: string): void;
  /** The field is left: the latest status now, if not spoken yet; the next ones at once. */
  left(): void;
  /** Enter: the next status is spoken at once, even when it says what was last spoken (the reader asked). */
  submitted(): void;
}

export function statusAnnouncer(speak: (text: string) => void, pause = ANNOUNCE_PAUSE_MS, clock: () => number = () => performance.now()): StatusAnnouncer {
  let spoken: string | null = null;
  let latest: string | null = null;
  let typedAt = -Infinity;
  let asked = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const flush = () => {
    stop();
    if (latest === null || latest === spoken) return;
    spoken = latest;
    speak(latest);
  };
  return {
    typed() {
      typedAt = clock();
      latest = null;
      asked = false;
      stop();
      timer = setTimeout(flush, pause);
    },
    update(text) {
      latest = text;
      if (asked) {
        asked = false;
        stop();
        spoken = text;
        speak(text);
        return;
      }
      if (timer !== undefined) return; // the pause's end speaks it
      const waited = clock() - typedAt;
      if (waited >= pause) flush();
      else timer = setTimeout(flush, pause - waited);
    },
    left() {
      typedAt = -Infinity;
      flush();
    },
    submitted() {
      stop();
      typedAt = -Infinity;
      latest = null;
      asked = true;
    },
  };
}

/**
 * Writes into a polite live region: emptied, then filled on the next tick when it already holds the
 * text, so that the same sentence asked again (Enter) is said again.
 */
export function liveRegionSpeaker(region: HTMLElement): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    clearTimeout(timer);
    if (region.textContent !== text) {
      region.textContent = text;
      return;
    }
    region.textContent = '';
    timer = setTimeout(() => {
      region.textContent = text;
    }, 50);
  };
}
