/** The MDX reader's syntax errors reach the bureau in French, with what to write; an unknown one keeps its text. */
import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/site/site.ts';
import { checkChapter } from '../../src/site/chapters-check/index.ts';
import { frenchMdxMessage } from '../../src/site/chapters-check/mdx-french.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const site = createSite(fixtureSynthesis);
const message = (body: string) => checkChapter(site, 'content/livre-blanc/c.mdx', `---\ntitre: T\nordre: 1\n---\n\n${body}\n`)[0]?.message ?? '';

describe('MDX syntax errors in French', () => {
  it.each([
    ['Texte {ouvert sans fin', 'une accolade « { » n’est jamais refermée par « } »'],
    ['Une <balise> non fermée.', 'la balise « <balise> » ouverte ligne 6 n’est pas refermée avant la fin du paragraphe'],
    ['<Figure stat="items">\n\ntexte', 'ajoutez « </Figure> »'],
    ['</Figure>', '« </Figure> » ferme une balise qui n’a pas été ouverte'],
    ['<Figure stat=items/>', 'une valeur s’écrit entre guillemets, stat="items"'],
  ])('%s', (body, french) => {
    const said = message(body);
    expect(said).toContain(french);
    expect(said).not.toMatch(/Unexpected|Expected|mdx-jsx/);
  });

  it('keeps an untranslated message, saying it is the MDX reader’s English', () => {
    expect(frenchMdxMessage('Something new happened (mdx-jsx:whatever)')).toBe('Something new happened (message du lecteur MDX, en anglais)');
  });
});
