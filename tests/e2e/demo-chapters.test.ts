/**
 * What the demo's chapters say, read from the built pages against the synthesis the site publishes:
 * the counts a reader checks against the rest of the site (themes, respondents), the convergence
 * index read as the share it is, and the closed questions' results commented where they belong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInteger, formatPercent } from '../../src/site/format.ts';
import { chapterUrl } from '../../src/site/urls.ts';
import { buildDemoSite, HAS_CHROMIUM, SKIP_MESSAGE, type BuiltSite } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** A number as the pages print it, with a plain space for the reading. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

describe.skipIf(!HAS_CHROMIUM)('the demo chapters agree with the synthesis', () => {
  let site: BuiltSite;

  beforeAll(async () => {
    site = await buildDemoSite();
  }, 600_000);
  afterAll(async () => site?.close());

  const html = (slug: string) => readFileSync(path.join(site.dir, chapterUrl(slug), 'index.html'), 'utf8');
  const text = (slug: string) => plain(html(slug).replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'"));

  it('introduction: counts the themes as the site lists them, « Autres » apart', () => {
    const themes = site.synthesis.themes.filter((t) => t.id !== 'autres').length;
    const intro = text('introduction');
    expect(intro).toContain(`un ou plusieurs des ${formatInteger(themes)} thèmes`);
    // The site has a page more than the taxonomy has themes: « Autres » is said, or 15 read as wrong beside 16.
    expect(site.synthesis.themes.some((t) => t.id === 'autres')).toBe(true);
    expect(intro).toMatch(/les autres sont rangés sous « Autres »/);
    expect(intro).toContain(`${plain(formatPercent(site.synthesis.themedShare))} d’entre eux sont rattachés`);
  });

  it('introduction: says how many answered the questionnaires, and how many of them are young people', () => {
    const surveys = site.synthesis.sessions.filter((s) => s.kind === 'survey');
    const respondents = surveys.reduce((n, s) => n + (s.participants ?? 0), 0);
    const young = surveys.reduce((n, s) => n + (s.profiles.jeune ?? 0), 0);
    expect(young).toBeGreaterThan(200);
    expect(text('introduction')).toContain(`${plain(formatInteger(respondents))} répondants aux questionnaires, dont ${plain(formatInteger(young))} jeunes`);
  });

  it('besoins et attentes: reads the top theme’s convergence as a share of every region’s needs, apart from the similarity', () => {
    const top = site.synthesis.convergence.themes.find((t) => t.tag === 'needs');
    expect(top).toBeDefined();
    const chapter = text('besoins-et-attentes');
    expect(chapter).toContain(`évoqué dans ${top!.regionsMentioning} régions, et porte en moyenne sur ${plain(formatPercent(top!.consensus))} des besoins de chacune`);
    expect(chapter).toContain('un indice de convergence : la part moyenne, d’une région à l’autre, des besoins qui portent sur le thème');
    expect(chapter).toContain(`cette ressemblance atteint en moyenne ${plain(formatPercent(site.synthesis.convergence.overall ?? 0))}`);
  });

  it('la parole des jeunes: the chart it announces is what it shows (one ranking, the others’ in another chapter)', () => {
    const chapter = text('parole-des-jeunes');
    expect(chapter).not.toMatch(/graphique suivant compare/);
    expect(html('parole-des-jeunes')).toContain(`href="${chapterUrl('besoins-et-attentes')}"`);
  });

  it('the closed questions sit with the irritants, and what the text says of them is what the answers say', () => {
    const [satisfaction, recommend, note] = site.synthesis.scales;
    expect(recommend?.question).toMatch(/^Recommanderiez-vous/);
    // « les « non » l’emportent sur les « oui » »
    expect(recommend!.counts.non ?? 0).toBeGreaterThan(recommend!.counts.oui ?? 0);
    // « Les notes se concentrent au milieu de l’échelle »: 3 is the most frequent answer.
    const mode = (counts: Record<string, number>) => Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(mode(satisfaction!.counts)).toBe('3');
    // The young people's note « est nettement meilleure »: a higher mean.
    const mean = (counts: Record<string, number>) => {
      const entries = Object.entries(counts);
      return entries.reduce((n, [k, v]) => n + Number(k) * v, 0) / entries.reduce((n, [, v]) => n + v, 0);
    };
    expect(mean(note!.counts)).toBeGreaterThan(mean(satisfaction!.counts) + 0.5);

    const broken = html('ce-qui-dysfonctionne');
    expect(text('ce-qui-dysfonctionne')).toContain('les « non » l’emportent sur les « oui »');
    expect(broken).toContain('id="echelle-1"');
    // Under « Mesurer la convergence » they were results without a word: the method chapter now points to them.
    const method = html('methodologie');
    expect(method).not.toContain('id="echelle-1"');
    expect(method).toContain(`href="${chapterUrl('ce-qui-dysfonctionne')}#un-outil-que-les-`);
  });
});
