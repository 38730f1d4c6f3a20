/**
 * What the built demo's pages say, read from their files: convergence with its true denominator,
 * where a region's items come from, French dates and decimals, the entry form linked, and the
 * no-JavaScript lists of /verbatims/ in French order.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionUrl, sessionPageUrl, themeUrl } from '../../src/site/urls.ts';
import { formatPercent } from '../../src/site/format.ts';
import { buildDemoSite, HAS_CHROMIUM, SKIP_MESSAGE, type BuiltSite } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** A page's HTML as text (tags removed, spaces normalised, the few entities the pages use decoded). */
function pageText(site: BuiltSite, url: string): string {
  return pageHtml(site, url)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}

function pageHtml(site: BuiltSite, url: string): string {
  return readFileSync(path.join(site.dir, url, 'index.html'), 'utf8');
}

describe.skipIf(!HAS_CHROMIUM)('wording of the built pages', () => {
  let site: BuiltSite;

  beforeAll(async () => {
    site = await buildDemoSite();
  }, 600_000);
  afterAll(async () => site?.close());

  it('says which regions the convergence counts, on the home and theme pages', () => {
    const min = site.synthesis.convergence.minItemsPerRegion;
    const home = pageText(site, '/');
    expect(home).toMatch(new RegExp(`évoqué dans \\d+ des \\d+ régions qui comptent au moins ${min} besoins`));
    expect(home).not.toMatch(/régions? sur \d+/);
    const top = site.synthesis.convergence.themes.find((t) => t.tag === 'needs');
    const theme = pageText(site, themeUrl(top?.theme ?? ''));
    expect(theme).toMatch(new RegExp(`évoqué dans \\d+ des \\d+ régions qui comptent au moins ${min} besoins`));
    expect(theme).not.toMatch(/régions? sur \d+/);
    // The index follows the reach, read as the share it is, and one sentence names it: « indice 26 % » read as weak support.
    const share = `en moyenne ${formatPercent(top?.consensus ?? 0).replace(/\s/g, ' ')} de leurs besoins`;
    for (const text of [home, theme]) {
      expect(text).toMatch(new RegExp(`évoqué dans \\d+ des \\d+ régions qui comptent au moins ${min} besoins ; ${share}`));
      expect(text).toContain('Le pourcentage est l’indice de convergence : la part moyenne des besoins');
      expect(text).not.toMatch(/indice \d+ %/);
    }
  });

  it('says that a region with survey answers only has its items from national surveys', () => {
    const own = new Set(site.synthesis.sessions.map((s) => s.region));
    const answered = site.synthesis.regions.find((r) => !own.has(r.code) && site.synthesis.items.some((i) => i.region === r.code));
    expect(answered, 'the demo has a region answered only through surveys').toBeDefined();
    const text = pageText(site, regionUrl(answered!));
    expect(text).not.toContain('issus de 0');
    expect(text).toMatch(/issus de \d+ enquêtes? nationales? qui y (a|ont) des réponses \(aucun atelier ni aucune enquête propre à la région\)/);
    // The sessions its items come from are listed: the national surveys, none of its own.
    expect(text).toMatch(/Ateliers et enquêtes de la région\s.*\s:\sateliers et enquêtes dont viennent ses éléments Session Date Lieu Participants Éléments de la région /);
  });

  it('writes the first of the month « 1er » and the tagging scores with two decimals', () => {
    const first = site.synthesis.sessions.find((s) => s.date?.endsWith('-01'));
    expect(first, 'the demo has a workshop on the first of a month').toBeDefined();
    const sessions = pageText(site, '/ateliers/');
    expect(sessions).toContain('1er octobre 2026');
    expect(sessions).not.toMatch(/(^|[^\d])1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/);
    const table = pageHtml(site, '/methodologie/').match(/<caption id="qualite-legende">[\s\S]*?<\/table>/)?.[0] ?? '';
    const scores = [...table.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(scores.length).toBeGreaterThanOrEqual(12);
    for (const score of scores) expect(score).toMatch(/^\d,\d\d$/);
  });

  it('links to the entry form from every page’s footer and from the sessions page, and the form is built', () => {
    expect(existsSync(path.join(site.dir, 'saisie', 'index.html'))).toBe(true);
    for (const url of ['/', '/ateliers/', '/methodologie/']) {
      const footer = pageHtml(site, url).match(/<footer[\s\S]*<\/footer>/)?.[0] ?? '';
      expect(footer, url).toMatch(/<a href="\/saisie\/">Contribuer\s: saisir une note d’atelier<\/a>/);
    }
    expect(pageText(site, '/ateliers/')).toContain('Vous avez animé un atelier ? Saisissez sa note');
  });

  it('says a session’s type once for a survey, with its format for a workshop', () => {
    const type = (id: string) => pageText(site, sessionPageUrl(id)).match(/Type (.+?) (Date|Région) /)?.[1];
    const survey = site.synthesis.sessions.find((s) => s.kind === 'survey');
    const workshop = site.synthesis.sessions.find((s) => s.kind === 'workshop' && s.format === 'presentiel');
    expect(survey && workshop, 'the demo has a survey and a workshop in person').toBeTruthy();
    expect(type(survey!.id)).toBe('Enquête');
    expect(type(workshop!.id)).toBe('Atelier · Présentiel');
  });

  it('describes a chart filtered on one tag as the single series it draws', () => {
    const html = pageHtml(site, '/livre-blanc/ce-qui-dysfonctionne/');
    const labels = [...html.matchAll(/<canvas role="img" aria-label="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&#39;/g, "'").replace(/[\s\u00a0\u202f]+/g, ' '));
    // Its leading bar first (the figure's caption gives the title), then what the bars are.
    const chart = labels.find((label) => label.endsWith('tous étiquetés « Ce qui dysfonctionne ». Les valeurs exactes sont dans le tableau de données.'));
    // The leading bar is the theme with the most broken items in the synthesis (not a name written here:
    // it moves whenever the taxonomy does).
    const broken = site.synthesis.counts.byThemeTag.filter((entry) => entry.keys[1] === 'broken');
    const top = broken.reduce((best, entry) => (entry.items > best.items ? entry : best));
    const label = site.synthesis.themes.find((theme) => theme.id === top.keys[0])?.label ?? '?';
    const expected = `${label} en tête : ${top.items.toLocaleString('fr-FR').replace(/\s/g, ' ')} éléments. Barres : nombre d’éléments par thème, tous étiquetés « Ce qui dysfonctionne ». `;
    expect(chart?.slice(0, expected.length)).toBe(expected);
    // Unfiltered, the home chart still describes its three stacked tags and their motifs.
    const home = pageText(site, '/');
    expect(home).toContain('répartis entre ce qui fonctionne, ce qui dysfonctionne et les besoins et attentes');
    expect(home).toContain('(Fonctionne : uni ; Dysfonctionne : hachures ; Besoins : points)');
  });

  it('gives the printable white paper one <h1>, each chapter an <h2>, and never skips a heading level', () => {
    const main = pageHtml(site, '/imprimer/').match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
    const headings = [...main.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: (m[2] ?? '').replace(/<[^>]+>/g, '') }));
    expect(headings.filter((h) => h.level === 1).map((h) => h.text.replace(/’/g, "'"))).toEqual([site.synthesis.title]);
    expect(headings[0]?.level).toBe(1);
    const chapters = headings.filter((h) => h.level === 2).map((h) => h.text);
    expect(chapters.length).toBeGreaterThanOrEqual(7);
    expect(chapters).toContain('Introduction et démarche');
    // A chapter's sections (## in its MDX) sit one level below its title.
    expect(headings.find((h) => h.text === 'Comment lire les chiffres')?.level).toBe(3);
    for (const [i, heading] of headings.entries()) if (i > 0) expect(heading.level - (headings[i - 1]?.level ?? 1), heading.text).toBeLessThanOrEqual(1);
  });

  it('lists themes and regions without JavaScript in French alphabetical order', () => {
    const html = pageHtml(site, '/verbatims/');
    const section = html.match(/data-static-counts[\s\S]*?<\/section>/)?.[0] ?? '';
    const [themes = '', regions = ''] = section.split(/<h2[^>]*>Par région<\/h2>/);
    const names = (part: string) => [...part.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1] ?? '');
    const collator = new Intl.Collator('fr');
    const themeNames = names(themes).map((name) => name.replace(/&#39;/g, "'")).filter((name) => name !== 'Autres');
    expect(themeNames.length).toBeGreaterThan(10);
    expect(themeNames).toEqual([...themeNames].sort(collator.compare));
    expect(themeNames.indexOf('Accès mobile et nomade')).toBe(0);
    const regionNames = names(regions).map((name) => name.replace(/&#39;/g, "'"));
    expect(regionNames.length).toBeGreaterThan(5);
    expect(regionNames).toEqual([...regionNames].sort(collator.compare));
  });
});
