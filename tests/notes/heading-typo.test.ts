/**
 * Headings that are almost a section's name: a near-certain typo is read as that section (and said
 * so), a close one is only suggested, a far one gets no suggestion at all.
 */
import { describe, expect, it } from 'vitest';
import { guessHeading } from '../../src/pipeline/ingest/notes/heading-typo.ts';
import { codes, FRONT_MATTER, parse } from './helpers.ts';

describe('headings that are almost a section’s name', () => {
  it('reads a one-letter typo of a section as that section, and says how it was read', () => {
    const result = parse(`${FRONT_MATTER}\n## Ce qui dysfonctione\n- Saisir une situation demande d'ouvrir quatre écrans. #saisie (12 votes)\n`);
    expect(result.items[0]).toMatchObject({ declaredTag: 'broken', weight: 12, question: 'Ce qui dysfonctione' });
    expect(codes(result)).toEqual(['section-corrigee@9']);
    expect(result.diagnostics[0]?.message).toContain('il est lu comme « Ce qui dysfonctionne »');
    expect(result.diagnostics[0]?.hint).toContain('« ## Ce qui dysfonctionne »');
  });

  it('reads a longer heading that opens with a misspelt section name as that section', () => {
    const result = parse(`${FRONT_MATTER}\n## Ce qui fonctione pour les jeunes\n- Le portail est clair.\n`);
    expect(result.items[0]).toMatchObject({ declaredTag: 'working' });
    expect(codes(result)).toEqual(['section-corrigee@9']);
  });

  it('reads « Les + » and « Les - » as their sections, without a warning', () => {
    const result = parse(`${FRONT_MATTER}\n## Les +\n- Le dossier unique.\n\n## Les -\n- Les lenteurs.\n\n## Points +\n- Le portail.\n`);
    expect(result.items.map((i) => [i.text, i.declaredTag])).toEqual([
      ['Le dossier unique.', 'working'],
      ['Les lenteurs.', 'broken'],
      ['Le portail.', 'working'],
    ]);
    expect(codes(result)).toEqual([]);
  });

  it.each([
    ['Ce qui fonctione', 'working'],
    ['Dificultés', 'broken'],
    ['Dysfonctionnement', 'broken'],
    ['Les points fort', 'working'],
    ['Attente', 'needs'],
    ['Ce qui fonctione pour les jeunes', 'working'],
    ['2. Dificultés rencontrées', 'broken'],
    ['Besoins et attente des conseillers', 'needs'],
    ['Ce qui fonctione pas', 'broken'],
  ])('%j is a typo of a %s heading', (heading, tag) => {
    expect(guessHeading(heading)).toEqual({ tag, certain: true });
  });

  it.each([
    ['Besoin', 'needs'],
    ['Idée', 'needs'],
    ['Postes', 'needs'],
    ['Limite', 'broken'],
    // A part's name after a separator: what comes before may say the items are about something else.
    ['Accueil - Ce qui fonctionne', 'working'],
    ['Thème B : Besoins et attentes', 'needs'],
  ])('%j, short or after a separator, is only suggested as %s', (heading, tag) => {
    expect(guessHeading(heading)).toEqual({ tag, certain: false });
  });

  it.each(['Les', 'Remarques', 'Divers', 'État des lieux', 'Participants', 'Fonctionnement', 'Ce qui fonctione / ce qui dysfonctione'])(
    '%j is near no section: no suggestion',
    (heading) => {
      expect(guessHeading(heading)).toBeNull();
    },
  );

  it('leaves an unknown heading unknown: a close name is suggested, a far one is not', () => {
    const result = parse(`${FRONT_MATTER}\n## Postes\n- Neuf conseillers.\n\n## Les\n- Un.\n`);
    expect(result.items.map((i) => i.declaredTag)).toEqual(['auto', 'auto']);
    expect(codes(result)).toEqual(['section-inconnue@9', 'section-inconnue@12']);
    expect(result.diagnostics[0]?.hint).toBe('Vouliez-vous écrire « Besoins et attentes » ?');
    expect(result.diagnostics[1]?.hint).toMatch(/^Titres des trois parties : /);
  });

  it('reads a numbered part (« Partie 2 : Besoins et attentes ») as that part, without a warning', () => {
    const result = parse(`${FRONT_MATTER}\n## Partie 2 : Besoins et attentes\n- Un tableau de bord partagé.\n`);
    expect(result.items[0]).toMatchObject({ declaredTag: 'needs' });
    expect(codes(result)).toEqual([]);
  });

  it('suggests the part a heading names after a separator, without reading it as that part', () => {
    const result = parse(`${FRONT_MATTER}\n## Accueil – Ce qui fonctionne\n- Le portail est clair.\n`);
    expect(result.items[0]).toMatchObject({ declaredTag: 'auto' });
    expect(codes(result)).toEqual(['section-inconnue@9']);
    expect(result.diagnostics[0]?.hint).toBe('Vouliez-vous écrire « Ce qui fonctionne » ?');
  });
});
