import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentenceStarts } from '../../src/pipeline/themes/sentences.ts';
import { WORD_SEPARATOR, WordTable } from '../../src/pipeline/text/words.ts';

/** The reading it replaces: the text cut at its sentence ends, then each piece's words counted. */
const SENTENCE_END = /[.!?;\u2026]+(?=\s|$)|[\r\n]+/u;
function byRegex(text: string): number[] {
  const starts: number[] = [];
  let words = 0;
  for (const piece of text.split(SENTENCE_END)) {
    const count = piece.toLowerCase().split(WORD_SEPARATOR).filter((w) => w !== '').length;
    if (count === 0) continue;
    if (words > 0) starts.push(words);
    words += count;
  }
  return starts;
}

describe('sentenceStarts', () => {
  it('gives the first word of each sentence after the first, in the words a WordTable reads', () => {
    expect(sentenceStarts('Un tableau de bord prêt à l’emploi. Trouver un stage !')).toEqual([8]);
    expect(sentenceStarts('Une liste :\n- les offres\n- le CV')).toEqual([2, 4]);
    expect(sentenceStarts('Voir i-milo.fr, 1.5 fois ; puis… la suite?')).toEqual([7, 8]);
    expect(sentenceStarts('Une seule phrase, sans fin')).toEqual([]);
    expect(sentenceStarts('Une phrase.  ')).toEqual([]);
  });
  it('agrees with cutting the text at its sentence ends, and counts the words a WordTable reads', () => {
    const part = fc.constantFrom('mot', 'É', 'écran', 'İ', 'Σ', ' ', '  ', '.', '. ', '...', '!', '?', ';', '…', ':', ',', '\n', '\r\n', '\u00a0', '1.5', 'l’', '-', '😀', 'x');
    const table = new WordTable();
    fc.assert(
      fc.property(fc.array(part, { maxLength: 20 }).map((parts) => parts.join('')), (text) => {
        expect(sentenceStarts(text)).toEqual(byRegex(text));
        const words = table.scan(text);
        for (const start of sentenceStarts(text)) expect(start).toBeLessThan(words);
      }),
      { numRuns: 2000 },
    );
  });
});
