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
import { regionUrl, themeUrl } from '../../src/site/urls.ts';
import { TAG_LABELS, type Tag } from '../../src/pipeline/model.ts';

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

/**
 * Link names shared by links to different places: « « name » → its destinations ». A destination is the
 * whole address, fragment included: two anchors of one page are two places (a permalink per item), and
 * a link to the same place twice (the pagers above and under a list, « Suivante ») is no clash.
 */
function ambiguousLinks(tree: ReadonlyArray<{ role: string; name: string; url: string }>): string[] {
  const targets = new Map<string, Set<string>>();
  for (const node of tree.filter((each) => each.role === 'link')) {
    const { pathname, search, hash } = new URL(node.url);
    targets.set(node.name, (targets.get(node.name) ?? new Set()).add(`${pathname}${search}${hash}`));
  }
  return [...targets].filter(([, urls]) => urls.size > 1).map(([name, urls]) => `« ${name} » → ${[...urls].join(' | ')}`);
}

/** Names that read an arrow aloud (« flèche droite »): the text nodes' boxes aside, which repeat their text. */
function arrowsRead(tree: ReadonlyArray<{ role: string; name: string }>): string[] {
  return tree.filter((node) => node.role !== 'InlineTextBox' && /[←→]/u.test(node.name)).map((node) => `${node.role}: ${node.name.slice(0, 120)}`);
}

