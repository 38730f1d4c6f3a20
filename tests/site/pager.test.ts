import { describe, expect, it } from 'vitest';
import { pagerSlots } from '../../src/site/pager.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';
import { renderComponent } from '../export/support/render-component.ts';

describe('compact pager', () => {
  it('links the first, last and two pages around the current one of a 260-page survey', () => {
    expect(pagerSlots(3, 260)).toEqual([1, 2, 3, 4, 5, 'gap', 260]);
    expect(pagerSlots(130, 260)).toEqual([1, 'gap', 128, 129, 130, 131, 132, 'gap', 260]);
    expect(pagerSlots(260, 260)).toEqual([1, 'gap', 258, 259, 260]);
    // A page of about ten links at most, whatever the number of pages.
    for (const current of [1, 50, 259]) expect(pagerSlots(current, 260).length).toBeLessThanOrEqual(9);
  });

  it('lists every page when few, a one-page gap being that page', () => {
    expect(pagerSlots(1, 2)).toEqual([1, 2]);
    expect(pagerSlots(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerSlots(5, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('the pager as a page shows it', () => {
  // The dev compiler marks every element with its source place: left out of the comparisons.
  const render = async (props: Record<string, unknown>) =>
    (await renderComponent(fixtureSynthesis, 'src/components/Pager.astro', { href: (page: number) => `/sessions/s/${page}/`, label: 'Pages de la session', ...props }))
      .replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');

  it('page 130 of 260: a labelled nav, its position, about ten links, the current page marked', async () => {
    const html = (await render({ current: 130, pages: 260 })).replace(/\s+/g, ' ');
    expect(html).toContain('<nav class="page-nav" aria-label="Pages de la session"');
    expect(html).toMatch(/Page 130 sur 260/);
    expect(html.match(/<a /g)).toHaveLength(8); // previous, 1, 128, 129, 131, 132, 260, next
    expect(html).toContain('<span aria-current="page">130</span>');
    expect(html).toContain('href="/sessions/s/129/" rel="prev"');
    expect(html).toContain('href="/sessions/s/131/" rel="next"');
    expect(html).not.toContain('href="/sessions/s/127/"');
  }, 60_000);

  it('above the list, only the position, previous and next; nothing for a single page', async () => {
    const brief = (await render({ current: 1, pages: 260, brief: true })).replace(/\s+/g, ' ');
    expect(brief.match(/<a /g)).toHaveLength(1);
    expect(brief).toContain('rel="next"');
    expect((await render({ current: 1, pages: 1 })).trim()).toBe('');
  }, 60_000);
});
