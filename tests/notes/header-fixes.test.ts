import { describe, expect, it } from 'vitest';
import { codes, parse } from './helpers.ts';

const RENNES = 'content/ateliers/bretagne/2026-09-12-rennes.md';
const BODY = '\n## Ce qui fonctionne\n\n- La recherche est rapide.\n';
const header = (lines: string) => `---\n${lines}\n---\n${BODY}`;
const BASE = 'titre: Atelier\ndate: 2026-09-12\nformat: presentiel\nregion: Bretagne';

describe('header slips with one obvious fix: the line to write', () => {
  it('a region written as a list (was « Entrée invalide » with a Nouvelle-Aquitaine example)', () => {
    const result = parse(header(BASE.replace('region: Bretagne', 'region: [Bretagne]')), RENNES);
    expect(codes(result)).toEqual(['champ-invalide@5']);
    expect(result.diagnostics[0]?.message).toBe('Dans l’en-tête, « region » est une liste (entre crochets) : une seule valeur est attendue.');
    expect(result.diagnostics[0]?.hint).toBe('Une seule région, sans crochets : « region: Bretagne ».');
    expect(result.diagnostics[0]?.severity).toBe('blocking');
  });

  it('a title holding « : » unquoted', () => {
    const result = parse(header(BASE.replace('titre: Atelier', 'titre: Atelier Bretagne : Rennes')), RENNES);
    expect(codes(result)).toEqual(['yaml-invalide@2']);
    expect(result.diagnostics[0]?.hint).toBe('La valeur de la ligne 2 contient « : » : mettez-la entre guillemets, « titre: "Atelier Bretagne : Rennes" ».');
  });

  it('keeps the general advice when no line has that shape', () => {
    const result = parse(header(`${BASE}\nstructures: ["ML`), RENNES);
    expect(result.diagnostics[0]?.hint).toContain('Corrigez la ligne indiquée ou celle juste au-dessus');
  });

  it('names the line after which to close a header never closed', () => {
    const result = parse(`---\n${BASE}\nparticipants:\n  total: 12\n\n## Ce qui fonctionne\n\n- La recherche est rapide.\n`, RENNES);
    expect(codes(result)).toContain('en-tete-non-ferme@1');
    expect(result.diagnostics.find((d) => d.code === 'en-tete-non-ferme')?.hint).toBe('Ajoutez une ligne « --- » après la ligne 7, la dernière de l’en-tête.');
  });

  it('départements written without brackets', () => {
    const result = parse(header(`${BASE}\ndepartements: 35, 22`), RENNES);
    expect(codes(result)).toEqual(['departement-inconnu@6']);
    expect(result.diagnostics[0]?.hint).toBe('Pour plusieurs départements, écrivez la liste entre crochets : « departements: [35, 22] ».');
  });

  it('a postal code for a département', () => {
    const result = parse(header(`${BASE}\ndepartements: ["29000"]`), RENNES);
    expect(codes(result)).toEqual(['departement-inconnu@6']);
    expect(result.diagnostics[0]?.hint).toBe('« 29000 » est un code postal : son département est 29 (Finistère) ; écrivez « 29 ».');
  });
});
