/**
 * Word's sub-bullets as pasted text (« o⇥avec les partenaires » under « •⇥Agenda partagé »): the
 * marker goes, the detail stays with its item, for the form and for `new --depuis` alike.
 */
import { describe, expect, it } from 'vitest';
import { readPastedElement } from '../../src/entry/pasted-element.ts';

const texts = (pasted: string) => readPastedElement(pasted, 'L’élément 1').texts;

describe('sous-puces collées', () => {
  it('joins Word’s « o » sub-items to their item, the first after « : », the others after « ; »', () => {
    expect(texts('•\tAgenda partagé\no\tavec les partenaires\no\tmis à jour chaque semaine\n•\tSMS de rappel')).toEqual([
      'Agenda partagé : avec les partenaires ; mis à jour chaque semaine',
      'SMS de rappel',
    ]);
    expect(texts('• Agenda partagé\no   avec les partenaires')).toEqual(['Agenda partagé : avec les partenaires']);
    expect(readPastedElement('• Agenda partagé\no\tavec les partenaires', 'L’élément 1').notices.join(' ')).toContain('sous-puces de Word');
  });

  it('takes a bullet indented deeper than its item’s for a sub-item, and « ▪ », « – » at the item’s own depth for items', () => {
    expect(texts('- Outils :\n    - un agenda\n    - des SMS\n- Accueil')).toEqual(['Outils : un agenda ; des SMS', 'Accueil']);
    expect(texts('•\tAgenda partagé\n\t▪\tavec les partenaires')).toEqual(['Agenda partagé : avec les partenaires']);
    expect(texts('– Agenda partagé\n– SMS de rappel')).toEqual(['Agenda partagé', 'SMS de rappel']);
  });

  it('reads a lone « o » line with no item above as an item, and a word starting with « o » as text', () => {
    expect(texts('o\tAgenda partagé\no\tSMS de rappel')).toEqual(['Agenda partagé', 'SMS de rappel']);
    expect(texts('• Agenda partagé\noutil très utile')).toEqual(['Agenda partagé\noutil très utile']);
  });
});
