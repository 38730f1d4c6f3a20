/**
 * A document's whole text, for its citation: a text longer than the index's `maxText` is displayed cut, and its
 * whole text waits in a whole-texts file (`l-<n>.json`, `ChunkDoc` whole) that only copying its citation downloads.
 */
import { chunkFile, wholeTextsFile, type Chunk, type Manifest, type WholeTexts } from './format.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';

/** « texte coupé […] »: how a result or an explorer row shows a cut text, the cut marked as a quotation marks it. */
export const CUT_MARK = ' […]';

/**
 * The whole text of `doc`, with the pages' typography (as `DocView.text`), or undefined for a document the index
 * does not hold (or no longer: see below). `file` is the store's cached download of an index file.
 */
export async function wholeTextOf(file: (name: string) => Promise<unknown>, manifest: Manifest, doc: number): Promise<string | undefined> {
  const size = manifest.docsPerChunk;
  const data = ((await file(chunkFile(Math.floor(doc / size)))) as Chunk).docs[doc % size];
  if (!data) return undefined;
  const whole = data[17];
  if (whole === undefined) return frenchTypography(data[0]);
  const texts = (await file(wholeTextsFile(whole))) as WholeTexts;
  const text = texts.texts[texts.docs.indexOf(doc)];
  // A site rebuilt since its chunk was read may number its documents otherwise: a text that does not begin as shown is not its.
  return text?.startsWith(data[0]) ? frenchTypography(text) : undefined;
}
