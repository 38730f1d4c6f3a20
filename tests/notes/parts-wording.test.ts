/**
 * docs/saisie.md calls *Ce qui fonctionne*, *Ce qui dysfonctionne* and *Besoins et attentes* the
 * « trois parties » of a note, and any other heading a « titre »: what `check` says about a note's
 * body uses the same words, never « section » (the word of the code names only, as `section-vide`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/pipeline/model.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { FIXTURES, FRONT_MATTER, NOTE_FILE, parse } from './helpers.ts';

const note = (...lines: string[]) => `${FRONT_MATTER}\n${lines.join('\n')}\n`;

/** Notes that between them give every message about the parts, titles and text outside a list. */
const NOTES: Readonly<Record<string, string>> = {
  'items before any title': note('- Une remarque.', '- Une autre.', '', '## Ce qui fonctionne', '', '- Le portail.', '', '## Ce qui dysfonctionne', ''),
  'one item before any title': note('- Une remarque.', '', '## Ce qui fonctionne', '', '- Le portail.'),
  'unknown and near-miss titles': note('## Remarques', '', '- Un tableau de bord.', '', '## Ce qui dysfonctione', '', '- Les exports plantent.', '', '## Postes', '', '- Neuf.'),
  'a title written as a line of text': note('**Ce qui dysfonctionne**', '- Les exports plantent.'),
  'text outside the lists': note(
    '## Ce qui fonctionne',
    '',
    'Les participants ont d’abord parlé longuement.',
    '',
    '- Le portail.',
    'Un paragraphe après la liste.',
    '',
    '> Une citation.',
    '',
    '## Besoins et attentes',
    '',
    'Un texte sans liste.',
  ),
  'tables': note(
    '## Ce qui dysfonctionne',
    '',
    '| Constat | Proposition |',
    '|---|---|',
    '| Lent | Plus rapide |',
    '',
    '## Atelier du matin',
    '',
    '| Points forts | Irritants | Remarques |',
    '|---|---|---|',
    '| Les SMS. | Les exports. | Bonne ambiance. |',
    '',
  ),
  'nothing published': note('## Ce qui fonctionne', '', 'Tout en paragraphes.'),
  'no item': note('Quelques phrases.'),
};

function wording(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.flatMap((d) => [`${d.code}: ${d.message}`, `${d.code}: ${d.hint ?? ''}`]);
}

describe('what check says of the three parts', () => {
  const all = Object.values(NOTES).flatMap((content) => parse(content).diagnostics);

  it('gives every message about the parts (so that the next test reads them all)', () => {
    const codes = new Set(all.map((d) => d.code));
    for (const code of [
      'element-hors-section',
      'section-inconnue',
      'section-corrigee',
      'section-en-paragraphe',
      'section-vide',
      'texte-hors-liste',
      'texte-lu-comme-element',
      'tableau-lu',
      'note-entierement-ecartee',
      'note-vide',
    ])
      expect(codes, code).toContain(code);
  });

  it('says « partie », never « section »', () => {
    for (const text of wording(all)) expect(text.replace(/^[a-z-]+: /, ''), text).not.toMatch(/\bsections?\b/i);
  });

  it('agrees in number with the items placed before any title', () => {
    const [many] = parse(NOTES['items before any title'] ?? '').diagnostics.filter((d) => d.code === 'element-hors-section');
    expect(many?.message).toBe('2 éléments sont placés avant tout titre de partie : leur étiquette est déduite du texte, et dite à la ligne de chacun.');
    expect(many?.hint).toBe('Placez-les sous « ## Ce qui fonctionne », « ## Ce qui dysfonctionne » ou « ## Besoins et attentes ».');
    const [one] = parse(NOTES['one item before any title'] ?? '').diagnostics.filter((d) => d.code === 'element-hors-section');
    expect(one?.message).toBe('Un élément est placé avant tout titre de partie : son étiquette est déduite du texte, et dite à sa ligne.');
    expect(one?.hint).toBe('Placez-le sous « ## Ce qui fonctionne », « ## Ce qui dysfonctionne » ou « ## Besoins et attentes ».');
  });

  it('names the part in the messages about one', () => {
    const messages = all.map((d) => d.message);
    expect(messages).toContain('La partie « Ce qui dysfonctionne » est vide.');
    expect(messages).toContain('La partie « Besoins et attentes » contient du texte mais aucune liste : ce texte n’est pas publié (1 paragraphe écarté dans le bilan).');
    expect(messages.some((m) => m.startsWith('Le titre « Remarques » n’est pas le titre d’une des trois parties'))).toBe(true);
  });

  it('says « partie » too when it tells the tag an item without a part received', () => {
    const { diagnostics } = synthesize({
      notes: [{ file: NOTE_FILE, content: NOTES['unknown and near-miss titles'] ?? '' }, { file: NOTE_FILE.replace('rennes', 'brest'), content: NOTES['one item before any title'] ?? '' }],
      surveys: [],
      themes: { file: 'data/themes.yml', content: readFileSync(path.join(FIXTURES, 'themes.yml'), 'utf8') },
      pseudonyms: null,
      settings: null,
    });
    const inferred = diagnostics.filter((d) => d.code === 'etiquette-deduite');
    expect(inferred.length).toBeGreaterThanOrEqual(2);
    for (const text of wording(inferred)) expect(text.replace(/^[a-z-]+: /, ''), text).not.toMatch(/\bsections?\b/i);
  });
});
