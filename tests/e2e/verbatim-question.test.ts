/**
 * On the built demo: every verbatim shows the question it answers where one is to be shown
 * (src/site/verbatim-question.ts) — in the pages' lists, the search results and the verbatim explorer —
 * and nothing for a note item under one of the three parts' titles.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import { questionLine, verbatimQuestion } from '../../src/site/verbatim-question.ts';
import { sessionPageUrl } from '../../src/site/permalink.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';
import { plainTypography } from '../support/typography.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** The question lines of a page's verbatims, by item id (null: none shown). */
function questionsIn(html: string): Map<string, string | null> {
  const found = new Map<string, string | null>();
  for (const [, id = '', body = ''] of html.matchAll(/<li class="verbatim[^"]*"[^>]*data-item="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)) {
    const line = /<p class="question"><span class="question-label">([^<]*)<\/span>([^<]*)<\/p>/.exec(body);
    found.set(id, line ? plainTypography(`${line[1]}${line[2]}`) : null);
  }
  return found;
}

describe.skipIf(!HAS_CHROMIUM)('the question a verbatim answers, on the built demo', () => {
  const demo = demoSiteAndBrowser();
  const items = () => new Map(demo.site.synthesis.items.map((item) => [item.id, item]));
  const kind = (item: FeedbackItem) => demo.site.synthesis.sessions.find((s) => s.id === item.sessionId)?.kind ?? 'workshop';
  const expected = (item: FeedbackItem) => {
    const question = verbatimQuestion(item, kind(item));
    return question ? plainTypography(questionLine(question)) : null;
  };
  const page = (url: string) => readFile(path.join(demo.site.dir, url, 'index.html'), 'utf8');

  it('a survey answer shows its question above the quote; a note item under a part title shows none', async () => {
    const byId = items();
    const survey = demo.site.synthesis.sessions.find((s) => s.kind === 'survey' && s.title.startsWith('Questionnaire conseillers'));
    const workshop = demo.site.synthesis.sessions.find((s) => s.kind === 'workshop');
    const surveyPage = questionsIn(await page(sessionPageUrl(survey?.id ?? '')));
    const workshopPage = questionsIn(await page(sessionPageUrl(workshop?.id ?? '')));
    expect(surveyPage.size).toBeGreaterThan(100);
    expect(workshopPage.size).toBeGreaterThan(5);
    // Answers to « Ce qui vous gêne au quotidien » carry it; the demo's notes have only part titles.
    const gene = [...surveyPage].filter(([id]) => byId.get(id)?.question === 'Ce qui vous gêne au quotidien');
    expect(gene.length).toBeGreaterThan(10);
    for (const [, line] of gene) expect(line).toBe('Question : Ce qui vous gêne au quotidien');
    for (const [id, line] of surveyPage) expect(line, id).toBe(expected(byId.get(id) as FeedbackItem));
    expect([...workshopPage.values()].every((line) => line === null)).toBe(true);
    // The session answers four questions: none is said once in its header instead.
    expect(await page(sessionPageUrl(survey?.id ?? ''))).not.toMatch(/<dt>Question<\/dt>/);
  });

  it('theme pages show it wherever their verbatims come from', async () => {
    const byId = items();
    // A theme prints its 5 most supported verbatims per tag: all its pages together show survey answers.
    const shown = new Map<string, string | null>();
    for (const theme of demo.site.synthesis.themes) for (const [id, line] of questionsIn(await page(`themes/${theme.id}`))) shown.set(id, line);
    expect([...shown.values()].some((line) => line?.startsWith('Question : '))).toBe(true);
    for (const [id, line] of shown) expect(line, id).toBe(expected(byId.get(id) as FeedbackItem));
  });

  it('says the question once: a verbatim’s file place (its source line’s title) does not end with the column its question line names', async () => {
    const byId = items();
    const survey = demo.site.synthesis.sessions.find((s) => s.kind === 'survey' && s.title.startsWith('Questionnaire conseillers'));
    let checked = 0;
    for (const url of ['themes/saisie-ergonomie', 'themes/dispositifs', sessionPageUrl(survey?.id ?? '')]) {
      const html = await page(url);
      for (const [, id = '', body = ''] of html.matchAll(/<li class="verbatim[^"]*"[^>]*data-item="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)) {
        const item = byId.get(id) as FeedbackItem;
        const question = verbatimQuestion(item, kind(item));
        if (!question || item.source.field !== question.text) continue;
        const source = /<span class="source"[^>]*\btitle="([^"]*)"/.exec(body)?.[1] ?? '';
        expect(source, id).toMatch(/, colonne de la question$/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  /** Question lines of the rows listed, by item id (read from each row's permalink). */
  async function rowQuestions(browserPage: Page, rows: string): Promise<Array<[string, string | null]>> {
    return browserPage.locator(rows).evaluateAll((lis) =>
      lis.map((li): [string, string | null] => {
        const href = li.querySelector('a.result-link, .source a')?.getAttribute('href') ?? '';
        return [href.slice(href.indexOf('#e-') + 3), li.querySelector('.question')?.textContent ?? null];
      }),
    );
  }

  it('search results and the explorer show it too, as text', async () => {
    const byId = items();
    const context = await demo.browser.newContext();
    try {
      const search = await context.newPage();
      await search.goto(new URL('/recherche/?q=delais', demo.site.url).href);
      await search.locator('[data-results] > li').first().waitFor({ timeout: 15_000 });
      const results = await rowQuestions(search, '[data-results] > li');
      const explorer = await context.newPage();
      await explorer.goto(new URL('/verbatims/', demo.site.url).href);
      await explorer.locator('[data-list] > li').first().waitFor({ timeout: 15_000 });
      const rows = await rowQuestions(explorer, '[data-list] > li');
      for (const [id, line] of [...results, ...rows]) {
        const item = byId.get(id);
        expect(item, id).toBeDefined();
        expect(line === null ? null : plainTypography(line), id).toBe(expected(item as FeedbackItem));
      }
      expect(results.some(([, line]) => line?.startsWith('Question'))).toBe(true);
      expect(rows.some(([, line]) => line?.startsWith('Question'))).toBe(true);
      expect(rows.some(([, line]) => line === null)).toBe(true);
      // Said once: no row's source line, nor the file's place in its title, repeats the question it shows (« …, colonne de la question »).
      const sources = await search.locator('[data-results] > li').evaluateAll((lis) =>
        lis.map((li) => [li.querySelector('.question')?.textContent ?? '', `${li.querySelector('.source')?.textContent ?? ''} ${li.querySelector('.source')?.getAttribute('title') ?? ''}`] as const),
      );
      const answered = sources.filter(([line]) => line !== '');
      expect(answered.length).toBeGreaterThan(0);
      for (const [line, source] of answered) expect(source).not.toContain(line.slice(line.indexOf(':') + 2).trim());
      expect(answered.some(([, source]) => source.endsWith(', colonne de la question'))).toBe(true);
    } finally {
      await context.close();
    }
  }, 60_000);
});
