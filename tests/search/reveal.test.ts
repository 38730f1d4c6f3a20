import { describe, expect, it } from 'vitest';
import { FIRST_RESULT_SHOWN, jumpLabel, REVEAL_MARGIN, revealScroll } from '../../src/search/reveal.ts';

describe('jumpLabel', () => {
  it('counts what the control leads to, in French, zero and one included', () => {
    expect(jumpLabel(95, 'verbatim')).toBe('Voir les 95 verbatims');
    expect(jumpLabel(2177, 'verbatim')).toBe('Voir les 2\u202f177 verbatims');
    expect(jumpLabel(1, 'résultat')).toBe('Voir le résultat');
    expect(jumpLabel(0, 'résultat')).toBe('Voir la liste\u00a0: aucun résultat');
  });
});

describe('revealScroll', () => {
  // The search page at 360 × 400 (on-screen keyboard up), as measured on the demo: field, status, heading, first result.
  const field = 342;
  const status = 514;
  const heading = 590;
  const first = 597;
  const keyboardUp = { tops: [field, status, heading], bottom: first + FIRST_RESULT_SHOWN, viewport: 400 };

  it('leaves the page alone when the field, the status and the first result already show', () => {
    expect(revealScroll({ tops: [40, 120, 190], bottom: 200 + FIRST_RESULT_SHOWN, viewport: 400 })).toBe(0);
  });

  it('brings the field to the top when the status and the first result then fit below it', () => {
    const delta = revealScroll(keyboardUp);
    expect(delta).toBe(field - REVEAL_MARGIN);
    expect(keyboardUp.bottom - delta).toBeLessThanOrEqual(keyboardUp.viewport);
  });

  it('starts from the status when the field would not leave room for the first result', () => {
    expect(revealScroll({ ...keyboardUp, viewport: 250 })).toBe(status - REVEAL_MARGIN);
  });

  it('starts from the focused heading when even the status would push the first result out', () => {
    expect(revealScroll({ ...keyboardUp, viewport: 150 })).toBe(heading - REVEAL_MARGIN);
    expect(revealScroll({ ...keyboardUp, viewport: 50 })).toBe(heading - REVEAL_MARGIN);
  });

  it('shows the status (« Aucun résultat… ») when nothing is listed', () => {
    expect(revealScroll({ tops: [field, status], bottom: 560, viewport: 400 })).toBe(field - REVEAL_MARGIN);
    expect(revealScroll({ tops: [field, status], bottom: 560, viewport: 200 })).toBe(status - REVEAL_MARGIN);
  });

  it('scrolls back up to a status above the screen (the filters were scrolled through, then folded)', () => {
    expect(revealScroll({ tops: [-600, -600, -420], bottom: -380 + FIRST_RESULT_SHOWN, viewport: 400 })).toBe(-600 - REVEAL_MARGIN);
  });

  it('does not move when there is nothing to show', () => {
    expect(revealScroll({ tops: [], bottom: 900, viewport: 400 })).toBe(0);
  });
});
