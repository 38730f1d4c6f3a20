/**
 * The conseillers' free comments (« Commentaire libre », tag: auto) the bureau's review found misread on
 * the demo: stated priorities, numbered lists, a cleft that turns to the system, a need with the
 * alternative it rejects, and contacts left without feedback.
 */
import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../src/pipeline/model.ts';
import { CONTACT_LEFT, NON_ANSWER, tagItems, tagText } from '../../src/pipeline/tag/index.ts';
import { splitCleft, splitStatements } from '../../src/pipeline/tag/segment.ts';
import { surveyAnswer } from '../support/raw-item.ts';

const FREE = 'Commentaire libre';
const read = (text: string) => tagText(text, FREE);
const published = (text: string) => read(text).segments.map((s) => [s.primary, s.text]);

describe('a stated priority', () => {
  it('is a need: « Priorité : la fin de la double saisie », not a complaint', () => {
    for (const text of ['Priorité : la fin de la double saisie', 'priorité : la fin de la double saisie.', 'Priorité absolue : les SMS automatiques']) {
      expect(read(text).tags, text).toEqual(['needs']);
    }
    // Followed by another statement, the priority is still published as a need.
    expect(published('Priorité : la fin de la double saisie. Cela fait des années qu’on demande des rappels SMS automatiques')[0]).toEqual([
      'needs',
      'Priorité : la fin de la double saisie. Cela fait des années qu’on demande des rappels SMS automatiques',
    ]);
  });

  it('reads « la fin de » + a problem as asking for its end, and leaves « la fin de » alone otherwise', () => {
    for (const text of ['la fin de la double saisie', 'Fin des ressaisies', 'La fin des lenteurs du lundi matin']) expect(read(text).tags, text).toEqual(['needs']);
    // An end that happened is told; an end of something that is no problem asks for nothing.
    expect(read('Depuis la fin de la double saisie, tout va mieux').tags).not.toEqual(['needs']);
    expect(read('la fin de l’accompagnement').segments[0]?.confidence).toBeLessThan(0.5);
    expect(tagText('La fin de la double saisie', 'Ce qui fonctionne bien').tags).not.toContain('needs');
  });

  it('passes a lead-in’s tag to the list after it: « Trois priorités pour moi : » makes « la rapidité » a need', () => {
    const text = 'Trois priorités pour moi :\n1. la fin de la double saisie\n2. la rapidité\n3. un tableau de bord par conseiller';
    expect(published(text)).toEqual([['needs', text]]);
    expect(published(`Associez les conseillers aux tests. ${text}`)).toEqual([['needs', `Associez les conseillers aux tests. ${text}`]]);
    // An item with a verb of its own keeps its reading.
    expect(read('Mes priorités :\n- la rapidité\n- l’outil actuel est trop lent').tags).toEqual(['broken', 'needs']);
  });
});

describe('a numbered list', () => {
  it('keeps each item’s number when the items are published apart', () => {
    expect(published('Le site est lent.\n1. la recherche est rapide\n2. les exports plantent')).toEqual([
      ['broken', 'Le site est lent'],
      ['working', '1. la recherche est rapide'],
      ['broken', '2. les exports plantent'],
    ]);
  });

  it('marks its items, and a rank only for a number from 1 after a line or sentence end', () => {
    const pieces = splitStatements('Trois priorités :\n1. la fin\n2. la rapidité\n- un tableau');
    expect(pieces.map((p) => [p.text, p.marker >= 0, p.numbered])).toEqual([
      ['Trois priorités :', false, false],
      ['la fin', true, true],
      ['la rapidité', true, true],
      ['un tableau', true, false],
    ]);
    expect(splitStatements('0. J’ai dû compter sur moi-même')[0]?.numbered).toBe(false);
    expect(published('C’est 0. Très cher')[0]?.[1]).toBe('C’est 0. Très cher');
  });
});

describe('a cleft after a comma', () => {
  it('says the judgement it turns to: « …fonctionne bien sur le terrain, c’est l’informatique qui ne suit pas »', () => {
    expect(published('Le partenariat avec France Travail fonctionne bien sur le terrain, c’est l’informatique qui ne suit pas')).toEqual([
      ['working', 'Le partenariat avec France Travail fonctionne bien sur le terrain'],
      ['broken', 'c’est l’informatique qui ne suit pas'],
    ]);
  });

  it('cuts neither a pseudo-cleft nor after a clause too short to say anything', () => {
    const cut = 'Le site est bien, c’est la connexion qui lâche';
    expect(splitCleft(cut, splitStatements(cut)[0]!)?.map((p) => p.text)).toEqual(['Le site est bien', 'c’est la connexion qui lâche']);
    const one = (text: string) => expect(splitCleft(text, splitStatements(text)[0]!), text).toBeNull();
    one('Ce qui marche bien, c’est la recherche qui est rapide');
    one('Pour moi, c’est le service public qui marche le mieux');
    one('Aucun problème, c’est la mairie qui s’en occupe');
  });
});

describe('a need with the alternative it rejects', () => {
  it('is a need: « besoin de temps pour accompagner, pas de nouvelles cases à remplir »', () => {
    expect(read('Les conseillers ont besoin de temps pour accompagner, pas de nouvelles cases à remplir').tags).toEqual(['needs']);
    expect(read('Il faut des conseillers, pas des machines inutiles').tags).toEqual(['needs']);
  });

  it('still complains when what follows « pas » is not built like the request', () => {
    expect(read('Je voudrais un rendez-vous, pas de réponse depuis trois mois').tags).toContain('broken');
  });
});

describe('a contact left without feedback', () => {
  const contacts = [
    'Je suis disponible pour en parler : [téléphone].',
    'Pour les tests, vous pouvez appeler notre directeur au [téléphone].',
    'Référente SI de la structure, joignable à [courriel] pour les tests.',
  ];

  it('is set aside for a reason of its own, with a warning of its own, and a judgement beside it is kept', () => {
    for (const text of contacts) expect(read(text), text).toMatchObject({ none: true, contact: true });
    expect(read('Joignable à referent.si@ml-exemple.fr').none).toBe(true);
    expect(published('Je suis disponible pour en parler : [téléphone]. L’outil est lent le lundi')).toEqual([['broken', 'L’outil est lent le lundi']]);
    expect(read('Le numéro [téléphone] ne répond jamais').none).toBe(false);

    let line = 1;
    const answer = (text: string): RawItem =>
      surveyAnswer(text, FREE, { id: `c${++line}`, source: { file: 'data/enquetes/conseillers.csv', line, column: 9, row: line - 1, field: FREE } });
    const { items, rejected, contacts: left, diagnostics } = tagItems([...contacts, 'RAS', 'Vivement un outil plus rapide'].map(answer));
    expect(items.map((item) => item.text)).toEqual(['Vivement un outil plus rapide']);
    // Set aside for a reason of their own, not counted as « RAS ».
    expect(left.map((item) => item.text)).toEqual(contacts);
    expect(rejected.map((item) => item.text)).toEqual(['RAS']);
    expect(diagnostics.map((d) => [d.code, d.message.split(' : ')[0]])).toEqual([
      [CONTACT_LEFT, '3 réponses écartées dans « Commentaire libre » (des coordonnées laissées, sans avis sur l’outil)'],
      [NON_ANSWER, '1 non-réponse écartée dans « Commentaire libre » (RAS, sans objet, non concerné…)'],
    ]);
  });
});
