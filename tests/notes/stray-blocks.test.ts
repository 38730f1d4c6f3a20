/**
 * Text outside a list in a tagged section: published as an item, or set aside, never dropped without
 * a word; either way counted in the reconciliation (read = kept + rejected).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, FIXTURES, FRONT_MATTER, parse } from './helpers.ts';

const note = (...lines: string[]) => parse(`${FRONT_MATTER}\n${lines.join('\n')}\n`);

describe('text outside a list in a tagged section', () => {
  it('publishes a paragraph and a quote after a list, reads a table of one text column, and counts them all', () => {
    const result = parse(readFileSync(path.join(FIXTURES, 'text-outside-lists', 'input.md'), 'utf8'));
    // 3 list items, 1 paragraph, 1 quote, 2 table rows; the context paragraph and the comment are not read.
    expect(result.reconciliation[0]).toMatchObject({ read: 7, kept: 7, rejected: 0 });
    const byCode = (code: string) => result.diagnostics.filter((d) => d.code === code);
    expect(byCode('texte-lu-comme-element').map((d) => d.message)).toEqual([
      'Ce paragraphe suit une liste sans commencer par « - » : il est publié comme un élément de « Ce qui fonctionne ».',
      'Cette citation (« > ») n’est pas dans une liste : elle est publiée comme un élément de « Besoins et attentes ».',
    ]);
    expect(byCode('texte-hors-liste')).toEqual([]);
    expect(byCode('tableau-lu').map((d) => d.message)).toEqual([
      'Le tableau sous le titre « Ce qui dysfonctionne » est lu ligne par ligne : 2 éléments de « Ce qui dysfonctionne » (la colonne « Problème »), avec les votes de la colonne « Votes ».',
    ]);
  });

  it('sets aside a paragraph before the list, once per section with their number, but not a lead-in ending with « : »', () => {
    const result = note('## Ce qui fonctionne', '', 'Un premier point.', '', 'Un deuxième.', '', 'Les participants ont cité :', '', '- Le portail.');
    expect(result.items.map((i) => i.text)).toEqual(['Le portail.']);
    expect(codes(result)).toEqual(['texte-hors-liste@11']);
    expect(result.diagnostics[0]?.message).toContain('2 paragraphes avant sa liste');
    expect(result.reconciliation[0]).toMatchObject({ read: 3, kept: 1, rejected: 2 });
  });

  it('counts a section written as prose only as set aside, and blocks a note whose text is all set aside, naming the count', () => {
    const result = note('## Besoins et attentes', '', 'Un tableau de bord.', '', 'Un agenda partagé.');
    expect(codes(result)).toEqual(['note-entierement-ecartee@11', 'texte-hors-liste@11']);
    const blocking = result.diagnostics.find((d) => d.code === 'note-entierement-ecartee');
    expect(blocking).toMatchObject({ severity: 'blocking' });
    expect(blocking?.message).toContain('2 textes écartés');
    expect(result.diagnostics.find((d) => d.code === 'texte-hors-liste')?.message).toContain('aucune liste');
    expect(result.reconciliation[0]).toMatchObject({ read: 2, kept: 0, rejected: 2 });
  });

  it('publishes a quote even in a section without a list, and a code block after a list is set aside', () => {
    const result = note('## Ce qui fonctionne', '', '> Enfin un outil qui répond vite.', '', '## Ce qui dysfonctionne', '', '- Les pannes.', '', '```', 'Erreur 500', '```');
    expect(result.items.map((i) => [i.text, i.declaredTag])).toEqual([
      ['Enfin un outil qui répond vite.', 'working'],
      ['Les pannes.', 'broken'],
    ]);
    expect(codes(result)).toEqual(['texte-lu-comme-element@11', 'texte-hors-liste@17']);
    expect(result.reconciliation[0]).toMatchObject({ read: 3, kept: 2, rejected: 1 });
  });

  it('reads a paragraph after a list in a subsection with the tag above and the subsection as its question', () => {
    const result = note('## Ce qui dysfonctionne', '### Agenda', '- Les rappels ne partent pas.', '', 'Les créneaux se chevauchent.');
    expect(result.items[1]).toMatchObject({ text: 'Les créneaux se chevauchent.', declaredTag: 'broken', question: 'Agenda' });
  });

  it('says nothing of an HTML comment, an empty quote or text before any section', () => {
    const result = note('Atelier du matin.', '', '## Ce qui fonctionne', '- Le portail.', '', '<!-- à relire -->', '', '>', '');
    expect(codes(result)).toEqual([]);
    expect(result.reconciliation[0]).toMatchObject({ read: 1, kept: 1, rejected: 0 });
  });
});

describe('short lines typed without dashes, one idea a line', () => {
  it('reads each line as an item of the part, said once at the paragraph, when the part has no list', () => {
    const result = note('## Ce qui fonctionne', '- Le portail.', '', '## Irritants', 'Les lenteurs du lundi', 'La double saisie', 'Les pièces jointes perdues');
    expect(result.items.map((i) => [i.text, i.declaredTag, i.source.line])).toEqual([
      ['Le portail.', 'working', 10],
      ['Les lenteurs du lundi', 'broken', 13],
      ['La double saisie', 'broken', 14],
      ['Les pièces jointes perdues', 'broken', 15],
    ]);
    expect(codes(result)).toEqual(['texte-lu-comme-element@13']);
    expect(result.diagnostics[0]?.message).toBe('3 lignes sans tiret se suivent sans ligne vide : lues comme 3 éléments de « Ce qui dysfonctionne », un par ligne.');
    expect(result.diagnostics[0]?.hint).toContain('Mettez « - » devant chacune');
    expect(result.reconciliation[0]).toMatchObject({ read: 4, kept: 4, rejected: 0 });
  });

  it('reads them one a line after a list too, instead of one glued item', () => {
    const result = note('## Irritants', '- Les lenteurs.', '', 'La double saisie', 'Les pièces jointes perdues');
    expect(result.items.map((i) => i.text)).toEqual(['Les lenteurs.', 'La double saisie', 'Les pièces jointes perdues']);
    expect(codes(result)).toEqual(['texte-lu-comme-element@12']);
  });

  it('keeps a paragraph wrapped by hand at ~70 columns as one text, though each line opens with a capital', () => {
    const result = note(
      '## Irritants',
      '- Les lenteurs.',
      '',
      'Les conseillers passent un temps considérable à ressaisir les dossiers',
      'DUDE dans i-milo ; pendant ce temps, les jeunes attendent au guichet.',
      'France Travail demande de son côté les mêmes pièces justificatives',
      'Mission Locale après Mission Locale, sans que rien ne soit partagé.',
    );
    expect(result.items).toHaveLength(2);
    expect(result.items[1]?.text).toMatch(/^Les conseillers passent .* dossiers DUDE dans i-milo ; .* sans que rien ne soit partagé\.$/);
    expect(codes(result)).toEqual(['texte-lu-comme-element@12']);
    expect(result.diagnostics[0]?.message).toContain('Ce paragraphe suit une liste');
  });

  it('reads an idea going on over a line in lower case as one item, among short lines', () => {
    const result = note('## Irritants', 'Les lenteurs du lundi', 'Les pièces jointes perdues quand on', 'change d’onglet', 'La double saisie');
    expect(result.items.map((i) => [i.text, i.source.line])).toEqual([
      ['Les lenteurs du lundi', 10],
      ['Les pièces jointes perdues quand on change d’onglet', 11],
      ['La double saisie', 13],
    ]);
    expect(codes(result)).toEqual(['texte-lu-comme-element@10']);
    expect(result.diagnostics[0]?.message).toBe(
      '4 lignes sans tiret se suivent sans ligne vide : lues comme 3 éléments de « Ce qui dysfonctionne », un par ligne commençant par une majuscule (une ligne en minuscule prolonge celle du dessus).',
    );
  });

  it('keeps short lines beside wrapped ones whole, and says how to write post-its (post-it-ou-paragraphe)', () => {
    const result = note(
      '## Irritants',
      '- Les lenteurs.',
      '',
      'La double saisie',
      'Les conseillers passent un temps considérable à ressaisir les dossiers',
      'DUDE dans i-milo pendant que les jeunes attendent leur tour au guichet',
      'Le portail.',
    );
    expect(result.items.map((i) => i.text)).toEqual([
      'Les lenteurs.',
      'La double saisie Les conseillers passent un temps considérable à ressaisir les dossiers DUDE dans i-milo pendant que les jeunes attendent leur tour au guichet Le portail.',
    ]);
    expect(codes(result)).toEqual(['post-it-ou-paragraphe@12', 'texte-lu-comme-element@12']);
    const notice = result.diagnostics.find((d) => d.code === 'post-it-ou-paragraphe');
    expect(notice?.severity).toBe('info');
    expect(notice?.message).toBe('Ces 4 lignes sans tiret peuvent être des post-it, une idée par ligne, comme un paragraphe revenu à la ligne : elles sont lues comme un seul texte.');
    expect(notice?.hint).toContain('écrivez-les un par ligne, chacun précédé de « - »');
  });

  it('keeps two lines whole when the first is long and ends a sentence, and says it may be two post-its', () => {
    const result = note('## Irritants', '- Les lenteurs.', '', 'La double saisie entre le DUDE et i-milo prend un temps considérable.', 'Les jeunes attendent.');
    expect(result.items.map((i) => i.text)).toEqual(['Les lenteurs.', 'La double saisie entre le DUDE et i-milo prend un temps considérable. Les jeunes attendent.']);
    expect(codes(result)).toEqual(['post-it-ou-paragraphe@12', 'texte-lu-comme-element@12']);
  });

  it('keeps a sentence wrapped over lines as one text, and lines before a list as its introduction', () => {
    const wrapped = note('## Irritants', '- Les lenteurs.', '', 'La double saisie nous prend du temps et', 'Les jeunes attendent.');
    expect(wrapped.items.map((i) => i.text)).toEqual(['Les lenteurs.', 'La double saisie nous prend du temps et Les jeunes attendent.']);
    const lowercase = note('## Irritants', '- Les lenteurs.', '', 'La double saisie nous prend', 'du temps chaque matin.');
    expect(lowercase.items).toHaveLength(2);
    const intro = note('## Irritants', 'Trois tables ont travaillé', 'Une heure chacune', '', '- Les lenteurs.');
    expect(intro.items.map((i) => i.text)).toEqual(['Les lenteurs.']);
    expect(codes(intro)).toEqual(['texte-hors-liste@10']);
  });
});
