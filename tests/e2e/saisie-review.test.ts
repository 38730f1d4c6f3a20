/**
 * End-to-end: what a review of /saisie/ found an ambassador could lose or get wrong without a word
 * (headless Chromium): a date still to come, and the rest as each is fixed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEntryForm, type OpenEntryForm } from './support/entry-form.ts';
import { HAS_CHROMIUM, runAxe, SKIP_MESSAGE } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!HAS_CHROMIUM)('/saisie/ after review (Chromium)', () => {
  let form: OpenEntryForm | undefined;
  let page: Page;

  beforeAll(async () => {
    form = await openEntryForm();
    page = form.page;
  });

  afterAll(async () => {
    await form?.close();
  });

  it('warns of a workshop date still to come, next to the date', async () => {
    await page.fill('#f-date', '12/09/2062');
    await page.focus('#f-lieu');
    await page.waitForFunction(() => document.getElementById('f-date-msg')?.textContent?.includes('à venir'));
    expect(await page.textContent('#f-date-msg')).toMatch(/2062-09-12, est à venir\s: vérifiez l’année/u);
    expect(await page.textContent('#verification-liste')).toContain('vérifiez l’année');
    // A past date says nothing of the kind.
    await page.fill('#f-date', '12/09/2026');
    await page.waitForFunction(() => !document.getElementById('f-date-msg')?.textContent?.includes('à venir'));
    expect(await runAxe(page)).toEqual([]);
    expect(form?.errors).toEqual([]);
  });
});
