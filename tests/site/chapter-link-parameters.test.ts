/**
 * The link check reads the search page's and the explorer's own parameters (`q`, `page`) by the names
 * `readState` reads them (src/search/selection.ts), not by a copy of them: renamed there, the check
 * follows. Input: a chapter's links, with those names renamed by a mock; output: what the check accepts.
 */
import { describe, expect, it, vi } from 'vitest';
import { checkChapter } from '../../src/site/chapters-check/index.ts';
import { createSite } from '../../src/site/site.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

vi.mock('../../src/search/selection.ts', async (original) => ({ ...(await original<typeof import('../../src/search/selection.ts')>()), QUERY_PARAMETER: 'mots', PAGE_PARAMETER: 'p' }));

const check = (links: string) => checkChapter(createSite(fixtureSynthesis), 'content/livre-blanc/liens.mdx', `---\ntitre: Liens\nordre: 1\n---\n\n${links}\n`);

describe('the pages’ own parameters, named where the pages read them', () => {
  it('accepts the names selection.ts gives, and no longer the old ones', () => {
    expect(check('[a](/recherche/?mots=agenda&region=11) [b](/verbatims/?p=2&region=11)')).toEqual([]);
    const [words, page] = check('[a](/recherche/?q=agenda) [b](/verbatims/?page=2)');
    expect(words?.message).toContain('la recherche ne lit pas le paramètre « q »');
    expect(page?.message).toContain('l’explorateur de verbatims ne lit pas le paramètre « page »');
  });

  it('says whose parameter each is under its new name', () => {
    const [page, words] = check('[a](/recherche/?p=2) [b](/verbatims/?mots=agenda)');
    expect(page?.hint).toBe('« p » est un paramètre de l’explorateur de verbatims (/verbatims/), pas de la recherche, qui montre ses résultats à la suite (« Plus de résultats ») : retirez « p=2 ».');
    expect(words?.hint).toContain('L’explorateur ne cherche pas de mots');
  });
});
