/**
 * A column of places under a header nothing recognises (« Régoin »), and misspelt role headers: said
 * for what they are, with the setting that reads them, instead of « Rien à faire ».
 */
import { describe, expect, it } from 'vitest';
import { misspeltRole } from '../../src/pipeline/ingest/surveys/header-typos.ts';
import { codes, only, parse } from './helpers.ts';

const csv = (header: string, places: readonly string[]): string =>
  `${header};Ce qui fonctionne\n` + places.map((place, i) => `${place};Réponse numéro ${i + 1} sur l’agenda\n`).join('');

describe('a column of places nothing reads', () => {
  it('says a misspelt region header holds regions, with the header meant and the setting', () => {
    const result = parse(csv('Régoin', ['Bretagne', 'Normandie', 'Occitanie', 'Bretagne', 'Grand Est']));
    expect(codes(result.diagnostics)).toEqual(['colonne-de-lieu-non-lue@1']);
    const d = only(result.diagnostics, 'colonne-de-lieu-non-lue');
    expect(d.message).toContain('La colonne « Régoin » contient des régions : « Bretagne », « Normandie », « Occitanie »… (5 réponses sur 5)');
    expect(d.hint).toContain('« Régoin » est sans doute « Région » mal orthographié');
    expect(d.hint).toContain('colonnes: { region: "Régoin" }');
    expect(d.column).toBe(1);
    expect(result.items.every((item) => item.region === null)).toBe(true);
  });

  it('is said beside text columns a sidecar names: losing every region is no written choice', () => {
    const result = parse(csv('Régoin', ['Bretagne', 'Normandie']), 'colonnes:\n  textes: [Ce qui fonctionne]\n');
    expect(codes(result.diagnostics)).toEqual(['colonne-de-lieu-non-lue@1']);
  });

  it('reads the column once the setting the hint gives is written', () => {
    const result = parse(csv('Régoin', ['Bretagne', 'Normandie']), 'colonnes:\n  region: Régoin\n');
    expect(result.items.map((item) => item.region)).toEqual(['53', '28']);
    expect(codes(result.diagnostics)).toEqual([]);
  });

  it('says a column of department names holds departments, with the departement setting', () => {
    const result = parse(csv('Lieu', ['Ille-et-Vilaine', 'Isère', 'Nord', 'Isère']));
    const d = only(result.diagnostics, 'colonne-de-lieu-non-lue');
    expect(d.message).toContain('contient des départements : « Ille-et-Vilaine », « Isère », « Nord »');
    expect(d.hint).toContain('colonnes: { departement: "Lieu" }');
  });

  it('leaves alone a survey that reads a place, and answers that name a region now and then', () => {
    const withRegion = parse('Région;Lieu de naissance;Ce qui fonctionne\nBretagne;Normandie;Bien\nNormandie;Bretagne;Très bien\n');
    expect(withRegion.diagnostics.some((d) => d.code === 'colonne-de-lieu-non-lue')).toBe(false);
    const free = parse(csv('Remarque sur le lieu', ['Bretagne', 'Plus de rendez-vous en Normandie', 'Un agenda partagé', 'Occitanie']));
    expect(free.diagnostics.some((d) => d.code === 'colonne-de-lieu-non-lue')).toBe(false);
  });
});

describe('misspelt role headers', () => {
  it('are found one edit or one swap away, not two edits that reach another word', () => {
    expect(misspeltRole('Régoin')?.setting).toBe('region');
    expect(misspeltRole('Votre régoin')?.setting).toBe('region');
    expect(misspeltRole('Regin')?.setting).toBe('region');
    expect(misspeltRole('Proifl')?.setting).toBe('profil');
    expect(misspeltRole('Départment')?.setting).toBe('departement');
    expect(misspeltRole('Région')).toBeNull();
    expect(misspeltRole('Religion')).toBeNull();
    expect(misspeltRole('Âge')).toBeNull();
  });

  it('name the header meant in the unread columns’ line instead of « Rien à faire »', () => {
    // Not places: the column is not said to hold any, but its header still says what it is.
    const result = parse(csv('Proifl', ['Conseiller', 'Accueil', 'Conseiller', 'Direction', 'Conseiller', 'Accueil']));
    const d = only(result.diagnostics, 'colonnes-fermees-non-lues');
    expect(d.hint).toContain('« Proifl » est sans doute « Profil » mal orthographié');
    expect(d.hint).toContain('colonnes: { profil: "Proifl" }');
    expect(d.hint).not.toContain('Rien à faire');
  });
});
