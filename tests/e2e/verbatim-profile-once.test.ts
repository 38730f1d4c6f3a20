/**
 * End to end, in headless Chromium, on the built demo site: a verbatim says who answered once. A survey answer's source
 * line names its respondent (« Questionnaire … · réponse n° 98 · Partenaire · Bretagne », what « Copier la citation »
 * copies); its details line no longer repeats the profile. A note's item, whose source line names no one, keeps its
 * profile in the details line. Every page that lists verbatims: session, theme and region pages, /verbatims/, /recherche/.
 */
import { describe, expect, it } from 'vitest';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';
import { createSite } from '../../src/site/site.ts';
import { profileLabel } from '../../src/site/labels.ts';
import { regionUrl, sessionPageUrl, themeUrl } from '../../src/site/urls.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

interface Listed {
  id: string;
  /** The item's details and source lines as read (`innerText`). */
  meta: string;
}

describe.skipIf(!HAS_CHROMIUM)('a verbatim’s profile, said once', () => {
  const demo = demoSiteAndBrowser();
  const base = () => demo.site.url.replace(/\/$/, '');

  /** Every verbatim `path` lists once `ready` is there, its groups opened (a closed <details> is not read as shown). */
  async function listed(path: string, ready: string): Promise<Listed[]> {
    const page = await demo.browser.newPage();
    await page.goto(`${base()}${path}`);
    await page.locator(ready).first().waitFor({ state: 'attached' });
    const items = await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
      return [...document.querySelectorAll<HTMLElement>('li.verbatim')].map((li) => {
        // The pages' items carry their id; a result or an explorer row links to its permalink (« …#e-<id> »).
        const href = li.querySelector<HTMLAnchorElement>('a[href*="#e-"]')?.getAttribute('href') ?? '';
        return { id: li.dataset.item ?? href.slice(href.indexOf('#e-') + 3), meta: li.querySelector<HTMLElement>('.meta')?.innerText ?? '' };
      });
    });
    await page.close();
    return items;
  }

  /** How many of the lines' parts (« · » between them) are `label`: the profile shown alone, not inside a title. */
  function times(meta: string, label: string): number {
    return meta
      .split(/\s+·\s+|\n/u)
      .map((part) => part.replace(/^Source\s:\s/u, '').trim())
      .filter((part) => part === label).length;
  }

  it('on session, theme and region pages, on /verbatims/ and in search results', async () => {
    const { synthesis } = demo.site;
    const pages = createSite(synthesis);
    const kindOf = new Map(synthesis.sessions.map((session) => [session.id, session.kind]));
    const byId = new Map(synthesis.items.map((item) => [item.id, item]));
    const survey = synthesis.sessions.find((session) => session.kind === 'survey');
    const profiledNote = synthesis.items.find((item) => kindOf.get(item.sessionId) === 'workshop' && item.profile && item.region);
    const answer = synthesis.items.find((item) => item.sessionId === survey?.id && item.profile && item.themes.length > 0);
    const region = profiledNote?.region ? pages.regionByCode.get(profiledNote.region) : undefined;
    if (!survey || !profiledNote || !answer || !region) throw new Error('the demo has no survey answer or no profiled note');

    const lists: Array<[string, string]> = [
      [sessionPageUrl(survey.id), 'li.verbatim'],
      [sessionPageUrl(profiledNote.sessionId), 'li.verbatim'],
      [themeUrl(answer.themes[0] ?? ''), 'li.verbatim'],
      [regionUrl(region), 'li.verbatim'],
      ['/verbatims/', '[data-list] > li'],
      [`/recherche/?q=${encodeURIComponent('recherche rapide des jeunes')}`, '[data-results] > li'],
    ];
    const notes: string[] = [];
    for (const [path, ready] of lists) {
      const items = await listed(path, ready);
      let answers = 0;
      for (const { id, meta } of items) {
        const item = byId.get(id);
        expect(item, `${path}: ${id}`).toBeDefined();
        if (!item?.profile) continue;
        if (kindOf.get(item.sessionId) === 'survey') answers++;
        else notes.push(id);
        expect(times(meta, profileLabel(item.profile)), `${path}, ${id}:\n${meta}`).toBe(1);
      }
      // Each page but the note's session is read on survey answers, whose profile both lines said.
      if (path !== sessionPageUrl(profiledNote.sessionId)) expect(answers, path).toBeGreaterThan(0);
    }
    // A note's item still says its profile, in its details line.
    expect(notes).toContain(profiledNote.id);
  }, 120_000);
});
