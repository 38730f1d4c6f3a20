/**
 * The search page's live region: the status is spoken once the reader pauses a second after a key, on
 * Enter or when the field is left, never for each prefix of a word typed slowly.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_PAUSE_MS, statusAnnouncer } from '../../src/search/status-announcer.ts';

describe('statusAnnouncer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const make = () => {
    const said: string[] = [];
    const announcer = statusAnnouncer((text) => said.push(text), ANNOUNCE_PAUSE_MS, () => Date.now());
    return { said, announcer };
  };

  /** « mobil » one key every 400 ms, each run's status 180 ms after its key. */
  function typeSlowly(announcer: ReturnType<typeof make>['announcer'], word: string): void {
    for (let n = 1; n <= word.length; n++) {
      announcer.typed();
      vi.advanceTimersByTime(180);
      announcer.update(`Statut pour « ${word.slice(0, n)} »`);
      vi.advanceTimersByTime(220);
    }
  }

  it('says the word’s status once, a second after the last key, none of its prefixes’', () => {
    const { said, announcer } = make();
    typeSlowly(announcer, 'mobil');
    expect(said).toEqual([]);
    vi.advanceTimersByTime(ANNOUNCE_PAUSE_MS - 400);
    expect(said).toEqual(['Statut pour « mobil »']);
    vi.advanceTimersByTime(5000);
    expect(said).toHaveLength(1);
  });

  it('says at once a status the reader did not type for (a filter ticked), and not twice the same', () => {
    const { said, announcer } = make();
    announcer.update('12 résultats');
    expect(said).toEqual(['12 résultats']);
    announcer.update('12 résultats');
    announcer.update('3 retenus');
    expect(said).toEqual(['12 résultats', '3 retenus']);
  });

  it('says the status when the field is left, and on Enter even what it said before', () => {
    const { said, announcer } = make();
    announcer.typed();
    announcer.update('Statut pour « mo »');
    announcer.left();
    expect(said).toEqual(['Statut pour « mo »']);
    announcer.submitted();
    announcer.update('Statut pour « mo »');
    expect(said).toEqual(['Statut pour « mo »', 'Statut pour « mo »']);
  });

  it('waits for a run slower than the pause, then says it at once', () => {
    const { said, announcer } = make();
    announcer.typed();
    vi.advanceTimersByTime(3000);
    expect(said).toEqual([]);
    announcer.update('Statut');
    expect(said).toEqual(['Statut']);
  });
});
