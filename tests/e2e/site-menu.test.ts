/**
 * End-to-end, in headless Chromium on the built demo: on a phone the navigation and the header's search
 * form fold behind « Menu » (src/components/site-menu.ts), a disclosure button that says its state,
 * opens to links reached with Tab, and closes with Escape, the focus back on it. On a wide screen, without
 * JavaScript and in print there is no button; without JavaScript the navigation stays shown. A phone held
 * sideways (short screen) folds it too. axe finds nothing with the menu open or closed, and nothing scrolls
 * sideways at 320 px, open or closed, nor at 360 px with text at 200 %.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoSiteAndBrowser, HAS_CHROMIUM, overflowingElements, runAxe, SKIP_MESSAGE, watchErrors } from './support/site.ts';
import { NAV } from '../../src/site/nav.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 800 };
/** A phone held sideways. */
const LANDSCAPE = { width: 740, height: 360 };

describe.skipIf(!HAS_CHROMIUM)('« Menu » on a narrow screen', () => {
  const demo = demoSiteAndBrowser();

  async function open(pathname: string, viewport: { width: number; height: number }, javaScript = true) {
    const context = await demo.browser.newContext({ viewport, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
    return { page, errors, close: () => context.close() };
  }

  const menu = (page: Page) => page.locator('.site-header button.menu-toggle');
  const navLinks = (page: Page) => page.locator('.main-nav a');
  /** The visible navigation links, by their text. */
  const shownLinks = async (page: Page) =>
    page.locator('.main-nav a').evaluateAll((links) => links.filter((link) => link.getClientRects().length > 0).map((link) => link.textContent?.trim()));

  it('is folded from the first paint on a phone, before any script has run (no open navigation that then moves the page)', async () => {
    const context = await demo.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    try {
      // The page's module scripts held back: what shows is the stylesheet's doing alone.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(new URL('/themes/', demo.site.url).href, { waitUntil: 'commit' });
      await page.locator('.site-header .main-nav').waitFor({ state: 'attached' });
      expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
      expect(await shownLinks(page)).toEqual([]);
      expect(await menu(page).isVisible()).toBe(true);
      release();
      await page.waitForLoadState('networkidle');
      await menu(page).click();
      expect(await shownLinks(page)).toEqual(NAV.map((entry) => entry.label));
    } finally {
      await context.close();
    }
  });

  it('on a 375 px phone: a closed « Menu » button, whose Enter opens the links and the search, reached with Tab; Escape closes it', async () => {
    const { page, errors, close } = await open('/themes/', PHONE);
    const button = menu(page);
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.innerText()).toBe('Menu');
    // It names what it shows and hides.
    expect((await button.getAttribute('aria-controls'))?.split(' ').sort()).toEqual(['navigation-principale', 'recherche-entete-formulaire']);
    expect(await shownLinks(page)).toEqual([]);
    expect(await page.locator('.header-search').isVisible()).toBe(false);
    // Closed, Tab goes from the button to the page, past the hidden links.
    await button.focus();
    expect(await button.evaluate((node) => getComputedStyle(node).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.site-header') === null)).toBe(true);

    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await shownLinks(page)).toEqual(NAV.map((entry) => entry.label));
    // Tab: the search box, its button, then every link in order, the current page marked.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche-entete');
    await page.keyboard.press('Tab');
    const reached: string[] = [];
    for (let i = 0; i < NAV.length; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => `${document.activeElement?.textContent?.trim()}${document.activeElement?.getAttribute('aria-current') === 'page' ? ' (page)' : ''}`));
    }
    expect(reached).toEqual(NAV.map((entry) => (entry.key === 'themes' ? `${entry.label} (page)` : entry.label)));

    // Escape from a link: closed, the focus back on the button.
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.matches('button.menu-toggle'))).toBe(true);
    expect(await shownLinks(page)).toEqual([]);
    // Space toggles it too, and a click closes it again.
    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await close();
  });

  it('on the search page, whose header has no search form, the button controls the navigation alone', async () => {
    const { page, close } = await open('/recherche/', PHONE);
    expect(await page.locator('.header-search').count()).toBe(0);
    expect(await menu(page).getAttribute('aria-controls')).toBe('navigation-principale');
    await close();
  });

  it('on a 1280 px screen: no button, the navigation and the search form shown as before', async () => {
    const { page, close } = await open('/themes/', DESKTOP);
    expect(await menu(page).isVisible()).toBe(false);
    expect(await shownLinks(page)).toEqual(NAV.map((entry) => entry.label));
    expect(await page.locator('.header-search').isVisible()).toBe(true);
    // One row of links, under the brand and the search form.
    const tops = await navLinks(page).evaluateAll((links) => new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
    // Escape in the header's search box leaves the focus there.
    await page.locator('#recherche-entete').focus();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche-entete');
    await close();
  });

  it('on a phone held sideways (740 × 360): folded too, the header a fraction of the screen; widened, it unfolds closed', async () => {
    const { page, errors, close } = await open('/themes/', LANDSCAPE);
    const button = menu(page);
    expect(await button.isVisible()).toBe(true);
    expect(await shownLinks(page)).toEqual([]);
    expect(await page.locator('.header-search').isVisible()).toBe(false);
    // Unfolded, the header took 244 px of the 360.
    const headerHeight = () => page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    expect(await headerHeight()).toBeLessThanOrEqual(100);
    await button.click();
    expect(await shownLinks(page)).toEqual(NAV.map((entry) => entry.label));
    // Open, the links share rows as on a wide screen: one a row would run twice the screen's height.
    const rows = await navLinks(page).evaluateAll((links) => new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size);
    expect(rows).toBeLessThanOrEqual(2);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.matches('button.menu-toggle'))).toBe(true);
    // Opened, then the window made tall and wide: no fold, no button left « open »; short again, it is closed.
    await button.click();
    await page.setViewportSize(DESKTOP);
    expect(await button.isVisible()).toBe(false);
    expect(await shownLinks(page)).toEqual(NAV.map((entry) => entry.label));
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.setViewportSize(LANDSCAPE);
    expect(await shownLinks(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('without JavaScript on a 375 px phone: no button, every link and the search form shown', async () => {
    const { page, close } = await open('/themes/', PHONE, false);
    expect(await menu(page).isVisible()).toBe(false);
    expect(await shownLinks(page)).toEqual(NAV.map((entry) => entry.label));
    expect(await page.locator('.header-search').isVisible()).toBe(true);
    await close();
  });

  it('in print: no button, no navigation', async () => {
    const { page, close } = await open('/themes/', PHONE);
    await menu(page).click();
    await page.emulateMedia({ media: 'print' });
    expect(await menu(page).isVisible()).toBe(false);
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    await close();
  });

  it('axe finds no violation on a phone, the menu closed and open', async () => {
    for (const pathname of ['/themes/', '/verbatims/']) {
      const { page, errors, close } = await open(pathname, PHONE);
      expect(await runAxe(page), `${pathname} fermé`).toEqual([]);
      await menu(page).click();
      expect(await runAxe(page), `${pathname} ouvert`).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    }
  }, 60_000);

  it('at 320 px the title takes two lines at most, in full, at no less than the text size, and « Menu » covers none of the brand', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 320, height: 568 } });
    const page = await context.newPage();
    for (const pathname of ['/', '/recherche/']) {
      await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
      const brand = await page.evaluate(() => {
        // Each line of a text, as the rectangles of its glyphs' line boxes.
        const textRects = (node: Element | null) => {
          if (!node) return [];
          const range = document.createRange();
          range.selectNodeContents(node);
          return [...range.getClientRects()].filter((rect) => rect.width > 0);
        };
        const title = document.querySelector('.brand-title');
        const kicker = document.querySelector('.brand-kicker');
        const button = document.querySelector('.menu-toggle')?.getBoundingClientRect();
        const covered = [...textRects(title), ...textRects(kicker)].filter(
          (rect) => button !== undefined && rect.right > button.left && rect.left < button.right && rect.bottom > button.top && rect.top < button.bottom,
        );
        return {
          lines: new Set(textRects(title).map((rect) => Math.round(rect.top))).size,
          // Shown whole: what is rendered is all the words, none clipped.
          whole: title instanceof HTMLElement && title.innerText.replace(/\s+/g, ' ') === title.textContent?.replace(/\s+/g, ' ') && title.scrollWidth <= title.clientWidth,
          fontSize: title ? parseFloat(getComputedStyle(title).fontSize) : 0,
          covered: covered.length,
          header: document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
        };
      });
      expect(brand.lines, pathname).toBeLessThanOrEqual(2);
      expect(brand.whole, pathname).toBe(true);
      expect(brand.fontSize, pathname).toBeGreaterThanOrEqual(16);
      expect(brand.covered, pathname).toBe(0);
      // It was 135 px on the home page, the title in 4 lines beside « Menu ».
      expect(brand.header, pathname).toBeLessThanOrEqual(110);
    }
    await page.goto(new URL('/', demo.site.url).href, { waitUntil: 'networkidle' });
    expect(await page.locator('.brand-kicker').innerText()).toMatch(/consultation · livre blanc/i);
    await context.close();
  });

  it('nothing scrolls sideways at 360 px with text at 200 % (WCAG 1.4.10), and the footer’s links are at least 24 px tall', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    // They were 602, 571, 544, 480, 478, 463, 401, 458 and 464 px wide: a badge that did not wrap, grid
    // columns of 16rem and 13rem, a fieldset as wide as its region list, one-word titles.
    const session = demo.site.synthesis.sessions[0]?.id ?? '';
    const pages = ['/saisie/', '/telechargements/', '/themes/', '/livre-blanc/ce-qui-dysfonctionne/', `/sessions/${session}/`, '/', '/verbatims/', '/idees-fortes/', '/methodologie/'];
    for (const pathname of pages) {
      await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), pathname).toBeGreaterThanOrEqual(32);
      expect(await overflowingElements(page), pathname).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), pathname).toBeLessThanOrEqual(360);
    }
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
    const footer = await page.locator('.site-footer li a').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(footer.length).toBeGreaterThan(0);
    for (const height of footer) expect(height).toBeGreaterThanOrEqual(24);
    await context.close();
  }, 60_000);

  it('nothing scrolls sideways at 320 px (200 % zoom), the menu closed or open, every link inside the screen', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const pathname of ['/', '/livre-blanc/', '/themes/', '/regions/', '/ateliers/', '/verbatims/', '/recherche/', '/methodologie/', '/telechargements/', '/saisie/']) {
      await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
      expect(await overflowingElements(page), `${pathname} fermé`).toEqual([]);
      await menu(page).click();
      expect(await overflowingElements(page), `${pathname} ouvert`).toEqual([]);
      const outside = await navLinks(page).evaluateAll((links) => links.filter((link) => link.getBoundingClientRect().right > window.innerWidth + 0.5).length);
      expect(outside, pathname).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), pathname).toBeLessThanOrEqual(320);
    }
    await context.close();
  }, 60_000);
});
