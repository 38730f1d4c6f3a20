/**
 * Time the test decides, not the machine: Playwright's fake clock in the page, so that « a key every
 * 400 ms » and « a second's pause » mean exactly that however loaded the machine is (a loaded CI once
 * took over a second for one key, and the page heard a pause mid-word). Timers and `performance.now()`
 * follow the fake clock; fetches, promises and the test's own waits stay in real time.
 */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Installs the fake clock in every page of `context`, to call before the page opens: it runs at real
 * speed (the page loads as usual) until `pauseClock`.
 */
export function installClock(context: BrowserContext): Promise<void> {
  return context.clock.install();
}

/** Stops the page's time: from now on its timers fire only when the test lets time run (`page.clock.runFor`). */
export async function pauseClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  // A little ahead of the page's time, which runs on until paused (pausing in its past is refused);
  // the timers due meanwhile fire, as they would have.
  await page.clock.pauseAt(now + 1000);
}

/**
 * Types `text` into the focused field one key every `perKey` ms of the page's clock: each key, then
 * `perKey` ms of the page's time (its timers fire), however long the machine takes for either.
 */
export async function typeSlowly(page: Page, text: string, perKey: number): Promise<void> {
  for (const key of text) {
    await page.keyboard.type(key);
    await page.clock.runFor(perKey);
  }
}
