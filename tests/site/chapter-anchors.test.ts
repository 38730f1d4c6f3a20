import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { anchorTarget, checkAnchors, htmlIds, type BuiltPages } from '../../src/site/chapters-check/anchors.ts';
import { builtPages, checkBuiltAnchors } from '../../src/cli/built-anchors.ts';
import type { Reference } from '../../src/site/chapters-check/parse.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function site(pages: Record<string, string>): string {
  const out = mkdtempSync(path.join(os.tmpdir(), 'lb-ancres-'));
  folders.push(out);
  for (const [address, html] of Object.entries(pages)) {
    mkdirSync(path.join(out, address), { recursive: true });
    writeFileSync(path.join(out, address, 'index.html'), html);
  }
  return out;
}

const link = (url: string, line = 3): Reference => ({ url, line, column: 1 });

describe('anchors of the chapters’ links', () => {
  it('reads the ids of a page, quotes and entities as written in HTML', () => {
    expect([...htmlIds('<h2 id="besoins">B</h2><p data-id="x"></p><div id=\'a&amp;b\'></div><section  id="">')]).toEqual(['besoins', 'a&b', '']);
  });

  it('resolves a link’s page and anchor from the chapter’s address, and leaves links without anchor or outside alone', () => {
    expect(anchorTarget('#plus-bas', 'intro')).toEqual({ page: '/livre-blanc/intro/', anchor: 'plus-bas' });
    expect(anchorTarget('/regions/bretagne#besoins', 'intro')).toEqual({ page: '/regions/bretagne/', anchor: 'besoins' });
    expect(anchorTarget('../methode/#d%C3%A9marche', 'intro')).toEqual({ page: '/livre-blanc/methode/', anchor: 'démarche' });
    expect(anchorTarget('/regions/bretagne/', 'intro')).toBeNull();
    expect(anchorTarget('/regions/#', 'intro')).toBeNull();
    expect(anchorTarget('https://example.org/#x', 'intro')).toBeNull();
  });

  it('warns of an anchor its page lacks, with the nearest one, and says nothing of a page the site lacks', () => {
    const pages: BuiltPages = {
      idsOf: (page) => (page === '/regions/bretagne/' ? new Set(['besoins', 'ateliers']) : null),
      siblingsOf: () => [],
    };
    const found = checkAnchors('content/livre-blanc/intro.mdx', [link('/regions/bretagne/#besoins'), link('/regions/bretagne/#besoin', 7), link('/regions/inconnue/#x')], 'intro', pages);
    expect(found).toEqual([
      {
        code: 'chapitre-ancre-inconnue',
        severity: 'warning',
        message: 'Le lien vers /regions/bretagne/#besoin ouvre la page /regions/bretagne/ à son début : elle n’a pas d’ancre « #besoin ».',
        hint: 'Vouliez-vous dire #besoins ?',
        file: 'content/livre-blanc/intro.mdx',
        line: 7,
        column: 1,
      },
    ]);
  });

  it('points to the page of a listing that holds an item now, read from the built files', () => {
    const out = site({
      'sessions/s1': '<li id="e-aaa"></li>',
      'sessions/s1/2': '<li id="e-bbb"></li>',
      'sessions/s1/3': '<li id="e-ccc"></li>',
    });
    const pages = builtPages(out);
    expect(pages.siblingsOf('/sessions/s1/2/')).toEqual(['/sessions/s1/', '/sessions/s1/3/']);
    const [found] = checkAnchors('c.mdx', [link('/sessions/s1/#e-ccc')], 'c', pages);
    expect(found?.hint).toBe('Cette ancre est sur la page /sessions/s1/3/ : écrivez [texte](/sessions/s1/3/#e-ccc).');
    expect(checkAnchors('c.mdx', [link('/sessions/s1/2/#e-bbb')], 'c', pages)).toEqual([]);
  });

  it('checks every chapter of a consultation against its built site, under the chapter’s slug', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lb-ancres-racine-'));
    folders.push(root);
    mkdirSync(path.join(root, 'content/livre-blanc'), { recursive: true });
    writeFileSync(path.join(root, 'content/livre-blanc/01-intro.mdx'), '---\ntitre: Intro\nordre: 1\nslug: accueil\n---\n\n## Ce qui marche\n\n[ici](#ce-qui-marche) [là](#ce-qui-marchent)\n');
    writeFileSync(path.join(root, 'content/livre-blanc/02-casse.mdx'), '---\ntitre: Cassé\nordre: 2\n---\n\n<Figure stat=\n');
    const out = site({ 'livre-blanc/accueil': '<h2 id="ce-qui-marche">Ce qui marche</h2>' });
    expect(checkBuiltAnchors(root, out).map((d) => [d.file, d.line, d.code, d.hint])).toEqual([
      ['content/livre-blanc/01-intro.mdx', 9, 'chapitre-ancre-inconnue', 'Vouliez-vous dire #ce-qui-marche ?'],
    ]);
  });
});
