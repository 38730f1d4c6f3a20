/**
 * A note's `participants:` block is read key by key: one bad value is reported at its own line, with
 * what is wrong and how to write it, and only that value is left out; the total, the other profiles and
 * the names are kept, and what is published from a partly known block says nothing false.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { createSite } from '../../src/site/site.ts';
import { resolveStat } from '../../src/site/stats.ts';
import { FIXTURES, NOTE_FILE, codes, parse } from './helpers.ts';

const HEAD = ['---', 'titre: Atelier Bretagne — Rennes', 'date: 2026-09-12', 'format: presentiel', 'region: Bretagne'];
const BODY = ['---', '', '## Ce qui fonctionne', '- Paul Durand trouve la recherche rapide.', ''];
/** A note whose header ends with `participants` lines; the first of them is line 6. */
const note = (...participants: string[]) => [...HEAD, ...participants, ...BODY].join('\n');
const only = (result: ReturnType<typeof parse>, code: string) => {
  const found = result.diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('a participants block with one bad value', () => {
  it('keeps the total, the other profiles and the names when one profile’s count is not a number', () => {
    const result = parse(note('participants:', '  total: 14', '  profils: { conseiller: 9, jeune: douze }', '  noms: [Paul Durand]'));
    expect(codes(result)).toEqual(['champ-invalide@8']);
    const problem = only(result, 'champ-invalide');
    expect(problem).toMatchObject({ severity: 'warning', file: NOTE_FILE, line: 8, column: 36 });
    expect(problem.message).toBe('Dans l’en-tête, « participants.profils.jeune » : « douze » n’est pas un nombre écrit en chiffres. Ce profil est ignoré ; le reste du bloc « participants » est retenu.');
    expect(problem.hint).toBe('Écrivez en chiffres le nombre de participants de ce profil, par exemple « jeune: 12 ».');
    expect(result.sessions[0]).toMatchObject({ participants: 14, profiles: { conseiller: 9 } });
    expect(result.names).toEqual(['Paul Durand']);
    // The one profile read is not everyone's: the items are not said to come from « conseiller ».
    expect(result.items[0]?.profile).toBeNull();
  });

  it('reports each bad value of the block, each at its line, and keeps the rest', () => {
    const result = parse(note('participants:', '  total: 2.5', '  profils:', '    conseiller: -1', '    direction: 2', '    jeune:', '  noms: [Léa Petit]'));
    expect(codes(result)).toEqual(['champ-invalide@7', 'champ-invalide@9', 'champ-invalide@11']);
    const messages = result.diagnostics.map((d) => d.message).join('\n');
    expect(messages).toContain('« participants.total » : « 2.5 » n’est pas un nombre entier positif ou nul. Ce total est ignoré ; le reste du bloc « participants » est retenu.');
    expect(messages).toContain('« participants.profils.conseiller » : « -1 » n’est pas un nombre entier positif ou nul.');
    expect(messages).toContain('« participants.profils.jeune » : aucun nombre n’est indiqué.');
    // Two profiles of three unknown, no total: the sum of those read would be a false total.
    expect(result.sessions[0]).toMatchObject({ participants: null, profiles: { direction: 2 } });
    expect(result.items[0]?.profile).toBeNull();
    expect(result.names).toEqual(['Léa Petit']);
  });

  it('takes the sum of the profiles for an unreadable total, and says so', () => {
    const result = parse(note('participants:', '  total: -3', '  profils: { conseiller: 9, direction: 2 }'));
    expect(only(result, 'champ-invalide').message).toBe(
      'Dans l’en-tête, « participants.total » : « -3 » n’est pas un nombre entier positif ou nul. Ce total est ignoré ; le total retenu est la somme des profils (11).',
    );
    expect(result.sessions[0]).toMatchObject({ participants: 11, profiles: { conseiller: 9, direction: 2 } });
    // A total left out is no mismatch with the profiles.
    expect(codes(result)).toEqual(['champ-invalide@7']);
  });

  it('ignores an unknown key of the block with a warning that says where its count belongs', () => {
    const result = parse(note('participants:', '  total: 14', '  jeunes: 12'));
    const problem = only(result, 'cle-inconnue');
    expect(problem).toMatchObject({ severity: 'warning', line: 8, column: 3 });
    expect(problem.message).toBe('La clé « participants.jeunes » de l’en-tête n’est pas connue : elle est ignorée ; le reste du bloc « participants » est retenu.');
    expect(problem.hint).toBe('Un nombre de participants par profil s’écrit sous « profils », par exemple « profils: { jeunes: 12 } ».');
    expect(result.sessions[0]?.participants).toBe(14);
    const misspelt = parse(note('participants:', '  totla: 14', '  profils: { jeune: 14 }'));
    expect(only(misspelt, 'cle-inconnue').hint).toBe('Vouliez-vous écrire « total » ?');
    // A misspelt total is no count left out of the breakdown: the single profile is everyone's.
    expect(misspelt.sessions[0]).toMatchObject({ participants: 14, profiles: { jeune: 14 } });
    expect(misspelt.items[0]?.profile).toBe('jeune');
  });

  it('still masks the names of a badly written `noms`, and keeps the counts', () => {
    const result = parse(note('participants:', '  total: 12', '  noms: { animateur: Paul Durand }'));
    expect(codes(result)).toEqual(['champ-invalide@8']);
    expect(only(result, 'champ-invalide').message).toContain('on attend une liste de noms. Les noms qui s’y lisent seront tout de même masqués.');
    expect(result.names).toEqual(['Paul Durand']);
    expect(result.sessions[0]?.participants).toBe(12);
  });

  it('reads « nom » (and « prénoms ») as `noms`, says so at its line, and masks the names in the items', () => {
    const written = note('participants:', '  total: 12', '  nom: [Mathis Le Bris, Nolwenn Kerjean]').replace('Paul Durand trouve', 'Mathis trouve');
    const result = parse(written);
    expect(codes(result)).toEqual(['champ-invalide@8']);
    const problem = only(result, 'champ-invalide');
    expect(problem.message).toBe('Dans l’en-tête, « participants.nom » est lu comme « participants.noms » : ces noms seront masqués avant publication.');
    expect(problem.hint).toBe('Écrivez « noms: » au lieu de « nom: ».');
    expect(result.names).toEqual(['Mathis Le Bris', 'Nolwenn Kerjean']);
    expect(parse(note('participants:', '  Prénoms: [Léa Petit]')).names).toEqual(['Léa Petit']);
    const { synthesis } = synthesize({
      notes: [{ file: NOTE_FILE, content: written }],
      surveys: [],
      themes: { file: 'data/themes.yml', content: readFileSync(path.join(FIXTURES, 'themes.yml'), 'utf8') },
      pseudonyms: null,
      settings: null,
    });
    expect(synthesis.items.map((i) => i.text)).toEqual(['[personne] trouve la recherche rapide.']);
  });

  it('says a profile without a readable name is counted in no profile, rather than dropping it silently', () => {
    const result = parse(note('participants:', '  total: 12', '  profils: { conseiller: 9, "—": 3 }'));
    expect(only(result, 'champ-invalide').message).toBe(
      'Dans l’en-tête, le profil « — » de « participants.profils » n’a pas de nom lisible : ses 3 participants ne sont comptés dans aucun profil.',
    );
    expect(result.sessions[0]).toMatchObject({ participants: 12, profiles: { conseiller: 9 } });
    expect(result.items[0]?.profile).toBeNull();
  });

  it('reads the plural of a known profile as that profile, as the form and the surveys write it', () => {
    const result = parse(note('profil: Jeunes', 'participants:', '  total: 14', '  profils: { Conseillers: 9, jeunes: 3, conseiller: 2 }'));
    expect(codes(result)).toEqual([]);
    expect(result.sessions[0]?.profiles).toEqual({ conseiller: 11, jeune: 3 });
    expect(result.items[0]?.profile).toBe('jeune');
    // Other profiles are free text, kept as written.
    expect(parse(note('participants:', '  total: 2', '  profils: { Élus: 2 }')).sessions[0]?.profiles).toEqual({ elus: 2 });
  });

  it('leaves a valid block as it was: no diagnostic, the mismatch warning when counts disagree', () => {
    const valid = parse(note('participants:', '  total: 11', '  profils: { conseiller: 9, direction: 2 }', '  noms: [Paul Durand]'));
    expect(codes(valid)).toEqual([]);
    expect(valid.sessions[0]).toMatchObject({ participants: 11, profiles: { conseiller: 9, direction: 2 } });
    expect(codes(parse(note('participants:', '  total: 12', '  profils: { conseiller: 9, direction: 2 }')))).toEqual(['participants-incoherents@7']);
    expect(codes(parse(note('participants: 14')))).toEqual([]);
    expect(parse(note('participants: 14')).sessions[0]?.participants).toBe(14);
  });
});

describe('a participants value that is neither a number nor a block', () => {
  it('reads « participants: 14 » as the total, and says how to write « quatorze »', () => {
    expect(parse(note('participants: 14')).sessions[0]).toMatchObject({ participants: 14 });
    const result = parse(note('participants: quatorze'));
    const problem = only(result, 'champ-invalide');
    expect(problem.line).toBe(6);
    expect(problem.hint).toContain('« participants: 14 »');
    expect(problem.hint).toContain('en chiffres');
    expect(result.sessions[0]).toMatchObject({ participants: null });
  });
});

describe('what is published of a partly known participants block', () => {
  it('counts its known total in the declared participants, masks its names, and publishes its items', () => {
    const partial = note('participants:', '  total: 14', '  profils: { conseiller: 9, jeune: douze }', '  noms: [Paul Durand]');
    const complete = note('participants:', '  total: 11', '  profils: { conseiller: 9, direction: 2 }');
    const { synthesis } = synthesize({
      notes: [
        { file: NOTE_FILE, content: partial },
        { file: NOTE_FILE.replace('rennes', 'brest'), content: complete.replace('Rennes', 'Brest') },
      ],
      surveys: [],
      themes: { file: 'data/themes.yml', content: readFileSync(path.join(FIXTURES, 'themes.yml'), 'utf8') },
      pseudonyms: null,
      settings: null,
    });
    expect(synthesis.sessions.map((s) => s.participants).sort()).toEqual([11, 14]);
    expect(resolveStat(createSite(synthesis), 'participants').value).toBe(25);
    const item = synthesis.items.find((i) => i.source.file === NOTE_FILE);
    expect(item?.text).not.toContain('Paul Durand');
    expect(item?.profile).toBeNull();
  });
});