/** French typography's no-break spaces (« Chapitre : ») as plain ones. */
function spaced(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** A node's text but what is visually hidden (and the soft hyphens a narrow column shows): what a sighted reader sees. */
async function shownText(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').replace(/\u00ad/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    }),
  );
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
    expect(canvas.name.replace(/[\u00a0\u202f]/g, ' ')).toMatch(new RegExp(`^${top.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} en tête : ${top.total.toLocaleString('fr-FR').replace(/\s/g, ' ')} éléments\\. Barres`));
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

  it('a survey session’s permalinks are named by answer and question, not by file path', async () => {
    const { page, close } = await open(sessionPageUrl(largestSession('survey')));
    // A questionnaire's page opens on its closed groups, whose links are out of the tree until opened.
    await page.locator('details.session-group').evaluateAll((groups) => groups.forEach((group) => ((group as HTMLDetailsElement).open = true)));
    const permalinks = (await fullTree(page)).filter((node) => node.role === 'link' && node.name.startsWith('Lien permanent'));
    expect(permalinks.length).toBeGreaterThan(20);
    for (const link of permalinks) {
      expect(link.name).toMatch(/^Lien permanent vers cet élément \(réponse n° \d+(, élément \d+ sur \d+)?(, (question|colonne) « .+ »)?\)$/);
      expect(link.name).not.toMatch(/data\/|colonne de la question/);
    }
    await close();
  });

  /** The theme with the most items: its lists of verbatims are cut, each with a link to the rest. */
  function largestTheme(): string {
    const counts = new Map<string, number>();
    for (const item of demo.site.synthesis.items) for (const theme of item.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  }

  /** The region with the fewest items of the three tags: its lists are shown whole, each with « Les ouvrir dans l’explorateur ». */
  function smallestRegionOfAllTags(): { code: string; name: string } {
    const tags = new Map<string, Set<string>>();
    const counts = new Map<string, number>();
    for (const item of demo.site.synthesis.items) {
      if (!item.region) continue;
      tags.set(item.region, (tags.get(item.region) ?? new Set()).add(item.tag));
      counts.set(item.region, (counts.get(item.region) ?? 0) + 1);
    }
    const code = [...counts].filter(([region]) => tags.get(region)?.size === 3).sort((a, b) => a[1] - b[1])[0]?.[0];
    const region = demo.site.synthesis.regions.find((each) => each.code === code);
    if (!region) throw new Error('Aucune région n’a les trois étiquettes.');
    return region;
  }

  /** One page of each kind: a chapter's region map, a theme's and a region's lists, a session's permalinks, the whole white paper. */
  async function everyKindOfPage(): Promise<string[]> {
    const chapters = (await readdir(path.join(demo.site.dir, 'livre-blanc'), { withFileTypes: true })).filter((entry) => entry.isDirectory());
    expect(chapters.length).toBeGreaterThan(2);
    return [
      '/',
      '/livre-blanc/',
      ...chapters.map((chapter) => `/livre-blanc/${chapter.name}/`),
      '/themes/',
      themeUrl(largestTheme()),
      '/regions/',
      regionUrl(smallestRegionOfAllTags()),
      '/ateliers/',
      sessionPageUrl(largestSession('survey')),
      sessionPageUrl(largestSession('workshop')),
      '/verbatims/',
      '/methodologie/',
      '/idees-fortes/',
      '/imprimer/',
    ];
  }

  it('on every kind of page, no two links share a name but not a destination, and no name reads an arrow', async () => {
    const clashes: string[] = [];
    const arrows: string[] = [];
    for (const pathname of await everyKindOfPage()) {
      const { page, close } = await open(pathname);
      const tree = await fullTree(page);
      expect(tree.filter((node) => node.role === 'link').length, pathname).toBeGreaterThan(5);
      clashes.push(...ambiguousLinks(tree).map((clash) => `${pathname} ${clash}`));
      arrows.push(...arrowsRead(tree).map((arrow) => `${pathname} ${arrow}`));
      await close();
    }
    expect(clashes).toEqual([]);
    expect(arrows).toEqual([]);
  }, 300_000);

  it('the arrows of the chapters’ pager are still shown; the pager says which way', async () => {
    const chapter = await open('/livre-blanc/besoins-et-attentes/');
    expect(await shownText(chapter.page, '.chapter-nav a')).toEqual([expect.stringMatching(/^← \S/), expect.stringMatching(/\S →$/)]);
    const names = (await accessibleNodes(chapter.page, '.chapter-nav a')).map((link) => link.name);
    expect(names).toEqual([expect.stringMatching(/^[^←→]+ \(chapitre précédent\)$/), expect.stringMatching(/^[^←→]+ \(chapitre suivant\)$/)]);
    await chapter.close();
  });

  it('/imprimer/: the contents name chapters, the needs map’s region names say they open the explorer, as shown', async () => {
    const { page, close } = await open('/imprimer/');
    const contents = await accessibleNodes(page, 'nav[aria-label="Sommaire"] a');
    const shownContents = await shownText(page, 'nav[aria-label="Sommaire"] a');
    expect(contents.length).toBeGreaterThan(2);
    contents.forEach((link, i) => expect(spaced(link.name)).toBe(`Chapitre : ${shownContents[i]}`));
    // The needs' map: its table's region names lead to the explorer, its count cells name what they count.
    const selector = '.region-map table th a[href^="/verbatims/"]';
    const regions = await accessibleNodes(page, selector);
    const shown = await shownText(page, selector);
    expect(regions.length).toBeGreaterThan(5);
    regions.forEach((link, i) => {
      expect(demo.site.synthesis.regions.map((region) => region.name.replace(/'/g, '’'))).toContain(shown[i]);
      expect(spaced(link.name)).toBe(`${shown[i]} : verbatims Besoins et attentes, dans l’explorateur`);
    });
    await close();
  });

  it('a theme’s and a region’s links to the explorer name their filter: tag, theme or region', async () => {
    const { themes, regions } = demo.site.synthesis;
    const labels: Record<string, (value: string) => string | undefined> = {
      tag: (value) => TAG_LABELS[value as Tag],
      theme: (value) => themes.find((theme) => theme.id === value)?.label,
      region: (value) => regions.find((region) => region.code === value)?.name,
    };
    for (const pathname of [themeUrl(largestTheme()), regionUrl(smallestRegionOfAllTags())]) {
      const { page, close } = await open(pathname);
      // The links under each list of verbatims (one a tag), not a count's in a table (CountLink names those).
      const selector = ':is([data-verbatims-tag], .verbatims-block) > p a[href^="/verbatims/?"]';
      const links = await accessibleNodes(page, selector);
      const hrefs = await page.locator(selector).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      const shown = await shownText(page, selector);
      expect(links.length, pathname).toBeGreaterThanOrEqual(3);
      links.forEach((link, i) => {
        // The site's typography curls the data's apostrophes (« Provence-Alpes-Côte d’Azur »).
        const expected = [...new URL(hrefs[i] ?? '', demo.site.url).searchParams].map(([dimension, value]) => (labels[dimension]?.(value) ?? '?').replace(/'/g, '’'));
        expect(spaced(link.name), pathname).toBe(`${shown[i]} : ${expected.join(', ')}`);
      });
      await close();
    }
  }, 60_000);
});

