/**
 * Compounds written apart: only « rendez vous », « i milo », « e mail » were read whole. Now any pair
 * of words the texts also write hyphenated is (« bien être » where a text writes « bien-être »), at
 * index and query time alike, unless a part is a stop word or a single letter (« de-charges », a
 * hyphen typed for a dash, does not join « de charges » everywhere).
 */
import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/search/engine.ts';
import { holdsPhrase, phrasePositions } from '../../src/search/phrase.ts';
import { indexTerm, pairTerm, queryWords } from '../../src/search/french.ts';
import { joinableTerms, readPairs } from '../../src/search/build/joinable.ts';
import { matchedWords } from '../../src/search/highlight.ts';
import { corpusItems, openEngine, type ItemSpec } from './fixtures.ts';

const TEXTS: ItemSpec[] = [
  { text: 'Le bien-être des conseillers passe par des outils simples.' },
  { text: 'Le bien être des jeunes compte aussi.' },
  { text: 'Bien sûr, être conseiller demande du temps.' },
  { text: 'Les services publics ferment le samedi.' },
  { text: 'Le service-public de proximité.' },
  { text: 'Le public du service est jeune.' },
  { text: 'Une baisse de charges pour les structures.' },
  { text: 'Les de-charges arrivent.' },
];

async function found(engine: SearchEngine, query: string): Promise<string[]> {
  const { hits } = await engine.search(query);
  return (await engine.documents(hits.map((hit) => hit.doc))).map((doc) => doc.text).sort();
}

describe('compounds written apart, when the texts write them hyphenated', () => {
  it('« bien-être » finds « bien être », and « bien être » no longer finds « bien » and « être » apart', async () => {
    const { engine } = await openEngine(corpusItems(TEXTS));
    const both = [TEXTS[0]?.text, TEXTS[1]?.text].sort();
    expect(await found(engine, 'bien-être')).toEqual(both);
    expect(await found(engine, 'bien être')).toEqual(both);
    expect(await found(engine, 'Bien  Etre')).toEqual(both);
    // Each part is still a word of its own.
    expect(await found(engine, 'être')).toEqual([TEXTS[0]?.text, TEXTS[1]?.text, TEXTS[2]?.text].sort());
  });

  it('reads a plural written apart as the singular written hyphenated (same term)', async () => {
    const { engine } = await openEngine(corpusItems(TEXTS));
    expect(await found(engine, 'service public')).toEqual([TEXTS[3]?.text, TEXTS[4]?.text].sort());
    expect(await found(engine, 'services-publics')).toEqual([TEXTS[3]?.text, TEXTS[4]?.text].sort());
  });

  it('never joins a stop word or a single letter', async () => {
    expect([...joinableTerms(['Les de-charges arrivent.', 'un e-dossier', 'le bien-être'])]).toEqual([indexTerm('bien-être')]);
    const { engine } = await openEngine(corpusItems(TEXTS));
    expect(await found(engine, 'baisse de charges')).toEqual([TEXTS[6]?.text]);
  });

  it('reads a pair as the corpus does only: without « bien-être » in the texts, « bien être » is two words', async () => {
    const { engine } = await openEngine(corpusItems(TEXTS.filter((_, i) => i !== 0)));
    expect(await engine.joinedIn('bien être')).toEqual(new Set());
    expect(queryWords('bien être').map((word) => word.word)).toEqual(['bien', 'être']);
    expect(await found(engine, 'bien être')).toEqual([TEXTS[1]?.text, TEXTS[2]?.text].sort());
  });

  it('a pair’s term is the hyphenated compound’s', () => {
    for (const [first, second] of [['bien', 'être'], ['services', 'publics'], ['Auto', 'Entrepreneurs'], ['appli', 'mobile'], ['pôle', 'emploi']] as const) {
      expect(pairTerm(first, second)).toBe(indexTerm(`${first}-${second}`));
    }
    expect(pairTerm('de', 'charges')).toBe('');
    expect(pairTerm('e', 'mail')).toBe('');
  });

  it('highlights the two words as one match', () => {
    const isMatch = (word: string) => indexTerm(word) === indexTerm('bien-être');
    expect(matchedWords('Le bien être des jeunes, bien sûr.', isMatch).map((span) => span.word)).toEqual(['bien être']);
  });
});

