import { describe, expect, it } from 'vitest';
import { codes, FRONT_MATTER, parse } from './helpers.ts';

describe('body of a workshop note', () => {
  it('reports an item outside any section once, with the count, and leaves its tag to inference', () => {
    const result = parse(`${FRONT_MATTER}\n- Un.\n- Deux.\n  - Trois.\n\n## Ce qui fonctionne\n- Quatre.\n`);
    expect(codes(result)).toEqual(['element-hors-section@9']);
    expect(result.diagnostics[0]?.message).toContain('3 éléments');
    expect(result.items.map((i) => i.declaredTag)).toEqual(['auto', 'auto', 'auto', 'working']);
  });

  it('reports an unknown section once, not once per item', () => {
    const result = parse(`${FRONT_MATTER}\n## Remarques\n- Un.\n- Deux.\n\n### Ce qui marche\n- Trois.\n`);
    expect(codes(result)).toEqual(['section-inconnue@9']);
    expect(result.items.map((i) => i.declaredTag)).toEqual(['auto', 'auto', 'working']);
  });

  it('suggests the heading someone meant, when one is close', () => {
    const result = parse(`${FRONT_MATTER}\n## Besoin\n- Un.\n`);
    expect(codes(result)).toEqual(['section-inconnue@9']);
    expect(result.diagnostics[0]?.hint).toBe('Vouliez-vous écrire « Besoins et attentes » ?');
  });

  it('reports empty sections, but not in a note that has no item at all', () => {
    const sections = '\n## Ce qui fonctionne\n\n## Ce qui dysfonctionne\n- Un.\n\n## Besoins et attentes\n';
    expect(codes(parse(FRONT_MATTER + sections))).toEqual(['section-vide@9', 'section-vide@14']);
    expect(codes(parse(`${FRONT_MATTER}\n## Ce qui fonctionne\n\n## Besoins et attentes\n`))).toEqual(['note-vide@1']);
  });

  it('counts empty bullets as read and rejected, one diagnostic each, without calling the section empty', () => {
    const result = parse(`${FRONT_MATTER}\n## Ce qui fonctionne\n-\n- #saisie\n- Un.\n\n## Besoins\n- \n`);
    expect(codes(result)).toEqual(['element-vide@10', 'element-vide@11', 'element-vide@15']);
    expect(result.reconciliation).toEqual([{ file: result.sessions[0]?.file, read: 4, kept: 1, rejected: 3, reasons: [{ reason: 'element-vide', count: 3 }] }]);
  });

  it('reports a section written as prose instead of a list, and blocks the note that publishes nothing else', () => {
    const result = parse(`${FRONT_MATTER}\n## Besoins et attentes\n\nUn tableau de bord partagé.\n`);
    expect(codes(result)).toEqual(['note-entierement-ecartee@11', 'texte-hors-liste@11']);
    expect(result.diagnostics.find((d) => d.code === 'note-entierement-ecartee')?.severity).toBe('blocking');
  });

  it('reports an unknown hashtag once per note, with its number of uses', () => {
    const result = parse(`${FRONT_MATTER}\n## Ce qui fonctionne\n- Un. #sasie\n- Deux. #sasie\n- Trois. #Sasie\n`);
    expect(codes(result)).toEqual(['theme-inconnu@10']);
    expect(result.diagnostics[0]?.message).toContain('3 éléments');
    expect(result.diagnostics[0]?.hint).toContain('#saisie');
  });

  it('gives items stable, unique ids derived from file, position and text', () => {
    const note = `${FRONT_MATTER}\n## Ce qui fonctionne\n- Même texte.\n- Même texte.\n`;
    const first = parse(note).items.map((i) => i.id);
    expect(new Set(first).size).toBe(2);
    expect(parse(note).items.map((i) => i.id)).toEqual(first);
    expect(parse(note, 'content/ateliers/bretagne/autre.md').items.map((i) => i.id)).not.toEqual(first);
  });

  it('keeps the heading each item answers as its question', () => {
    const result = parse(`${FRONT_MATTER}\n## Ce qui dysfonctionne\n### Agenda\n- Les rappels ne partent pas.\n`);
    expect(result.items[0]).toMatchObject({ declaredTag: 'broken', question: 'Agenda' });
  });

  // How its time grows with the number of items is measured by the bench (`npm run bench`, 1k to 1M items).
  it('reads a note of 4,000 items, each with its votes, theme and line', () => {
    const note = (count: number) => {
      const lines = Array.from({ length: count }, (_, i) => `- Élément numéro ${i} sur la saisie. #saisie (${i % 7} votes)`);
      return `${FRONT_MATTER}\n## Ce qui dysfonctionne\n${lines.join('\n')}\n`;
    };
    const result = parse(note(4_000));
    expect(result.items).toHaveLength(4_000);
    expect(result.items[3_999]).toMatchObject({ weight: 3_999 % 7, explicitThemes: ['saisie'] });
    expect(result.items[3_999]?.source.line).toBe(10 + 3_999);
  });

  it('reads a section name written as a line of text before a list as its heading, and says so', () => {
    // As pasted from a word processor: a bold line, a line ending with a colon, a numbered one.
    const body = [
      '# Ce qui fonctionne :', '', '- La recherche est rapide.', '',
      '**Ce qui dysfonctionne**', '', '- Les lenteurs.', '',
      '2. Besoins et attentes :', '', '- Un agenda partagé.', '',
      '## Contexte', '', 'Difficultés', '', '- Des pannes le lundi.', '',
    ].join('\n');
    const result = parse(`${FRONT_MATTER}\n${body}`);
    expect(result.items.map((i) => [i.text, i.declaredTag, i.question])).toEqual([
      ['La recherche est rapide.', 'working', 'Ce qui fonctionne :'],
      ['Les lenteurs.', 'broken', 'Ce qui dysfonctionne'],
      ['Un agenda partagé.', 'needs', 'Besoins et attentes'],
      ['Des pannes le lundi.', 'broken', 'Difficultés'],
    ]);
    expect(codes(result)).toEqual(['section-en-paragraphe@13', 'section-en-paragraphe@17', 'section-en-paragraphe@23']);
    expect(result.diagnostics[0]?.hint).toBe('Écrivez-le en titre, précédé de « ## » : « ## Ce qui dysfonctionne ».');
  });

  it('leaves sentences as text; in a tagged section, a line that is only a section’s name still opens it', () => {
    const body = [
      '## Ce qui fonctionne', '', '- La recherche est rapide.', '',
      'Ce qui fonctionne bien, c’est l’accueil.', '', '- Le portail.', '',
      'Besoins', '', 'Une ligne de texte.', '',
    ].join('\n');
    const result = parse(`${FRONT_MATTER}\n${body}`);
    // The sentence after a list is one more item (said so); « Besoins » is never a need of its own.
    expect(result.items.map((i) => [i.text, i.declaredTag])).toEqual([
      ['La recherche est rapide.', 'working'],
      ['Ce qui fonctionne bien, c’est l’accueil.', 'working'],
      ['Le portail.', 'working'],
    ]);
    expect(codes(result)).toEqual(['texte-lu-comme-element@13', 'section-en-paragraphe@17', 'texte-hors-liste@19']);
  });

  it('leaves a context section’s text and a section’s name there without a list as context', () => {
    const body = ['## Contexte', '', 'Besoins', '', 'Une ligne de texte.', '', '## Ce qui fonctionne', '', '- Le portail.', ''].join('\n');
    const result = parse(`${FRONT_MATTER}\n${body}`);
    expect(result.items.map((i) => i.text)).toEqual(['Le portail.']);
    expect(codes(result)).toEqual([]);
    expect(result.reconciliation[0]).toMatchObject({ read: 1, kept: 1, rejected: 0 });
  });
});
