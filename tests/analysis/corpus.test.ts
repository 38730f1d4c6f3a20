import { describe, expect, it } from 'vitest';
import { tokenizeCorpus, type Corpus } from '../../src/pipeline/analysis/corpus.ts';
import { ScannedTexts } from '../../src/pipeline/text/scanned-texts.ts';

/** Statement s's content words (their stems), with « | » where the corpus records a clause boundary. */
function read(corpus: Corpus, s: number): string {
  const out: string[] = [];
  for (let i = corpus.start[s] as number; i < (corpus.start[s + 1] as number); i++) {
    if (corpus.breaks[i] === 1) out.push('|');
    out.push(corpus.stems[corpus.stemOf[corpus.words[i] as number] as number] as string);
  }
  return out.join(' ');
}

describe('the shared reading of the statements', () => {
  const texts = [
    'Le suivi régulier, ça me motive.',
    'Les jeunes changent de numéro et on perd le contact',
    'Des alertes sur les jeunes sans contact depuis un mois',
    'Le permis de conduire (trop cher) « vraiment » ; la mission locale / le logement… puis Teams – enfin',
    'Un rendez-vous qui tombe mal: l’écran\nla saisie',
    '« Dès le début, la conseillère »',
  ];

  it('records clause marks and clause words between content words, not prepositions, hyphens or apostrophes', () => {
    const corpus = tokenizeCorpus(texts);
    expect(read(corpus, 0)).toBe('suiv reguli | motiv');
    expect(read(corpus, 1)).toBe('jeun changent numero | perd contact');
    expect(read(corpus, 2)).toBe('alert jeun contact | mois');
    expect(read(corpus, 3)).toBe('perm conduir | cher | vrai | mission local | log | puis team | enfin');
    expect(read(corpus, 4)).toBe('rend | tomb mal | ecran | sais');
    // A statement's first word has no word before it: no boundary, whatever opens the text.
    expect(read(corpus, 5)).toBe('debut | conseiller');
  });

  it('reads the same words as without boundaries: the strong ideas see no change', () => {
    const marked = tokenizeCorpus(texts);
    const plain = tokenizeCorpus(texts.map((text) => text.replace(/[,;:.!?()«»/…–\n]/g, ' ').replace(/\b(et|qui|depuis)\b/g, 'le')));
    expect([...marked.words]).toEqual([...plain.words]);
    expect([...marked.start]).toEqual([...plain.start]);
    expect([...plain.breaks].every((b) => b === 0)).toBe(true);
  });

  it('records the same boundaries from the shared scan of the texts as from its own', () => {
    const shared = tokenizeCorpus(texts, new ScannedTexts(texts));
    const own = tokenizeCorpus(texts);
    expect([...shared.breaks]).toEqual([...own.breaks]);
    expect([...shared.words]).toEqual([...own.words]);
  });
});
