/**
 * The /saisie/ form of the built demo, opened in headless Chromium and ready to type in (its script
 * loaded, the « Chargement… » notice gone): what every e2e test of the form starts from.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { buildDemoSite, launchBrowser, watchErrors, type BuiltSite } from './site.ts';

export interface OpenEntryForm {
  site: BuiltSite;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests of the page, as they come. */
  errors: string[];
  close(): Promise<void>;
}

/** `prepare` runs on the context before the page opens (a fake clock to install: support/page-clock.ts). */
export async function openEntryForm(options: BrowserContextOptions = {}, prepare?: (context: BrowserContext) => Promise<void>): Promise<OpenEntryForm> {
  const site = await buildDemoSite();
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await prepare?.(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL('/saisie/', site.url).href, { waitUntil: 'networkidle' });
  await page.waitForSelector('#saisie-chargement', { state: 'detached' });
  return {
    site,
    browser,
    context,
    page,
    errors,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
