/**
 * End-to-end, in headless Chromium: the non-conformities an RGAA audit found on the reading pages,
 * each checked as a reader meets it — a chart's legend with the mouse, the heatmap with the Tab key,
 * names and titles as the accessibility tree computes them, the statement's claims.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibleNode, accessibleNodes } from './support/accessibility-tree.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';
import { sessionPageUrl } from '../../src/site/permalink.ts';

/** Every node of a page's accessibility tree that a screen reader meets (not ignored): role, name, link target. */
async function fullTree(page: Page): Promise<Array<{ role: string; name: string; url: string }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        name: typeof node.name?.value === 'string' ? node.name.value : '',
        url: String(node.properties?.find((property) => property.name === 'url')?.value.value ?? ''),
      }));
  } finally {
    await cdp.detach();
  }
}

/** Link names shared by links to different places: « name → its destinations ». */
function ambiguousLinks(tree: ReadonlyArray<{ role: string; name: string; url: string }>): string[] {
  const targets = new Map<string, Set<string>>();
  for (const node of tree.filter((each) => each.role === 'link')) targets.set(node.name, (targets.get(node.name) ?? new Set()).add(node.url));
  return [...targets].filter(([, urls]) => urls.size > 1).map(([name, urls]) => `${name} → ${urls.size} destinations`);
}

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!HAS_CHROMIUM)('RGAA audit findings on the reading pages (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  async function open(pathname: string): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
    return { page, close: () => context.close() };
  }

  it('a click on a chart’s legend hides no series (the legend is out of the keyboard’s reach, RGAA 7.3)', async () => {
    const { page, close } = await open('/');
    const chart = '#accueil-themes';
    await page.locator(chart).scrollIntoViewIfNeeded();
    await page.locator(`${chart}[data-drawn]`).waitFor();
    const canvas = page.locator(`${chart} canvas`);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('Graphique sans boîte.');
    const drawing = () => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    // The legend's swatches, under the bars: where the series' colours (chart-render.ts) are drawn in the bottom band.
    const swatches = await canvas.evaluate((c: HTMLCanvasElement) => {
      const scale = c.width / c.getBoundingClientRect().width;
      const band = Math.round(40 * scale);
      const pixels = c.getContext('2d')?.getImageData(0, c.height - band, c.width, band).data ?? new Uint8ClampedArray();
      const found = new Map<string, { x: number; y: number; n: number }>();
      for (let i = 0; i < pixels.length; i += 4) {
        const colour = [pixels[i], pixels[i + 1], pixels[i + 2]].join(',');
        if (!['31,111,70', '166,61,0', '29,79,145'].includes(colour) || pixels[i + 3] !== 255) continue;
        const spot = found.get(colour) ?? { x: 0, y: 0, n: 0 };
        const index = i / 4;
        found.set(colour, { x: spot.x + (index % c.width), y: spot.y + Math.floor(index / c.width), n: spot.n + 1 });
      }
      return [...found.values()].map((spot) => ({ x: spot.x / spot.n / scale, y: (c.height - band + spot.y / spot.n) / scale }));
    });
    expect(swatches.length, 'une case de légende par série').toBe(3);
    const before = await drawing();
    for (const swatch of swatches) {
      await page.mouse.click(box.x + swatch.x, box.y + swatch.y);
      await page.mouse.move(0, 0);
      expect(await drawing(), `clic sur la légende en (${Math.round(swatch.x)}, ${Math.round(swatch.y)})`).toBe(before);
    }
    await close();
  });

  it('no two pages share a title (RGAA 8.6): the list of ideas is not the chapter « Idées fortes »', async () => {
    const titles = new Map<string, string[]>();
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(file);
        else if (entry.name === 'index.html') {
          const title = /<title>([^<]*)<\/title>/.exec(await readFile(file, 'utf8'))?.[1] ?? '';
          titles.set(title, [...(titles.get(title) ?? []), path.relative(demo.site.dir, dir) || '/']);
        }
      }
    };
    await walk(demo.site.dir);
    expect(titles.size).toBeGreaterThan(20);
    expect([...titles].filter(([, pages]) => pages.length > 1)).toEqual([]);
  });

  it.each(['/', '/regions/', '/themes/', '/imprimer/'])('every table of %s has a title of its own (RGAA 5.4)', async (pathname) => {
    const { page, close } = await open(pathname);
    const tables = await accessibleNodes(page, 'main table');
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((table) => !table.name.trim())).toEqual([]);
    await close();
  }, 60_000);

  it('the heatmap’s links are skipped by « Passer le tableau », shown when focused (/themes/)', async () => {
    const { page, close } = await open('/themes/');
    const heatmap = page.locator('figure.heatmap').first();
    // The focus on the last element the Tab key reaches before the heatmap: one Tab more enters it.
    await heatmap.evaluate((figure) => {
      const before = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (element) => element.tabIndex >= 0 && !element.closest('[hidden]') && figure.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING,
      );
      before.at(-1)?.focus();
    });
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const box = active.getBoundingClientRect();
      return { text: active.textContent?.trim() ?? '', width: box.width, height: box.height };
    });
    expect(skip.text).toMatch(/^Passer le tableau/);
    expect(skip.width).toBeGreaterThan(40);
    expect(skip.height).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const after = await heatmap.evaluate((figure) => {
      const active = document.activeElement;
      return active !== null && !figure.contains(active) && Boolean(figure.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after, 'le focus suit la carte de chaleur').toBe(true);
    await close();
  });

  it('the home’s key figures are links named by what they count, their number first (RGAA 6.1, WCAG 2.5.3)', async () => {
    const { page, close } = await open('/');
    const shown = await page.locator('.key-figures .value a').allTextContents();
    const links = await accessibleNodes(page, '.key-figures .value a');
    expect(links.length).toBeGreaterThanOrEqual(4);
    links.forEach((link, i) => {
      expect(link.name.startsWith(shown[i]?.trim() ?? '?'), link.name).toBe(true);
      expect(link.name, 'plus que le nombre').toMatch(/\d\s+\p{L}{3,}/u);
    });
    expect(links[0]?.name).toMatch(/^\d+ sessions?\b/);
    await close();
  });

  it('the accessibility statement claims no more than the site does', async () => {
    const { page, close } = await open('/accessibilite/');
    const text = (await page.textContent('main'))?.replace(/\s+/g, ' ') ?? '';
    // /saisie/ cannot work without JavaScript: it is not « facultatif » there.
    expect(text).not.toMatch(/JavaScript \(facultatif/);
    expect(text).toMatch(/formulaire de saisie[^.;]*en ont besoin/);
    // Office files and CSV are not in the décret 2019-768's list of exempt contents.
    const exempt = /Contenus non soumis à l.obligation (.*?) Établissement/.exec(text)?.[1] ?? '';
    expect(exempt).not.toMatch(/CSV|XLSX|classeur/i);
    expect(/Non-conformités connues (.*?) Dérogations/.exec(text)?.[1] ?? '').toMatch(/XLSX.*tableaux HTML/);
    expect(text).toContain('job datings');
    await close();
  });

  /** The id of the session of `kind` with the most items. */
  function largestSession(kind: 'survey' | 'workshop'): string {
    const counts = new Map<string, number>();
    for (const item of demo.site.synthesis.items) counts.set(item.sessionId, (counts.get(item.sessionId) ?? 0) + 1);
    const sessions = demo.site.synthesis.sessions.filter((session) => session.kind === kind);
    return [...sessions].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0]?.id ?? '';
  }

  it.each(['/', '/themes/', '/regions/', '/ateliers/', '/imprimer/'])('no accessible name of %s has a soft hyphen, the tables’ labels are read whole', async (pathname) => {
    const { page, close } = await open(pathname);
    const tree = await fullTree(page);
    const named = tree.filter((node) => node.role !== 'StaticText' && node.role !== 'InlineTextBox');
    expect(named.filter((node) => node.name.includes('\u00ad')).map((node) => `${node.role}: ${node.name}`)).toEqual([]);
    // The first column's labels are there, plain (the shown, hyphenated copy is hidden from screen readers).
    const headers = named.filter((node) => node.role === 'rowheader').map((node) => node.name);
    expect(headers.length).toBeGreaterThan(5);
    if (pathname === '/regions/') expect(headers).toContain('Auvergne-Rhône-Alpes');
    if (pathname === '/themes/') expect(headers).toContain('Saisie et ergonomie');
    // Still hyphenated on screen, where a narrow column needs it.
    expect(await page.locator('main th .hyphenated').count()).toBeGreaterThan(5);
    expect(await page.locator('main th .hyphenated').first().evaluate((label) => label.textContent?.includes('\u00ad'))).toBe(true);
    await close();
  }, 60_000);

  it('a copied table row has its label once, without soft hyphens (/themes/)', async () => {
    const { page, close } = await open('/themes/');
    const copied = await page.locator('main table tbody tr').first().evaluate((row) => {
      const range = document.createRange();
      range.selectNodeContents(row);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return { text: selection?.toString() ?? '', label: row.querySelector('th .visually-hidden')?.textContent ?? '' };
    });
    expect(copied.label.length).toBeGreaterThan(5);
    expect(copied.text).not.toContain('\u00ad');
    expect(copied.text.split(copied.label).length - 1).toBe(1);
    await close();
  });

  it('a tag’s symbol (✓ ✗ →) is not read, on a session page', async () => {
    const { page, close } = await open(sessionPageUrl(largestSession('survey')));
    expect(await page.locator('main .tag-broken').count()).toBeGreaterThan(3);
    const tree = await fullTree(page);
    expect(tree.filter((node) => /[✓✗→]/u.test(node.name)).map((node) => `${node.role}: ${node.name}`)).toEqual([]);
    expect(tree.some((node) => node.role === 'StaticText' && node.name.startsWith('Ce qui dysfonctionne'))).toBe(true);
    await close();
  });

  it('the header’s home link is named by the site’s title alone', async () => {
    const { page, close } = await open('/');
    expect((await accessibleNode(page, 'a.brand')).name).toBe(demo.site.synthesis.title.replace(/'/g, '’'));
    await close();
  });

  it('a chart’s canvas names its leading figure, from its data table, which describes it (RGAA 1.6)', async () => {
    const { page, close } = await open('/');
    const chart = '#accueil-themes';
    await page.locator(chart).scrollIntoViewIfNeeded();
    await page.locator(`${chart}[data-drawn]`).waitFor();
    const canvas = await accessibleNode(page, `${chart} canvas`);
    const table = page.locator(`${chart} table`);
    expect(await page.locator(`${chart} canvas`).getAttribute('aria-describedby')).toContain(`${await table.getAttribute('id')}`);
    // The longest stacked bar: the row with the highest total in the table.
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ label: (tr.querySelector('th .visually-hidden') ?? tr.querySelector('th'))?.textContent?.trim() ?? '', total: Number((tr.querySelector('[data-series="total"]')?.textContent ?? '').replace(/\D/g, '')) })),
    );
    const top = rows.reduce((best, row) => (row.total > best.total ? row : best));
    expect(canvas.name.replace(/[\u00a0\u202f]/g, ' ')).toMatch(new RegExp(`^${top.label} en tête : ${top.total.toLocaleString('fr-FR').replace(/\s/g, ' ')} éléments\\. Barres`));
    expect(canvas.name).not.toContain((await page.locator(`${chart} figcaption`).textContent())?.trim() ?? '?');
    // Folded, the table is not rendered: its summary says where the values are; opened, the table describes the canvas.
    expect(canvas.description).toBe('Tableau de données');
    await page.locator(`${chart} details summary`).click();
    const opened = await accessibleNode(page, `${chart} canvas`);
    expect(opened.description).toContain(`${(await table.locator('caption').textContent())?.trim()}`);
    await close();
  });

  it('the « Au hasard » column of /regions/ says « non calculée » where the similarity is not, and the text says why', async () => {
    const { page, close } = await open('/regions/');
    const cells = await accessibleNodes(page, '#ressemblance ~ .table-scroll tbody td:last-child');
    const similarity = await page.locator('#ressemblance ~ .table-scroll tbody td:nth-child(4)').allTextContents();
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.filter((cell) => cell.name.trim() === '')).toEqual([]);
    cells.forEach((cell, i) => expect(cell.name === 'non calculée', similarity[i]).toBe(/non calculée/.test(similarity[i] ?? '')));
    expect(cells.filter((cell) => cell.name === 'non calculée').length).toBeGreaterThan(0);
    expect((await page.locator('#ressemblance ~ p').first().textContent())?.replace(/[\s\u00a0\u202f]+/g, ' ')).toMatch(/« Au hasard, autant de besoins » n’est calculée que pour les régions comparées/);
    await close();
  });

  it('no two links share a name but not a destination: a survey session, a theme page, the home page', async () => {
    for (const pathname of [sessionPageUrl(largestSession('survey')), '/themes/saisie-ergonomie/', '/', '/livre-blanc/']) {
      const { page, close } = await open(pathname);
      const tree = await fullTree(page);
      expect(ambiguousLinks(tree), pathname).toEqual([]);
      const permalinks = tree.filter((node) => node.role === 'link' && node.name.startsWith('Lien permanent'));
      if (pathname.startsWith('/sessions/')) {
        expect(permalinks.length).toBeGreaterThan(20);
        for (const link of permalinks) {
          expect(link.name).toMatch(/^Lien permanent vers cet élément \(réponse n° \d+(, élément \d+ sur \d+)?(, (question|colonne) « .+ »)?\)$/);
          expect(link.name).not.toMatch(/data\/|colonne de la question/);
        }
      }
      await close();
    }
  }, 60_000);
});

