/**
 * A list pasted into one field of /saisie becomes one item per bullet, number, paragraph or
 * independent line (the field holds one line: the browser would glue it), the items after a part's
 * title go to that part, Word's sub-bullets stay with their item, and a French sentence says what was
 * done; one line is left to the browser.
 */
import { describe, expect, it } from 'vitest';
import { splitPastedList } from '../../src/entry/pasted-list.ts';
import { splitIndependentLines } from '../../src/entry/pasted-lines.ts';
import type { Tag } from '../../src/pipeline/model.ts';

const texts = (pasted: string, tag: Tag) => splitPastedList(pasted, tag)?.items.map((item) => item.text);

describe('liste collée dans un champ de /saisie', () => {
  it('splits Word bullets and numbered lines into items, a continued line joined to its item', () => {
    const pasted = splitPastedList('• Accueil sans rendez-vous.\n• Réponse par SMS,\n  le jour même.\r\n• Salle au calme.', 'working');
    expect(pasted?.items).toEqual([
      { tag: 'working', text: 'Accueil sans rendez-vous.' },
      { tag: 'working', text: 'Réponse par SMS, le jour même.' },
      { tag: 'working', text: 'Salle au calme.' },
    ]);
    expect(pasted?.announcement).toBe(
      '3 éléments collés dans « Ce qui fonctionne » : la liste est découpée, un élément par puce, numéro ou paragraphe.',
    );
    expect(texts('1 Trop de doubles saisies\n2 Les exports plantent', 'broken')).toEqual(['Trop de doubles saisies', 'Les exports plantent']);
  });

  it('keeps a lead-in before each item and drops a section title, and says so', () => {
    const pasted = splitPastedList('Fiscalité :\n- une seule déclaration\n- un simulateur', 'needs');
    expect(pasted?.items.map((item) => item.text)).toEqual(['Fiscalité : une seule déclaration', 'Fiscalité : un simulateur']);
    expect(pasted?.announcement).toContain('« Fiscalité : » introduit la liste');
    const titled = splitPastedList('Besoins et attentes\n\n- Un simulateur\n- Un agenda partagé', 'needs');
    expect(titled?.items).toEqual([
      { tag: 'needs', text: 'Un simulateur' },
      { tag: 'needs', text: 'Un agenda partagé' },
    ]);
    expect(titled?.announcement).toContain('« Besoins et attentes » est celui d’une partie : il n’est pas écrit.');
    // A title over the lead-in is not glued to it.
    const both = splitPastedList('## Besoins et attentes\nFiscalité :\n- une seule déclaration\n- un simulateur', 'needs');
    expect(both?.items.map((item) => item.text)).toEqual(['Fiscalité : une seule déclaration', 'Fiscalité : un simulateur']);
    expect(both?.announcement).toContain('« ## Besoins et attentes » est celui d’une partie');
  });

  it('sends the items after a part’s title to the part it names, and says what moved where', () => {
    const word = 'Ce qui fonctionne :\n•\tAgenda partagé\n•\tSMS de rappel\nCe qui dysfonctionne :\n•\tExports lents';
    const pasted = splitPastedList(word, 'working');
    expect(pasted?.items).toEqual([
      { tag: 'working', text: 'Agenda partagé' },
      { tag: 'working', text: 'SMS de rappel' },
      { tag: 'broken', text: 'Exports lents' },
    ]);
    expect(pasted?.announcement).toMatch(/^3 éléments collés : 2 dans « Ce qui fonctionne » et 1 déplacé dans « Ce qui dysfonctionne »\./);
    expect(pasted?.announcement).toContain('les éléments qui les suivent vont dans la partie nommée');
    // Pasted into another part, the text before any title stays there; the vocabulary of notes is read (« Points faibles », « Nos idées »).
    expect(splitPastedList('Un accueil chaleureux\n\nPoints faibles\n- Les délais\n## Nos idées\n- Un simulateur', 'needs')?.items).toEqual([
      { tag: 'needs', text: 'Un accueil chaleureux' },
      { tag: 'broken', text: 'Les délais' },
      { tag: 'needs', text: 'Un simulateur' },
    ]);
    // One item under another part's title moves too (the browser would have pasted the title with it).
    expect(splitPastedList('Ce qui dysfonctionne :\n- Exports lents', 'working')?.items).toEqual([{ tag: 'broken', text: 'Exports lents' }]);
  });

  it('makes one item per line of post-its without bullets, and keeps a sentence that runs over the break', () => {
    const pasted = splitPastedList('Agenda partagé\nSMS de rappel\nExports Excel', 'needs');
    expect(pasted?.items.map((item) => item.text)).toEqual(['Agenda partagé', 'SMS de rappel', 'Exports Excel']);
    expect(pasted?.announcement).toContain('Les lignes sans puce sont des retours distincts');
    expect(texts('Un agenda partagé\nUne appli mobile\nSaisie unique avec France Travail', 'needs')).toHaveLength(3);
    // A sentence going on below (a small letter, a comma, a word that needs what follows) is one item.
    expect(splitPastedList('Les exports sont lents et\nplantent souvent le vendredi.', 'broken')).toBeNull();
    expect(splitPastedList('Nous utilisons l’agenda de\nFrance Travail tous les jours.', 'broken')).toBeNull();
    expect(splitPastedList('Réponse par SMS,\nLe jour même.', 'working')).toBeNull();
    expect(splitIndependentLines('Agenda partagé\nSMS de rappel,\nle jour même\nExports Excel')).toEqual(['Agenda partagé', 'SMS de rappel, le jour même', 'Exports Excel']);
    // A long wrapped line is a paragraph's.
    const long = `${'Les participants décrivent un outil lent '.repeat(3)}\nLes exports plantent.`;
    expect(splitIndependentLines(long)).toHaveLength(1);
  });

  it('keeps Word’s sub-bullets with their item, their marker removed', () => {
    const pasted = splitPastedList('•\tAgenda partagé\no\tavec les partenaires\no\tmis à jour chaque semaine\n•\tSMS de rappel', 'working');
    expect(pasted?.items.map((item) => item.text)).toEqual(['Agenda partagé : avec les partenaires ; mis à jour chaque semaine', 'SMS de rappel']);
    expect(pasted?.announcement).toContain('sous-puces de Word');
    // A bullet indented deeper than the one above is a sub-item too; a parent ending with « : » takes no second colon.
    expect(texts('- Outils :\n    - un agenda\n    - des SMS\n- Accueil', 'working')).toEqual(['Outils : un agenda ; des SMS', 'Accueil']);
  });

  it('leaves one line, or one item on two lines, to the browser', () => {
    expect(splitPastedList('Un retour sur une ligne.', 'needs')).toBeNull();
    expect(splitPastedList('- Un seul retour', 'needs')).toBeNull();
    expect(splitPastedList('Un retour\nqui continue', 'needs')).toBeNull();
  });
});
