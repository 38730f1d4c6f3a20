/**
 * A text longer than the index displays (`maxText`): stored cut, without a mark, in the chunks every query reads, and
 * whole in a whole-texts file that only its citation downloads; shown cut « […] »; given whole by `wholeText`. The
 * e2e test (tests/e2e/search-citation.test.ts) copies one in the browser.
 */
import { describe, expect, it } from 'vitest';
import { chunkFile, wholeTextsFile, type Chunk, type WholeTexts } from '../../src/search/format.ts';
import { cutText, MAX_WHOLE_TEXT_FILES, splitWholeTexts } from '../../src/search/build/whole-texts.ts';
import { CUT_MARK } from '../../src/search/whole-text.ts';
import { frenchTypography } from '../../src/site/typography/french-typography.ts';
import { CORPUS, corpusItems, openEngine } from './fixtures.ts';

const LONG = `Quand un jeune arrive d'une autre Mission Locale, la passerelle entre les deux dossiers ne reprend ni l'historique des entretiens, ni les démarches engagées : tout est à redemander, et il faut ${'ressaisir les mêmes informations, '.repeat(20)}ce qui décourage les plus fragiles.`;

describe('a text longer than the index displays', () => {
  const items = corpusItems([...CORPUS, { text: LONG, themes: ['interop'] }]);

  it('is cut at a word without a mark in its chunk, which points to the whole-texts file holding it whole', async () => {
    const { engine, files } = await openEngine(items);
    const [found] = (await engine.search('passerelle')).hits;
    const doc = found?.doc ?? -1;
    const chunk = JSON.parse(files.get(chunkFile(Math.floor(doc / engine.manifest.docsPerChunk))) ?? '{}') as Chunk;
    const data = chunk.docs[doc % engine.manifest.docsPerChunk];
    expect(data?.[0]).toBe(cutText(LONG, 600));
    expect(data?.[0].length).toBeLessThanOrEqual(600);
    expect(LONG.startsWith(data?.[0] ?? '?')).toBe(true);
    const whole = JSON.parse(files.get(wholeTextsFile(data?.[17] ?? -1)) ?? '{}') as WholeTexts;
    expect(whole.texts[whole.docs.indexOf(doc)]).toBe(LONG);
    // The other documents' data are as before: no field added.
    const others = [...files].filter(([name]) => name.startsWith('d-')).flatMap(([, text]) => (JSON.parse(text) as Chunk).docs);
    expect(others.filter((other) => other.length !== 17)).toEqual([data]);
  });

  it('is shown cut « […] », and given whole by `wholeText` from its file, downloaded then only', async () => {
    const { engine, fetched } = await openEngine(items);
    const [found] = (await engine.search('passerelle')).hits;
    const [view] = await engine.documents([found?.doc ?? -1]);
    expect(view?.cut).toBe(true);
    expect(view?.text).toBe(`${frenchTypography(cutText(LONG, 600))}${CUT_MARK}`);
    expect(fetched.filter((file) => file.startsWith('l-'))).toEqual([]);
    expect(await engine.wholeText(found?.doc ?? -1)).toBe(frenchTypography(LONG));
    expect(fetched.filter((file) => file.startsWith('l-'))).toEqual([wholeTextsFile(0)]);
  });

  it('gives no whole text that does not begin as the one shown (a site rebuilt since, its documents numbered otherwise)', async () => {
    const { engine, files } = await openEngine(items);
    const [found] = (await engine.search('passerelle')).hits;
    const stale = JSON.parse(files.get(wholeTextsFile(0)) ?? '{}') as WholeTexts;
    files.set(wholeTextsFile(0), JSON.stringify({ ...stale, texts: stale.texts.map(() => `Un autre texte. ${LONG}`) }));
    expect(await engine.wholeText(found?.doc ?? -1)).toBeUndefined();
  });

  it('leaves a consultation without long texts as it was: no whole-texts file, no text cut', async () => {
    const { engine, files } = await openEngine(corpusItems());
    expect([...files.keys()].filter((name) => name.startsWith('l-'))).toEqual([]);
    const views = await engine.documents(Array.from({ length: engine.manifest.docs }, (_, doc) => doc));
    expect(views.filter((view) => view.cut)).toEqual([]);
    expect(await engine.wholeText(0)).toBe(views[0]?.text);
  });

  it('splits the whole texts by bytes, in document order, and caps their number of files', () => {
    const texts = ['court', 'x'.repeat(700), 'court', 'y'.repeat(700), 'z'.repeat(700)];
    const { files, fileOf } = splitWholeTexts(texts, 600, 1_500);
    expect(files).toEqual([
      { docs: [1, 3], texts: [texts[1], texts[3]] },
      { docs: [4], texts: [texts[4]] },
    ]);
    expect([...fileOf]).toEqual([[1, 0], [3, 0], [4, 1]]);
    const many = Array.from({ length: MAX_WHOLE_TEXT_FILES * 3 }, () => 'w'.repeat(700));
    expect(splitWholeTexts(many, 600, 1_000).files.length).toBeLessThanOrEqual(MAX_WHOLE_TEXT_FILES);
  });
});
