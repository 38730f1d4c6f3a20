import { describe, expect, it } from 'vitest';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';
import { renderComponent } from '../export/support/render-component.ts';

describe('links from the top of a session page to its tag groups', () => {
  const render = async (groups: Array<{ tag: string; count: number }>) =>
    (await renderComponent(fixtureSynthesis, 'src/components/TagGroupsNav.astro', { groups, anchor: (tag: string) => `groupe-${tag}` }))
      .replace(/ data-astro-source-[a-z]+="[^"]*"/g, '')
      .replace(/[ \t\n]+/g, ' ');

  it('names each group present with its count on the page, in the page’s order, and links to its heading', async () => {
    const html = await render([
      { tag: 'working', count: 212 },
      { tag: 'broken', count: 0 },
      { tag: 'needs', count: 1288 },
    ]);
    expect(html).toContain('<nav class="tag-groups-nav" aria-label="Groupes de cette page">');
    const links = [...html.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['#groupe-working', 'Ce qui fonctionne (212)'],
      ['#groupe-needs', 'Besoins et attentes (1\u202f288)'],
    ]);
    expect(html).toMatch(/Aller à : <a[^>]*>Ce qui fonctionne \(212\)<\/a> · <a/);
    expect(html).not.toContain('groupe-broken');
  }, 60_000);

  it('says nothing when the page has a single group: it follows at once', async () => {
    expect((await render([{ tag: 'working', count: 0 }, { tag: 'broken', count: 40 }, { tag: 'needs', count: 0 }])).trim()).toBe('');
  }, 60_000);
});