describe('pairs the texts write apart as something else than the compound', () => {
  // « peut être » is a verb phrase in most texts (« il peut être utile »), the adverb « peut-être » in a few.
  const VERB: ItemSpec[] = [
    { text: 'Il peut être utile de revoir les écrans.' },
    { text: 'Le dossier peut être complété plus tard.' },
    { text: 'Ce sera peut-être utile.' },
    { text: 'Peut-être faut-il un agenda.' },
    { text: 'La saisie peut prendre du temps, être utile aussi.' },
  ];

  it('are not read whole: « peut-être » finds « peut-être » only, « peut être utile » its three words side by side first', async () => {
    expect(joinableTerms(VERB.map((spec) => spec.text))).toEqual(new Set());
    const { engine } = await openEngine(corpusItems(VERB));
    expect(await found(engine, 'peut-être')).toEqual([VERB[2]?.text, VERB[3]?.text].sort());
    expect(queryWords('peut être utile', await engine.joinedIn('peut être utile')).map((word) => word.word)).toEqual(['peut', 'être', 'utile']);
    const { hits } = await engine.search('peut être utile');
    const texts = (await engine.documents(hits.map((hit) => hit.doc))).map((doc) => doc.text);
    // The three words side by side first (« peut-être utile » too: a compound's parts are words), then apart.
    expect(texts.slice(0, 2).sort()).toEqual([VERB[0]?.text, VERB[2]?.text].sort());
    expect(texts[2]).toBe(VERB[4]?.text);
  });

  it('are read whole when the texts hyphenate them more often, or write them apart as a noun', () => {
    const hyphenated = ['Voir ci-dessus.', 'Comme ci-dessus.', 'Les remarques ci dessus.'];
    expect(joinableTerms(hyphenated)).toEqual(new Set([indexTerm('ci-dessus')]));
    // One « devrait-être » (a dash typed for a space) does not make every « devrait être » a compound.
    expect(joinableTerms(['Il devrait-être là.', 'Cela devrait être simple.', 'Tout devrait être fait.'])).toEqual(new Set());
    const nouns = ['Le bien-être au travail.', 'Le bien être des jeunes.', 'Pour leur bien être.', 'On doit bien être clair.'];
    expect(joinableTerms(nouns)).toEqual(new Set([indexTerm('bien-être')]));
    expect(joinableTerms(['L’état-civil.', 'À l’état civil.', 'Un état civil.', 'Il était état civil.'])).toEqual(new Set([indexTerm('état-civil')]));
  });
});

describe('a compound typed hyphenated that the index does not join', () => {
  // « pôle emploi »: written apart 10,078 times in the real answers, hyphenated 183, seldom after a determiner.
  const OFFICE: ItemSpec[] = [
    { text: 'Inscrit à pôle-emploi depuis mars.' },
    { text: 'Inscrit à pôle emploi depuis avril.' },
    { text: 'Rendez-vous chez Pôle Emploi demain.' },
    { text: 'Courrier de pôle emploi reçu.' },
    { text: 'Le pôle social aide à trouver un emploi.' },
    { text: 'Un emploi stable.' },
  ];

  it('finds the texts writing it apart too, those holding the words side by side first', async () => {
    expect(readPairs(OFFICE.map((spec) => spec.text))).toEqual({ joined: new Set(), verbal: new Set() });
    const { engine } = await openEngine(corpusItems(OFFICE));
    expect(await found(engine, 'pôle-emploi')).toEqual(OFFICE.slice(0, 5).map((spec) => spec.text).sort());
    const { hits } = await engine.search('Pôle-Emploi');
    const texts = (await engine.documents(hits.map((hit) => hit.doc))).map((doc) => doc.text);
    expect(texts.slice(0, 4).sort()).toEqual(OFFICE.slice(0, 4).map((spec) => spec.text).sort());
    expect(texts[4]).toBe(OFFICE[4]?.text);
    // Typed apart, the same texts; « pôle », finished by its hyphen, is no prefix (« polémique »).
    expect(await found(engine, 'pôle emploi')).toEqual(await found(engine, 'pôle-emploi'));
    const words = (await engine.plan('pôle-emploi')).map(({ word }) => [word.word, engine.wordShardsFor(word).length > 0]);
    expect(words).toEqual([['pôle', false], ['emploi', true]]);
  });

  it('finds the compound alone when its spaced form is a verb phrase: « peut-être » typed is the adverb', async () => {
    const texts = ['Il peut être utile.', 'On peut être prudent.', 'Cela peut être long.', 'Ce sera peut-être utile.', 'Peut-être demain.'];
    expect(readPairs(texts)).toEqual({ joined: new Set(), verbal: new Set([indexTerm('peut-être')]) });
    const { engine } = await openEngine(corpusItems(texts.map((text) => ({ text }))));
    expect(await found(engine, 'peut-être')).toEqual([texts[3], texts[4]].sort());
    // Typed apart: the verb and the adverb, every text holding both words.
    expect(await found(engine, 'peut être')).toEqual([...texts].sort());
  });

  it('is read whole when the index joins it, and a compound with an apostrophe stays one word', async () => {
    const { engine } = await openEngine(corpusItems(TEXTS));
    expect((await engine.reading('bien-être')).apart).toEqual(new Set());
    expect(queryWords("aujourd'hui", new Set(), new Set([indexTerm("aujourd-hui")])).map((word) => word.word)).toEqual(["aujourd'hui"]);
  });
});

describe('words side by side, a compound among them', () => {
  const terms = (...words: string[]) => words.map((word) => new Set([indexTerm(word)]));

  it('a compound then the next word follow one another (its parts no longer come between)', () => {
    expect(holdsPhrase(phrasePositions('Les rendez-vous par SMS réduisent les absences.'), terms('rendez-vous', 'sms'))).toBe(true);
    expect(holdsPhrase(phrasePositions('Les lenteurs de i-milo au quotidien.'), terms('milo', 'quotidien'))).toBe(true);
    expect(holdsPhrase(phrasePositions('Les lenteurs de i-milo au quotidien.'), terms('lenteurs', 'i-milo', 'quotidien'))).toBe(true);
    expect(holdsPhrase(phrasePositions('Des SMS pour les rendez-vous.'), terms('rendez-vous', 'sms'))).toBe(false);
  });

  it('a pair read whole counts as one word', () => {
    const joined = new Set([indexTerm('bien-être')]);
    expect(holdsPhrase(phrasePositions('Le bien être des jeunes.', joined), terms('bien-être', 'jeunes'))).toBe(true);
  });
});
