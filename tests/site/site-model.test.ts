import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/site/site.ts';
import { explorerUrl, regionUrl, slugify, themeUrl } from '../../src/site/urls.ts';
import { uniqueId } from '../../src/site/unique-id.ts';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, NAV } from '../../src/site/nav.ts';
import { formatInteger, formatPercent, plural, formatDate, formatFixed } from '../../src/site/format.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const site = createSite(fixtureSynthesis);

describe('createSite', () => {
  it('orders themes as the taxonomy with « Autres » last, regions alphabetically in French', () => {
    expect(site.themes.at(-1)?.id).toBe('autres');
    expect(site.regions.map((r) => r.name)).toEqual(['Hauts-de-France', 'Île-de-France', 'Nouvelle-Aquitaine']);
  });

  it('gives every item a permalink on its session page, and lists sessions in source order', () => {
    expect(site.permalinks.size).toBe(fixtureSynthesis.items.length);
    expect(site.permalinks.get('a03')).toBe('/sessions/atelier-idf-paris/#e-a03');
    expect(site.itemsBySession.get('atelier-idf-paris')?.map((i) => i.id)).toEqual(['a01', 'a02', 'a03', 'a04', 'a05']);
  });

  it('names missing values in French', () => {
    expect(site.regionName(null)).toBe('Sans région');
    expect(site.themeLabel('inconnu')).toBe('inconnu');
    expect(site.regionSlug('11')).toBe('ile-de-france');
  });
});

describe('urls', () => {
  it('slugifies French names without accents', () => {
    expect(slugify("Provence-Alpes-Côte d'Azur")).toBe('provence-alpes-cote-d-azur');
    expect(regionUrl({ name: 'Île-de-France' })).toBe('/regions/ile-de-france/');
    expect(themeUrl('saisie-ergonomie')).toBe('/themes/saisie-ergonomie/');
  });

  it('builds explorer links with only the filters given', () => {
    expect(explorerUrl()).toBe('/verbatims/');
    expect(explorerUrl({ theme: 'saisie-ergonomie', tag: 'needs' })).toBe('/verbatims/?tag=needs&theme=saisie-ergonomie');
  });
});

describe('uniqueId', () => {
  it('suffixes repeated ids within one page only', () => {
    const page = {};
    const other = {};
    expect(uniqueId(page, 'graphique')).toBe('graphique');
    expect(uniqueId(page, 'graphique')).toBe('graphique-2');
    expect(uniqueId(other, 'graphique')).toBe('graphique');
  });
});

describe('navigation and policy', () => {
  it('has the nine sections of the brief, in French', () => {
    expect(NAV.map((n) => n.label)).toEqual([
      'Accueil', 'Livre blanc', 'Thèmes', 'Régions', 'Ateliers', 'Verbatims', 'Recherche', 'Méthodologie', 'Téléchargements',
    ]);
  });

  it('never allows inline scripts or styles', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('under astro dev, only lets Vite inject styles: scripts stay as strict as in a build', () => {
    expect(DEV_CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
    expect(DEV_CONTENT_SECURITY_POLICY.replace(" 'unsafe-inline'", '')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('French formatting', () => {
  it('formats numbers, shares, plurals and dates the French way', () => {
    expect(formatInteger(1234567)).toBe('1\u202f234\u202f567');
    expect(formatPercent(0.42)).toBe('42\u00a0%');
    expect(plural(1, 'élément')).toBe('1 élément');
    expect(plural(0, 'élément')).toBe('0 élément');
    expect(plural(2, 'élément')).toBe('2 éléments');
    expect(formatDate('2026-09-12')).toBe('12 septembre 2026');
  });

  it('writes the first of the month as an ordinal, and nothing else', () => {
    expect(formatDate('2026-10-01')).toBe('1er octobre 2026');
    expect(formatDate('2026-10-11')).toBe('11 octobre 2026');
    expect(formatDate('2026-10-21')).toBe('21 octobre 2026');
  });

  it('gives every value of a column the same number of decimals', () => {
    expect(formatFixed(0.8, 2)).toBe('0,80');
    expect(formatFixed(0.84, 2)).toBe('0,84');
    expect(formatFixed(0.845, 2)).toBe('0,85');
  });
});
