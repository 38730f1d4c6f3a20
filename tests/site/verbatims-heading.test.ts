/**
 * <Verbatims title=…> heads its list at the chapter's level: an <h3> under a chapter page's sections,
 * an <h4> on /imprimer/, where ChapterBody moves every heading of the chapter one level down.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { renderComponent } from '../export/support/render-component.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

describe('<Verbatims> heading', () => {
  it('is an h3 in a chapter and an h4 where the chapter is printed with the others', async () => {
    const { synthesis } = synthesize(await readConsultation(REPO));
    const props = { title: 'Paroles de conseillers', tag: 'needs', limit: 1 };
    const inChapter = await renderComponent(synthesis, 'src/components/Verbatims.astro', props);
    const printed = await renderComponent(synthesis, 'src/components/ShiftedVerbatims.astro', props);
    expect(inChapter).toContain('<h3>Paroles de conseillers</h3>');
    expect(printed).toContain('<h4>Paroles de conseillers</h4>');
    expect(printed).not.toContain('<h3>');
    // The same verbatims either way: only the heading moves.
    expect(printed.replace('<h4>', '<h3>').replace('</h4>', '</h3>')).toBe(inChapter);
  }, 120_000);
});
