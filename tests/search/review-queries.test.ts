/**
 * The queries of the search review (demo site, Chromium): partial words that found nothing, stems
 * that pulled in unrelated words, a short word finding more than the long one, suggestions spelled
 * wrong, one letter finding everything. Each case failed before the engine matched words as written.
 */
import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/search/engine.ts';
import { queryWords } from '../../src/search/french.ts';
import { highlight } from '../../src/search/highlight.ts';
import { corpusItems, openEngine, type ItemSpec } from './fixtures.ts';

const REVIEW: ItemSpec[] = [
  { text: 'L’accompagnement des jeunes vers l’emploi prend du temps.' },
  { text: 'Accompagner un jeune demande des outils simples.' },
  { text: 'Les accompagnements renforcés sont mal suivis.' },
  { text: 'Une application mobile pour les jeunes.' },
  { text: 'Les applications des partenaires ne se parlent pas.' },
  { text: 'L’appli plante à chaque mise à jour.' },
  { text: 'Les applis ne sont pas à jour.' },
  { text: 'Les statistiques mensuelles arrivent trop tard.' },
  { text: 'Les informations sur les aides sont éparpillées.' },
  { text: 'La synchronisation avec France Travail échoue.' },
  { text: 'Les rendez-vous par SMS réduisent les absences.' },
  { text: 'Prendre un RDV en ligne.' },
  { text: 'Les comptes rendus d’entretien sont ressaisis.' },
  { text: 'Les jeunes rendent leurs dossiers en retard.' },
  { text: 'Le conseiller rend son avis.' },
  { text: 'Je ne sais pas quoi répondre.' },
  { text: 'La saisie des entretiens est longue.' },
  { text: 'Le saisonnier doit être suivi hors saison.' },
  { text: 'Une double saisie partout.' },
  { text: 'Des doublons de dossiers dans l’outil.' },
  { text: 'Les lenteurs de i-milo au quotidien.' },
  { text: 'Des pages lentes le matin.' },
  { text: 'Le milo de la mission locale.' },
];

async function texts(engine: SearchEngine, query: string): Promise<string[]> {
  const { hits } = await engine.search(query);
  return (await engine.documents(hits.map((hit) => hit.doc))).map((doc) => doc.text);
}

async function count(engine: SearchEngine, query: string): Promise<number> {
  return (await engine.search(query)).hits.length;
}

/** The marked words of a text for a query. */
async function marked(engine: SearchEngine, query: string, text: string): Promise<string[]> {
  const outcome = await engine.search(query);
  return highlight(text, engine.matcher(outcome))
    .filter((segment) => segment.mark)
    .map((segment) => segment.text);
}

