/**
 * A list pasted into one field of /saisie becomes one item per bullet, number or paragraph (the field
 * holds one line: the browser would glue it), with a French sentence saying so; one line is left to
 * the browser.
 */
import { describe, expect, it } from 'vitest';
import { splitPastedList } from '../../src/entry/pasted-list.ts';

describe('liste collée dans un champ de /saisie', () => {
  it('splits Word bullets and numbered lines into items, a continued line joined to its item', () => {
    const pasted = splitPastedList('• Accueil sans rendez-vous.\n• Réponse par SMS,\n  le jour même.\r\n• Salle au calme.', 'working');
    expect(pasted?.texts).toEqual(['Accueil sans rendez-vous.', 'Réponse par SMS, le jour même.', 'Salle au calme.']);
    expect(pasted?.announcement).toBe(
      '3 éléments collés dans « Ce qui fonctionne » : la liste est découpée, un élément par puce, numéro ou paragraphe.',
    );
    expect(splitPastedList('1 Trop de doubles saisies\n2 Les exports plantent', 'broken')?.texts).toEqual([
      'Trop de doubles saisies',
      'Les exports plantent',
    ]);
  });

  it('keeps a lead-in before each item and drops a section title, and says so', () => {
    const pasted = splitPastedList('Fiscalité :\n- une seule déclaration\n- un simulateur', 'needs');
    expect(pasted?.texts).toEqual(['Fiscalité : une seule déclaration', 'Fiscalité : un simulateur']);
    expect(pasted?.announcement).toContain('« Fiscalité : » introduit la liste');
    const titled = splitPastedList('Besoins et attentes\n\n- Un simulateur\n- Un agenda partagé', 'needs');
    expect(titled?.texts).toEqual(['Un simulateur', 'Un agenda partagé']);
    expect(titled?.announcement).toContain('est le titre d’une partie');
    // A title over the lead-in is not glued to it.
    const both = splitPastedList('## Besoins et attentes\nFiscalité :\n- une seule déclaration\n- un simulateur', 'needs');
    expect(both?.texts).toEqual(['Fiscalité : une seule déclaration', 'Fiscalité : un simulateur']);
    expect(both?.announcement).toContain('« ## Besoins et attentes » est le titre d’une partie');
  });

  it('leaves one line, or one item on two lines, to the browser', () => {
    expect(splitPastedList('Un retour sur une ligne.', 'needs')).toBeNull();
    expect(splitPastedList('- Un seul retour', 'needs')).toBeNull();
    expect(splitPastedList('Un retour\nqui continue', 'needs')).toBeNull();
  });
});
