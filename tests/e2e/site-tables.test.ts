/**
 * End-to-end: the data tables of charts, heatmaps and the region map, read in headless Chromium —
 * each count links to the verbatims it counts (the explorer opens on exactly that number), their
 * links show their focus at ≥ 3:1 on every shade, and the map's legend keeps its shades in forced colours.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!HAS_CHROMIUM)('data tables (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  async function open(pathname: string, options: { javaScript?: boolean; width?: number } = {}): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await demo.browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
    expect(response?.status(), pathname).toBe(200);
    return { page, errors, close: () => context.close() };
  }

  /** Every count cell of the tables matching `tables`: its text, its link, and the filter of its row and column. */
  async function countCells(page: Page, tables: string) {
    return page.locator(`${tables} td.num`).evaluateAll((cells) =>
      cells.map((cell) => {
        const link = cell.querySelector('a');
        return {
          text: (cell.textContent ?? '').trim(),
          href: link?.getAttribute('href') ?? null,
          name: link?.getAttribute('aria-label') ?? null,
          row: cell.closest('tr')?.getAttribute('data-category') ?? '',
          column: cell.getAttribute('data-series') ?? '',
        };
      }),
    );
  }

  const numberIn = (text: string) => Number(text.replace(/\D/g, ''));
  const queryOf = (href: string) => Object.fromEntries(new URL(href, demo.site.url).searchParams);

  it('every count of the home page’s tables links to the explorer on its cell, and says what opens', async () => {
    const { page, close } = await open('/', { javaScript: false });
    const themes = await countCells(page, '#accueil-themes table');
    expect(themes.length).toBeGreaterThan(40);
    for (const cell of themes) {
      if (cell.text === '0') {
        expect(cell.href, `${cell.row} ${cell.column}`).toBeNull();
        continue;
      }
      const filter = cell.column === 'total' ? { theme: cell.row } : { theme: cell.row, tag: cell.column };
      expect(queryOf(cell.href ?? '')).toEqual(filter);
      expect(cell.href?.startsWith('/verbatims/?')).toBe(true);
      // The name starts with the number shown (WCAG 2.5.3) and names the cell's values.
      expect(cell.name).toMatch(new RegExp(`^${cell.text}\\sverbatims?\\s: .+`));
      expect(filterItems(demo.site.synthesis.items, filter).length).toBe(numberIn(cell.text));
    }
    expect(themes.find((cell) => cell.row === 'saisie-ergonomie' && cell.column === 'broken')?.name).toMatch(/\sverbatims\s: Ce qui dysfonctionne, Saisie et ergonomie$/);
    const map = await countCells(page, '.region-map table');
    expect(map.length).toBe(demo.site.synthesis.regions.length);
    for (const cell of map) expect(queryOf(cell.href ?? '')).toEqual({ region: cell.row });
    await close();
  });

  it('a heatmap’s count opens the explorer on exactly its verbatims, its filters ticked', async () => {
    const { page, errors, close } = await open('/themes/');
    const cells = await countCells(page, '#themes-regions table');
    // Empty cells are written « 0 » and link nowhere.
    expect(cells.some((cell) => cell.text === '0' && cell.href === null)).toBe(true);
    const cell = cells.find((c) => c.href && numberIn(c.text) > 1);
    if (!cell?.href) throw new Error('aucune case à ouvrir');
    expect(cell.name).toMatch(new RegExp(`^${cell.text}\\sverbatims\\s: [^,]+, [^,]+$`));
    await page.locator(`#themes-regions a[href="${cell.href}"]`).click();
    await page.waitForURL(/\/verbatims\/\?/);
    const status = page.locator('[data-status]').filter({ hasText: /aux filtres/ });
    await status.waitFor();
    // « 53 verbatims correspondent aux filtres. » (then, maybe, the number of lines of identical answers).
    expect(numberIn((await status.textContent())?.match(/^[\d\s\u202f\u00a0]+/)?.[0] ?? '')).toBe(numberIn(cell.text));
    expect(await page.locator(`[data-facets] input[name="theme"][value="${cell.row}"]`).isChecked()).toBe(true);
    expect(await page.locator(`[data-facets] input[name="region"][value="${cell.column}"]`).isChecked()).toBe(true);
    // A score (the convergence index) is not a count of items: it links nowhere.
    await page.goBack();
    expect((await countCells(page, '#themes-convergence table')).every((c) => c.href === null)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('a filtered map’s counts keep its filter; without JavaScript, the explorer says the filters need it and lists the totals', async () => {
    const chapter = await open('/livre-blanc/besoins-et-attentes/', { javaScript: false });
    const map = await countCells(chapter.page, '.region-map table');
    expect(map.length).toBeGreaterThan(0);
    for (const cell of map) expect(queryOf(cell.href ?? '')).toEqual({ tag: 'needs', region: cell.row });
    expect(map[0]?.name).toMatch(/^[\d\u202f]+\sverbatims?\s: Besoins et attentes, .+$/);
    await chapter.close();
    const explorer = await open(map[0]?.href ?? '/verbatims/', { javaScript: false });
    const text = await explorer.page.locator('main').innerText();
    expect(text.replace(/[\s\u00a0\u202f]+/g, ' ')).toContain('les filtres de l’adresse (étiquette, thème, région, profil, format) ne s’appliquent pas');
    expect(await explorer.page.locator('[data-static-counts] a[href^="/regions/"]').count()).toBeGreaterThan(0);
    await explorer.close();
  });

  it('keeps the home page light: its HTML well under 150 KB compressed', () => {
    const bytes = gzipSync(readFileSync(path.join(demo.site.dir, 'index.html')), { level: 9 }).byteLength;
    console.info(`Page d'accueil (HTML, gzip) : ${(bytes / 1024).toFixed(1)} Ko`);
    expect(bytes).toBeLessThan(15 * 1024);
  });

  it('the links of the region map’s table show their focus; the tiles keep their own border', async () => {
    const { page, close } = await open('/');
    const tableLinks = page.locator('.region-map table a');
    expect(await tableLinks.count()).toBeGreaterThan(0);
    // Reached with the keyboard, from the last tile of the map.
    await page.locator('.region-map svg a').last().focus();
    const tile = await page.evaluate(() => {
      const rect = document.activeElement?.querySelector('rect');
      return rect ? getComputedStyle(rect).strokeWidth : '';
    });
    expect(tile).toBe('4px');
    // Then the table's summary, its scrolling region, and its first link.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active) return null;
      const style = getComputedStyle(active);
      return { inTable: active.closest('.region-map table') !== null, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused?.inTable).toBe(true);
    expect(focused?.outline).not.toBe('none');
    expect(focused?.width).toBe('3px');
    await close();
  });

  it('a heatmap count shows its focus at ≥ 3:1 on every shade of its cell', async () => {
    const { page, close } = await open('/themes/');
    const levels = await page.locator('#themes-regions td[class*="heat-"] a').evaluateAll((links) =>
      [...new Set(links.map((link) => link.parentElement?.className.match(/heat-(\d)/)?.[1] ?? ''))].sort(),
    );
    expect(levels).toEqual(['1', '2', '3', '4', '5']);
    for (const level of levels) {
      const link = page.locator(`#themes-regions td.heat-${level} a`).first();
      // From the keyboard: the previous link, then Tab.
      await link.evaluate((node) => {
        const links = [...document.querySelectorAll<HTMLElement>('#themes-regions a')];
        links[links.indexOf(node as HTMLElement) - 1]?.focus();
      });
      await page.keyboard.press('Tab');
      const ring = await link.evaluate((node) => {
        const style = getComputedStyle(node);
        const cell = getComputedStyle(node.parentElement as HTMLElement);
        return {
          focused: node.matches(':focus-visible'),
          cell: cell.backgroundColor,
          outline: style.outlineStyle === 'none' ? null : { colour: style.outlineColor, width: parseFloat(style.outlineWidth) },
          // « rgb(255, 255, 255) 0px 0px 0px 2px »: the colour and spread of each ring.
          shadows: [...style.boxShadow.matchAll(/(rgba?\([^)]*\))[^,]*?(\d+(?:\.\d+)?)px(?=,|$)/g)].map((m) => ({ colour: m[1] ?? '', width: Number(m[2]) })),
        };
      });
      expect(ring.focused, `heat-${level}`).toBe(true);
      const rings = [...(ring.outline ? [ring.outline] : []), ...ring.shadows].filter((r) => r.width >= 2);
      const best = Math.max(...rings.map((r) => contrast(r.colour, ring.cell)));
      expect(best, `heat-${level} (${ring.cell})`).toBeGreaterThanOrEqual(3);
    }
    await close();
  });

  it('the map’s legend keeps its shades in forced colours, as the tiles do', async () => {
    const { page, close } = await open('/');
    await page.emulateMedia({ forcedColors: 'active' });
    const shades = await page.evaluate(() => {
      const fill = (level: string) => {
        const rect = document.querySelector(`.region-map .tile.${level === 'absent' ? 'absent' : `tile-${level}`} rect`);
        return rect ? getComputedStyle(rect).fill : null;
      };
      return [...document.querySelectorAll<HTMLElement>('.map-legend .swatch')].map((swatch) => {
        const level = swatch.className.match(/swatch-(\d|absent)/)?.[1];
        return { swatch: getComputedStyle(swatch).backgroundColor, tile: level ? fill(level) : null };
      });
    });
    const levels = shades.filter((shade) => shade.tile !== null);
    expect(levels.length).toBeGreaterThan(1);
    for (const shade of levels) expect(shade.swatch).toBe(shade.tile);
    expect(new Set(shades.map((shade) => shade.swatch)).size).toBe(shades.length);
    await close();
  });

  /** The boxes of `selector` on the page: how wide the table and the box are, and whether its hint line shows. */
  const scrollBoxes = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((boxes) =>
      boxes.map((box) => ({
        table: box.querySelector('table')?.getBoundingClientRect().width ?? 0,
        box: box.clientWidth,
        hint: getComputedStyle(box, '::before').display !== 'none' ? getComputedStyle(box, '::before').content : null,
      })),
    );

  it('on a 360 px phone a wide table keeps its first column in view while it scrolls, and says it scrolls', async () => {
    const { page, errors, close } = await open('/themes/', { width: 360 });
    const box = page.locator('#themes-regions .table-scroll');
    const [heatmap] = await scrollBoxes(page, '#themes-regions .table-scroll');
    // Region names on one line made it 2 710 px wide; they wrap at their spaces and hyphens.
    expect(heatmap?.table).toBeLessThan(2000);
    expect(heatmap?.table).toBeGreaterThan(heatmap?.box ?? 0);
    expect(heatmap?.hint).toMatch(/défiler ce tableau sur le côté/);
    const scrolled = await box.evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
      element.scrollLeft = 400;
      const edge = element.getBoundingClientRect().left;
      const row = element.querySelector('tbody tr');
      const label = row?.querySelector('th')?.getBoundingClientRect();
      // The number cell under the label's middle, once the box has scrolled: the label is drawn over it.
      const second = row?.querySelector('td')?.getBoundingClientRect();
      const onTop = label ? document.elementFromPoint(label.left + label.width / 2, label.top + label.height / 2)?.closest('th') : null;
      return { scrollLeft: element.scrollLeft, labelLeft: (label?.left ?? 0) - edge, secondLeft: (second?.left ?? 0) - edge, labelOnTop: onTop === row?.querySelector('th'), background: onTop ? getComputedStyle(onTop).backgroundColor : '' };
    });
    expect(scrolled.scrollLeft).toBe(400);
    expect(Math.abs(scrolled.labelLeft)).toBeLessThanOrEqual(1);
    expect(scrolled.secondLeft).toBeLessThan(0);
    expect(scrolled.labelOnTop).toBe(true);
    // Opaque: the numbers gone under it do not show through.
    expect(scrolled.background).toBe('rgb(255, 255, 255)');
    // Each region name wraps inside its header, none runs over the next column.
    const spilling = await page.locator('#themes-regions thead th.num').evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent));
    expect(spilling).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  // WCAG 1.4.10: capped at 45vw, the sticky column took 162 of the box's 230 px (70 %) at 360 px with
  // text at 200 %; a two-column table, 16rem wide at least, gave its labels 111 % of the box.
  it('on a 360 px phone with text at 200 %, the sticky first column leaves at least half of each table’s box to the numbers', async () => {
    const { page, errors, close } = await open('/themes/', { width: 360 });
    for (const pathname of ['/themes/', '/regions/ile-de-france/', '/livre-blanc/ce-qui-dysfonctionne/', '/methodologie/']) {
      await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const boxes = await page.locator('.table-scroll').evaluateAll((elements) =>
        elements.map((box) => {
          const firsts = Array.from(box.querySelectorAll<HTMLElement>('tr > :first-child'));
          return {
            table: (box.closest('figure[id]')?.id ?? box.getAttribute('aria-labelledby') ?? box.getAttribute('aria-label')) || '',
            box: box.clientWidth,
            scrolls: box.scrollWidth > box.clientWidth,
            column: Math.max(...firsts.map((cell) => cell.getBoundingClientRect().width)),
            // A label cut off or running under the numbers: wider than its cell.
            spilling: firsts.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent?.trim() ?? ''),
          };
        }),
      );
      const scrolling = boxes.filter((box) => box.scrolls);
      expect(scrolling.length, pathname).toBeGreaterThan(0);
      for (const box of scrolling) {
        expect(box.column / box.box, `${pathname} ${box.table}: ${box.column} px sur ${box.box}`).toBeLessThanOrEqual(0.5 + 1 / box.box);
        expect(box.spilling, `${pathname} ${box.table}`).toEqual([]);
      }
    }
    // On a desktop, the first column keeps its natural width.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await page.locator('.table-scroll tbody th').first().evaluate((cell) => getComputedStyle(cell).maxWidth)).toBe('none');
    expect(errors).toEqual([]);
    await close();
  });

  it('a table that fits says nothing of scrolling; print drops the hint and the sticky column', async () => {
    const { page, close } = await open('/regions/');
    const boxes = await scrollBoxes(page, '.table-scroll');
    const fitting = boxes.filter((box) => box.table <= box.box);
    expect(fitting.length).toBeGreaterThan(0);
    for (const box of fitting) expect(box.hint).toBeNull();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.table-scroll').first().evaluate((box) => ({
      hint: getComputedStyle(box, '::before').display,
      position: getComputedStyle(box.querySelector('tbody th') ?? box).position,
    }));
    expect(printed).toEqual({ hint: 'none', position: 'static' });
    await close();
  });
});

/** WCAG contrast ratio of two computed colours (« rgb(r, g, b) »). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
