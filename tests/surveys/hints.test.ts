/**
 * Hints that point the user the right way: a department typed where a column is expected, a survey's
 * duplicate answers, and `departement_fixe`, the key such a user was looking for.
 */
import { describe, expect, it } from 'vitest';
import { validateItems } from '../../src/pipeline/validate.ts';
import { codes, only, parse, SIDECAR } from './helpers.ts';

const CSV = 'id;Commentaire\n1;La recherche est rapide\n2;Trop de clics\n';

describe('fixed department', () => {
  it('points `departement: "59"` to departement_fixe, not to the closest header « id »', () => {
    const result = parse(CSV, 'colonnes:\n  departement: "59"\n');
    const d = only(result.diagnostics, 'colonne-introuvable');
    expect([d.file, d.line, d.severity]).toEqual([SIDECAR, 2, 'blocking']);
    expect(d.hint).toContain('département Nord');
    expect(d.hint).toContain('departement_fixe: "59"');
    expect(d.hint).not.toContain('« id »');
    // A region's name, likewise, points to region_fixe.
    const region = only(parse(CSV, 'colonnes:\n  region: Bretagne\n').diagnostics, 'colonne-introuvable');
    expect(region.hint).toContain('region_fixe: Bretagne');
  });

  it('places every answer in the fixed department and its region', () => {
    const result = parse(CSV, 'colonnes:\n  departement_fixe: 59\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => [i.department, i.region])).toEqual([['59', '32'], ['59', '32']]);
    expect(result.sessions[0]).toMatchObject({ region: '32', departments: ['59'] });
    // A leading zero dropped by YAML (« 1 » for the Ain) is put back.
    expect(parse(CSV, 'colonnes:\n  departement_fixe: 1\n').items[0]).toMatchObject({ department: '01', region: '84' });
  });

  it('blocks on an unknown fixed department, or one outside region_fixe', () => {
    const unknown = parse(CSV, 'colonnes:\n  departement_fixe: Nordd\n');
    const d = only(unknown.diagnostics, 'departement-inconnu');
    expect([d.line, d.severity]).toEqual([2, 'blocking']);
    expect(d.hint).toContain('Nord');
    const outside = parse(CSV, 'colonnes:\n  region_fixe: Bretagne\n  departement_fixe: "59"\n');
    expect(codes(outside.diagnostics)).toEqual(['departement-hors-region@3']);
    expect(outside.diagnostics[0]?.severity).toBe('blocking');
    // A department in region_fixe is named as one, with the line to write instead.
    const department = only(parse(CSV, 'colonnes:\n  region_fixe: Gironde\n').diagnostics, 'region-inconnue');
    expect(department.hint).toBe('« Gironde » est un département (Gironde, région Nouvelle-Aquitaine) : écrivez « departement_fixe: 33 », la région s’en déduit, ou « region_fixe: Nouvelle-Aquitaine ».');
  });
});

describe('duplicate answers in a survey', () => {
  it('says a survey duplicate is most likely a double submission, without the notes’ « (N votes) »', () => {
    const text = 'Le logiciel est lent le lundi matin et il faut ouvrir quatre écrans pour saisir une seule situation.';
    const result = parse(`Commentaire\n"${text}"\n"${text}"\n`);
    const { diagnostics } = validateItems(result.items);
    const d = only(diagnostics, 'doublon');
    expect(d.line).toBe(3);
    expect(d.hint).not.toContain('votes');
    expect(d.hint).toContain('envoyée ou exportée deux fois');
    // Any export (a Decidim comment too), not only a questionnaire.
    expect(d.hint).not.toContain('questionnaire');
  });
});
