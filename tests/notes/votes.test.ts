/**
 * « (0 votes) »: in dot-voting, an item said and given no dot is real information. The note reader
 * publishes it and counts it as an item, with weight 0; an item never put to the vote weighs 1. The
 * form /saisie/ writes the same « (0 vote) » (tests/entry/form-counts.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countBy, totals } from '../../src/pipeline/analysis/count-by.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { readVotes } from '../../src/pipeline/ingest/notes/votes.ts';
import { FIXTURES, FRONT_MATTER, NOTE_FILE, codes, parse } from './helpers.ts';

const BODY = ['', '## Ce qui dysfonctionne', '- Saisir une situation demande quatre écrans. (0 votes)', '- Les lenteurs du matin. (0 vote)', '- L’agenda se bloque. (3 votes)', '- Les doublons de dossiers.', ''].join('\n');

describe('an item with « (0 votes) »', () => {
  it('is published with weight 0, without a word, apart from an item never put to the vote', () => {
    const result = parse(FRONT_MATTER + BODY);
    expect(codes(result)).toEqual([]);
    expect(result.items.map((i) => [i.text, i.weight])).toEqual([
      ['Saisir une situation demande quatre écrans.', 0],
      ['Les lenteurs du matin.', 0],
      ['L’agenda se bloque.', 3],
      ['Les doublons de dossiers.', 1],
    ]);
    expect(result.reconciliation[0]).toMatchObject({ read: 4, kept: 4, rejected: 0 });
  });

  it('counts as an item in every count, and adds nothing to the weight', () => {
    const { synthesis } = synthesize({
      notes: [{ file: NOTE_FILE, content: FRONT_MATTER + BODY }],
      surveys: [],
      themes: { file: 'data/themes.yml', content: readFileSync(path.join(FIXTURES, 'themes.yml'), 'utf8') },
      pseudonyms: null,
      settings: null,
    });
    expect(synthesis.items).toHaveLength(4);
    expect(totals(synthesis.items)).toEqual({ items: 4, weight: 4 });
    expect(countBy(synthesis.items, ['tag'])).toEqual([{ keys: ['broken'], items: 4, weight: 4 }]);
  });

  it('is told apart from a count the reader refuses, whose advice starts at 0', () => {
    expect(readVotes(['0'])).toEqual({ weight: 0 });
    const negative = parse(`${FRONT_MATTER}\n## Ce qui dysfonctionne\n- Les lenteurs du matin. (-1 votes)\n`);
    expect(codes(negative)).toEqual(['vote-invalide@10']);
    expect(negative.items[0]?.weight).toBe(1);
    expect(negative.diagnostics[0]?.hint).toMatch(/^Écrivez un nombre entier de 0 à /);
  });
});

describe('vote counts written otherwise than « (N votes) »', () => {
  it('reads « (x3) », « [5 votes] », « — 4 votes » and « : 3 gommettes » as counts, out of the published text', () => {
    const body = [
      '',
      '## Ce qui fonctionne',
      '- Prendre rendez-vous en un clic (x3)',
      '- Le portail unique [5 votes]',
      '- L’accueil du matin — 4 votes',
      '- Les rappels par SMS `[2 votes]`',
      // Post-its counted after a colon, as a board's tally is copied.
      '- SMS de rappel : 3 gommettes',
      '- Agenda partagé: 2 votes.',
      '- Nous avons eu 3 votes sur ce point lors du tour de table',
      '',
    ].join('\n');
    const result = parse(FRONT_MATTER + body);
    expect(codes(result)).toEqual([]);
    expect(result.items.map((i) => [i.text, i.weight])).toEqual([
      ['Prendre rendez-vous en un clic', 3],
      ['Le portail unique', 5],
      ['L’accueil du matin', 4],
      ['Les rappels par SMS [2 votes]', 1],
      ['SMS de rappel', 3],
      ['Agenda partagé', 2],
      ['Nous avons eu 3 votes sur ce point lors du tour de table', 1],
    ]);
  });

  it('reads « — 4 votes » before trailing hashtags, and after them, each hashtag still a theme', () => {
    const body = [
      '',
      '## Ce qui dysfonctionne',
      '- Le DUDE plante souvent — 4 votes #saisie',
      '- L’agenda se bloque #saisie — 2 votes',
      '- Les exports plantent — 3 votes #saisie #pilotage.',
      '- La recherche est lente (x2) #recherche',
      '',
    ].join('\n');
    const result = parse(FRONT_MATTER + body);
    expect(codes(result)).toEqual([]);
    expect(result.items.map((i) => [i.text, i.weight, i.explicitThemes])).toEqual([
      ['Le DUDE plante souvent', 4, ['saisie']],
      ['L’agenda se bloque', 2, ['saisie']],
      ['Les exports plantent.', 3, ['pilotage', 'saisie']],
      ['La recherche est lente', 2, ['recherche']],
    ]);
  });

  it('warns of « (3) » ending an item (votes or a reference: either way not for publication), weight 1', () => {
    const result = parse(`${FRONT_MATTER}\n## Ce qui fonctionne\n- Prendre rendez-vous en un clic (3)\n- (2) Le portail unique\n`);
    expect(codes(result)).toEqual(['vote-invalide@10']);
    expect(result.items.map((i) => [i.text, i.weight])).toEqual([
      ['Prendre rendez-vous en un clic (3)', 1],
      ['(2) Le portail unique', 1],
    ]);
    const warning = result.diagnostics[0];
    expect(warning?.message).toContain('« (3) » à la fin de l’élément n’est pas lu comme un nombre de votes');
    expect(warning?.hint).toContain('« (3 votes) »');
  });
});