describe('the review’s queries', () => {
  it('finds words typed in part, counts shrinking as letters are added, never 0 mid-word', async () => {
    const { engine } = await openEngine(corpusItems(REVIEW));
    for (const word of ['accompagnement', 'application', 'statistiques', 'informations', 'synchronisation']) {
      let previous = Infinity;
      for (let length = 3; length <= word.length; length++) {
        const found = await count(engine, word.slice(0, length));
        expect(found, word.slice(0, length)).toBeGreaterThan(0);
        expect(found, word.slice(0, length)).toBeLessThanOrEqual(previous);
        previous = found;
      }
    }
    // A word found as written brings its term's other forms (« accompagner »), as the whole word does.
    expect(await count(engine, 'accompagnem')).toBe(3);
    expect(await count(engine, 'accompagnement')).toBe(3);
    expect(await count(engine, 'applic')).toBe(4);
  });

  it('keeps « rendez-vous » whole: not « rendus », « rendent » nor « rend »', async () => {
    const { engine } = await openEngine(corpusItems(REVIEW));
    expect((await texts(engine, 'rendez-vous')).sort()).toEqual(['Les rendez-vous par SMS réduisent les absences.', 'Prendre un RDV en ligne.']);
    expect(await marked(engine, 'rendez-vous', 'Les rendez-vous et les comptes rendus.')).toEqual(['rendez-vous']);
    // Typed in part, it still grows into the compound.
    expect((await texts(engine, 'rendez-v')).sort()).toEqual(['Les rendez-vous par SMS réduisent les absences.', 'Prendre un RDV en ligne.']);
    // A compound's parts are words too: « milo » finds « i-milo », and marks its part.
    expect(await count(engine, 'milo')).toBe(2);
    expect(await marked(engine, 'milo', 'Les lenteurs de i-milo.')).toEqual(['milo']);
    expect(await texts(engine, 'i-milo')).toEqual(['Les lenteurs de i-milo au quotidien.']);
  });

  it('reads « rendez vous » and « i milo » written apart, and « imilo », as the hyphenated word', async () => {
    const { engine } = await openEngine(
      corpusItems([
        { text: 'Prendre un rendez vous en ligne.' },
        { text: 'Les rendez-vous par SMS.' },
        { text: 'Le conseiller rend son avis.' },
        { text: 'Sur i milo tout est lent.' },
        { text: 'imilo plante le lundi.' },
        { text: 'Les lenteurs de i-milo.' },
      ]),
    );
    const both = ['Les rendez-vous par SMS.', 'Prendre un rendez vous en ligne.'];
    expect((await texts(engine, 'rendez vous')).sort()).toEqual(both);
    expect((await texts(engine, 'rendez-vous')).sort()).toEqual(both);
    expect(await marked(engine, 'rendez-vous', 'Prendre un rendez  vous, rendez.')).toEqual(['rendez  vous']);
    const milo = ['Les lenteurs de i-milo.', 'Sur i milo tout est lent.', 'imilo plante le lundi.'];
    for (const query of ['i-milo', 'i milo', 'imilo']) expect((await texts(engine, query)).sort(), query).toEqual(milo);
  });

  it('« saisie » finds neither « Je ne sais pas » nor « saisonnier », « double » not « doublons »', async () => {
    const { engine } = await openEngine(corpusItems(REVIEW));
    expect((await texts(engine, 'saisie')).sort()).toEqual(['La saisie des entretiens est longue.', 'Une double saisie partout.']);
    expect(await texts(engine, 'double')).toEqual(['Une double saisie partout.']);
    expect(await texts(engine, 'doublons')).toEqual(['Des doublons de dossiers dans l’outil.']);
    expect(await texts(engine, 'savoir')).toEqual(['Je ne sais pas quoi répondre.']);
  });

  it('gives « application » the texts writing « appli », and the reverse', async () => {
    const { engine } = await openEngine(corpusItems(REVIEW));
    const all = await texts(engine, 'application');
    expect(all).toHaveLength(4);
    expect((await texts(engine, 'appli')).sort()).toEqual(all.sort());
    expect(await marked(engine, 'application', 'L’appli et l’application.')).toEqual(['appli', 'application']);
  });

  it('suggests the words as the texts write them', async () => {
    const { engine } = await openEngine(corpusItems(REVIEW));
    expect(await engine.suggest('rendevous')).toBe('rendez-vous');
    expect(await engine.suggest('i-millo')).toBe('i-milo');
    expect(await engine.suggest('imilo')).toBeUndefined(); // read as « i-milo » itself: it finds, nothing to suggest
    expect(await engine.suggest('lentuer')).toBe('lenteurs');
    expect(await engine.suggest('statisitques')).toBe('statistiques');
  });

  it('refuses a single letter, like a stop word', async () => {
    const { engine } = await openEngine(corpusItems(REVIEW));
    expect(queryWords('a')).toEqual([]);
    expect((await engine.search('a')).words).toEqual([]);
    expect(queryWords('a saisie').map((word) => word.word)).toEqual(['saisie']);
    expect(queryWords('ds').map((word) => word.word)).toEqual(['ds']);
  });
});

describe('words with an apostrophe that is no elision', () => {
  const TEXTS: ItemSpec[] = [
    { text: 'Aujourd’hui l’agenda est partagé.' },
    { text: 'Les prud’hommes et les rendez-vous.' },
    { text: 'Huit jeunes sur dix, de l’huile sur le feu.' },
    { text: 'Un agenda papier.' },
  ];

  it('are one word of the query, so that a text holding it holds one of its words, not two', async () => {
    expect(queryWords('agenda aujourd’hui').map((word) => word.word)).toEqual(['agenda', 'aujourd’hui']);
    expect(queryWords("l'agenda d'aujourd'hui").map((word) => word.word)).toEqual(['agenda', "aujourd'hui"]);
    const { engine } = await openEngine(corpusItems(TEXTS));
    // Typed with either apostrophe, it finds the text; « hui » is no word of its own, so « huit » and « huile » stay apart.
    expect(await texts(engine, "aujourd'hui")).toEqual(['Aujourd’hui l’agenda est partagé.']);
    expect(await texts(engine, 'aujourd’hui')).toEqual(['Aujourd’hui l’agenda est partagé.']);
    expect(await texts(engine, 'hui')).toEqual(['Huit jeunes sur dix, de l’huile sur le feu.']); // typed in part: « huit », « huile »
    expect(await texts(engine, 'prud’hommes')).toEqual(['Les prud’hommes et les rendez-vous.']);
    expect(await marked(engine, "aujourd'hui", 'Aujourd’hui l’agenda est partagé.')).toEqual(['Aujourd’hui']);
    // « agenda mobile »-like: none holds both « huit » and « prud'hommes »; each text listed holds one word of two.
    const outcome = await engine.search('huit prud’hommes');
    expect(outcome.words).toHaveLength(2);
    expect(outcome.partial?.counts).toEqual([1, 1]);
  });
});
