/**
 * End to end, in headless Chromium, on the built demo site: a verbatim says where it comes from once. Away from its
 * session (theme and region pages) the details line links its session and its region; its source line, which
 * « Copier la citation » copies whole (« Questionnaire … · réponse n° 98 · Partenaires · Auvergne-Rhône-Alpes »), no
 * longer shows them again. On its session's page the title is the page's, not repeated by any item. The explorer and
 * the search results, whose details line has no links, leave a survey answer's region to its source line.
 */
import { describe, expect, it } from 'vitest';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';
import { createSite } from '../../src/site/site.ts';
import { regionUrl, sessionPageUrl, themeUrl } from '../../src/site/urls.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

interface Listed {
  id: string;
  /** The item's details and source lines as read (`innerText`: what is out of sight is not). */
  meta: string;
  /** Its source line as the citation copies it (`textContent`); `''` where the item has none of its own. */
  cited: string;
}

describe.skipIf(!HAS_CHROMIUM)('a verbatim’s session and region, said once', () => {
  const demo = demoSiteAndBrowser();

  /** Every verbatim `path` lists once `ready` is there, its groups opened (a closed <details> is not read as shown). */
  async function listed(path: string, ready: string): Promise<Listed[]> {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.site.url.replace(/\/$/, '')}${path}`);
    await page.locator(ready).first().waitFor({ state: 'attached' });
    const items = await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
      return [...document.querySelectorAll<HTMLElement>('li.verbatim')].map((li) => {
        // The pages' items carry their id; a result or an explorer row links to its permalink (« …#e-<id> »).
        const href = li.querySelector<HTMLAnchorElement>('a[href*="#e-"]')?.getAttribute('href') ?? '';
        return {
          id: li.dataset.item ?? href.slice(href.indexOf('#e-') + 3),
          meta: li.querySelector<HTMLElement>('.meta')?.innerText ?? '',
          cited: li.querySelector('[data-citation-source]')?.textContent ?? '',
        };
      });
    });
    await page.close();
    return items;
  }

  /** The pages' typography (« Côte d’Azur »), which the synthesis's names do not have (the search index gives it to its facet labels). */
  function typographic(words: string): string {
    return words.replace(/'/gu, '’');
  }

  /** How many times `words` occur in `text`. */
  function occurrences(text: string, words: string): number {
    return typographic(text).split(typographic(words)).length - 1;
  }

  /** How many of the lines' parts (« · », « , » or a line break between them) are `name`: the region alone, not inside a workshop's title. */
  function parts(meta: string, name: string): number {
    return typographic(meta)
      .split(/\s+·\s+|,\s+|\n/u)
      .map((part) => part.replace(/^Source(?: de la première)?\s:\s/u, '').trim())
      .filter((part) => part === typographic(name)).length;
  }

  it('on theme, region and session pages, on /verbatims/ and in search results; the citation still names both', async () => {
    const { synthesis } = demo.site;
    const pages = createSite(synthesis);
    const sessionOf = new Map(synthesis.sessions.map((session) => [session.id, session]));
    const byId = new Map(synthesis.items.map((item) => [item.id, item]));
    const survey = synthesis.sessions.find((session) => session.kind === 'survey');
    const note = synthesis.items.find((item) => sessionOf.get(item.sessionId)?.kind === 'workshop' && item.region);
    const answer = synthesis.items.find((item) => item.sessionId === survey?.id && item.region && item.themes.length > 0);
    const region = answer?.region ? pages.regionByCode.get(answer.region) : undefined;
    if (!survey || !note || !answer || !region) throw new Error('the demo has no survey answer or no note with a region');

    const lists: Array<[string, string]> = [
      [themeUrl(answer.themes[0] ?? ''), 'li.verbatim'],
      [regionUrl(region), 'li.verbatim'],
      [sessionPageUrl(survey.id), 'li.verbatim'],
      [sessionPageUrl(note.sessionId), 'li.verbatim'],
      ['/verbatims/', '[data-list] > li'],
      [`/recherche/?q=${encodeURIComponent('recherche rapide des jeunes')}`, '[data-results] > li'],
    ];
    for (const [path, ready] of lists) {
      const ownSession = path.startsWith('/sessions/');
      const items = await listed(path, ready);
      let answers = 0;
      let notes = 0;
      for (const { id, meta, cited } of items) {
        const item = byId.get(id);
        const session = item ? sessionOf.get(item.sessionId) : undefined;
        expect(session, `${path}: ${id}`).toBeDefined();
        if (!item || !session) continue;
        const regionName = item.region ? pages.regionByCode.get(item.region)?.name : undefined;
        const where = `${path}, ${id}:\n${meta}`;
        if (session.kind === 'survey') answers++;
        else notes++;
        // Its session's page states the title once for all its items.
        expect(occurrences(meta, session.title), where).toBe(ownSession ? 0 : 1);
        // A note's region is said by the details line only, away from its session's page (whose header says it).
        if (regionName && (session.kind === 'survey' || !ownSession)) expect(parts(meta, regionName), where).toBe(1);
        // What « Copier la citation » reads on the pages: the whole line, the words out of sight included.
        if (cited !== '' && session.kind === 'survey') {
          expect(cited.startsWith(`${typographic(session.title)} · `), `${where}\n${cited}`).toBe(true);
          if (regionName) expect(cited.endsWith(` · ${typographic(regionName)}`), `${where}\n${cited}`).toBe(true);
        }
      }
      // Each list but the note's session is read on survey answers, where both lines said the session and the region.
      if (path !== sessionPageUrl(note.sessionId)) expect(answers, path).toBeGreaterThan(0);
      if (path !== sessionPageUrl(survey.id)) expect(notes, path).toBeGreaterThan(0);
    }
  }, 180_000);
});
