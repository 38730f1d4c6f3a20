import { describe, expect, it } from 'vitest';
import { strongIdeas } from '../../src/pipeline/analysis/ideas/index.ts';
import { item } from './fixtures.ts';
import type { FeedbackItem, Tag } from '../../src/pipeline/model.ts';

const REGIONS = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93'];
let next = 0;

/** `count` copies of a statement, each from another region. */
function said(count: number, text: string, tag: Tag = 'needs'): FeedbackItem[] {
  return Array.from({ length: count }, (_, i) => item({ id: `m${String(next++).padStart(4, '0')}`, text, tag, region: REGIONS[i % REGIONS.length] as string }));
}

// Unrelated statements, so that the stems of the cases below are about as rare as in a real
// consultation (a stem's weight is how rare it is among all statements).
const NOUNS = ['cantine', 'piscine', 'crèche', 'parking', 'chauffage', 'bibliothèque', 'gymnase', 'marché'];
const ADJECTIVES = ['bruyant', 'coûteux', 'lointain', 'moderne', 'étroit', 'ancien', 'propre', 'fermé'];
const background = NOUNS.flatMap((noun) => ADJECTIVES.map((adjective) => item({ id: `z-${noun}-${adjective}`, text: `Le ${noun} ${adjective}`, tag: 'working', region: '11' })));

const ideasOf = (items: FeedbackItem[]) => {
  const text = new Map(items.map((i) => [i.id, i.text]));
  return strongIdeas([...items, ...background], undefined, 1_000).map((idea) => ({ tag: idea.tag, texts: new Set(idea.members.map((m) => text.get(m))) }));
};

describe('strong ideas: a group saying all that a shorter quote says joins it', () => {
  it('merges a longer wording of an idea into the idea, whatever the word order', () => {
    const ideas = ideasOf([
      ...said(4, 'Des rappels par SMS.'),
      ...said(3, 'Des rappels de rendez-vous automatiques par SMS.'),
      ...said(3, 'Des SMS automatiques de rappel avant chaque rendez-vous.'),
    ]);
    // Jaccard 0.25 between the short and the long wordings: two ideas before this step.
    expect(ideas).toHaveLength(1);
    expect(ideas[0]?.texts).toEqual(new Set(['Des rappels par SMS.', 'Des rappels de rendez-vous automatiques par SMS.', 'Des SMS automatiques de rappel avant chaque rendez-vous.']));
  });

  it('merges a complaint into its shorter wording, and keeps it apart from the need on the same subject', () => {
    const ideas = ideasOf([
      ...said(3, 'Pas de rappel pour les rendez-vous.', 'broken'),
      ...said(4, 'Pas de rappel SMS automatique des rendez-vous.', 'broken'),
      ...said(3, 'Des rappels par SMS.'),
    ]);
    expect(ideas.map((idea) => [idea.tag, idea.texts.size])).toEqual(
      expect.arrayContaining([
        ['broken', 2],
        ['needs', 1],
      ]),
    );
    expect(ideas).toHaveLength(2);
  });

  it('keeps apart close but distinct ideas', () => {
    const pairs: Array<[string, string]> = [
      // A shared name is not a shared idea.
      ['Que France Travail et la Mission Locale se parlent.', 'Des ateliers communs avec France Travail pour les jeunes en CEJ.'],
      // A quote of one stem would take every request about it.
      ['Une appli.', 'Une appli avec mes rendez-vous.'],
      // The longer one says much more than the quote: tracking aids in the file, not the aid itself.
      ['Une aide pour les transports.', 'Le suivi des aides à la mobilité (permis, transport) dans le dossier.'],
      // Not every stem of the quote.
      ['Un SMS la veille du rendez-vous.', 'Des rappels par SMS.'],
    ];
    for (const [short, long] of pairs) {
      const ideas = ideasOf([...said(3, short), ...said(3, long)]);
      expect(ideas.find((idea) => idea.texts.has(long))?.texts).toEqual(new Set([long]));
    }
  });

  it('moves the members that say the quote and leaves a group that only partly does', () => {
    const ideas = ideasOf([
      ...said(4, 'Un tableau de bord prêt à l’emploi.'),
      ...said(2, 'Un tableau de bord prêt à l’emploi, avec des alertes.'),
      ...said(3, 'Des alertes sur les jeunes sans contact.'),
    ]);
    const board = ideas.find((idea) => idea.texts.has('Un tableau de bord prêt à l’emploi.'));
    expect(board?.texts).toEqual(new Set(['Un tableau de bord prêt à l’emploi.', 'Un tableau de bord prêt à l’emploi, avec des alertes.']));
    expect(ideas.find((idea) => idea.texts.has('Des alertes sur les jeunes sans contact.'))?.texts.size).toBe(1);
  });
});
