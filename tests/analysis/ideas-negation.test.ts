import { describe, expect, it } from 'vitest';
import { strongIdeas } from '../../src/pipeline/analysis/ideas/index.ts';
import { saysNot } from '../../src/pipeline/analysis/ideas/negation.ts';
import { item } from './fixtures.ts';
import type { FeedbackItem, Tag } from '../../src/pipeline/model.ts';

const REGIONS = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93'];
let next = 0;

/** `count` copies of a statement, each from another region. */
function said(count: number, text: string, tag: Tag = 'broken'): FeedbackItem[] {
  return Array.from({ length: count }, (_, i) => item({ id: `n${String(next++).padStart(4, '0')}`, text, tag, region: REGIONS[i % REGIONS.length] as string }));
}

// Unrelated statements, so that the stems below are about as rare as in a real consultation.
const NOUNS = ['cantine', 'piscine', 'crèche', 'parking', 'chauffage', 'bibliothèque', 'gymnase', 'marché'];
const ADJECTIVES = ['bruyant', 'coûteux', 'lointain', 'moderne', 'étroit', 'ancien', 'propre', 'fermé'];
const background = NOUNS.flatMap((noun) => ADJECTIVES.map((adjective) => item({ id: `z-${noun}-${adjective}`, text: `Le ${noun} ${adjective}`, tag: 'working', region: '11' })));

const ideasOf = (items: FeedbackItem[]) => {
  const text = new Map(items.map((i) => [i.id, i.text]));
  return strongIdeas([...items, ...background], undefined, 1_000).map((idea) => new Set(idea.members.map((m) => text.get(m))));
};

describe('strong ideas: a quote that says « not » takes only members that say it too', () => {
  it('keeps the complaints about creating a business apart from « I have not created one »', () => {
    // Grand Débat, « services publics » (paraphrased): the complaints joined the quote, whose stems they all hold.
    const ideas = ideasOf([...said(3, 'Je n’ai pas créé d’entreprise.'), ...said(2, 'Une entreprise est trop chère à créer en France.')]);
    expect(ideas).toEqual(expect.arrayContaining([new Set(['Une entreprise est trop chère à créer en France.'])]));
    expect(ideas).toHaveLength(2);
  });

  it('keeps « I am no longer looking for a job » apart from a complaint about help in looking for one', () => {
    const ideas = ideasOf([...said(3, 'Je ne suis plus à la recherche d’emploi.'), ...said(2, 'Emploi : peu d’aide de l’agence pour la recherche.')]);
    expect(ideas).toEqual(expect.arrayContaining([new Set(['Emploi : peu d’aide de l’agence pour la recherche.'])]));
    expect(ideas).toHaveLength(2);
  });

  it('still merges a longer complaint that says « not » into its shorter wording (the demo’s missing SMS reminders)', () => {
    const ideas = ideasOf([...said(3, 'Pas de rappel pour les rendez-vous.'), ...said(4, 'Pas de rappel SMS automatique des rendez-vous.')]);
    expect(ideas).toEqual([new Set(['Pas de rappel pour les rendez-vous.', 'Pas de rappel SMS automatique des rendez-vous.'])]);
  });

  it('moves the members that say « not » and leaves the others', () => {
    const ideas = ideasOf([
      ...said(3, 'Pas de rappel pour les rendez-vous.'),
      ...said(3, 'Pas de rappel SMS automatique des rendez-vous.'),
      ...said(1, 'Le rappel SMS automatique des rendez-vous arrive trop tard.'),
    ]);
    const reminders = ideas.find((idea) => idea.has('Pas de rappel pour les rendez-vous.'));
    expect(reminders).toEqual(new Set(['Pas de rappel pour les rendez-vous.', 'Pas de rappel SMS automatique des rendez-vous.']));
    expect(reminders && [...reminders].every((text) => saysNot(text ?? ''))).toBe(true);
  });

  it('does not check a quote without negation: a member’s « pas » is mostly in a clause of its own', () => {
    const ideas = ideasOf([...said(4, 'Des rappels par SMS.', 'needs'), ...said(3, 'Pas de courrier : des rappels de rendez-vous par SMS.', 'needs')]);
    expect(ideas).toEqual([new Set(['Des rappels par SMS.', 'Pas de courrier : des rappels de rendez-vous par SMS.'])]);
  });
});

describe('saysNot', () => {
  it('finds a negation word, and only as a word', () => {
    for (const text of ['Je n’ai pas créé d’entreprise.', "Je n'ai plus d'enfant scolarisé", 'PAS DE RAPPEL', 'Aucun problème', 'aucunes', 'Jamais reçu', 'sans difficulté', 'Rien à dire', 'Ni le matin ni le soir', 'Je ne sais'])
      expect(saysNot(text), text).toBe(true);
    for (const text of ['Des rappels par SMS.', 'moins de mille feuilles en N+1', 'Non à l’emploi à vie', 'Plus de personnel', 'aujourd’hui', 'Le pasteur', 'une nef', 'Renée', 'rienne'])
      expect(saysNot(text), text).toBe(false);
  });
});
