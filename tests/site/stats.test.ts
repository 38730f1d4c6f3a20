import { describe, expect, it } from 'vitest';
import { filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { createSite } from '../../src/site/site.ts';
import { resolveStat } from '../../src/site/stats.ts';
import { resolveRank } from '../../src/site/rank.ts';
import { ContentError, resolveFilter } from '../../src/site/filters.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const site = createSite(fixtureSynthesis);
const items = fixtureSynthesis.items;

describe('<Figure stat>', () => {
  it('counts items through filterItems, with or without a filter', () => {
    expect(resolveStat(site, 'items').value).toBe(14);
    expect(resolveStat(site, 'items', { tag: 'needs' }).value).toBe(filterItems(items, { tag: 'needs' }).length);
    expect(resolveStat(site, 'items', { theme: 'saisie-ergonomie', tag: 'broken' }).value).toBe(2);
    expect(resolveStat(site, 'weight', { tag: 'broken' }).value).toBe(16);
  });

  it('accepts a region by INSEE code or by name, accents and case forgiven', () => {
    expect(resolveStat(site, 'items', { region: '11' }).value).toBe(6);
    expect(resolveStat(site, 'items', { region: 'ile-de-france' }).value).toBe(6);
    expect(resolveStat(site, 'items', { region: 'ÎLE-DE-FRANCE' }).value).toBe(6);
  });

  it('prints shares as French percentages', () => {
    expect(resolveStat(site, 'share', { tag: 'needs' }).text).toBe('43\u00a0%');
    expect(resolveStat(site, 'themed-share').text).toBe('93\u00a0%');
  });

  it('reads sessions, regions, reconciliation and ideas from the Synthesis', () => {
    expect(resolveStat(site, 'sessions').value).toBe(3);
    expect(resolveStat(site, 'workshops').value).toBe(2);
    expect(resolveStat(site, 'surveys').value).toBe(1);
    expect(resolveStat(site, 'participants').value).toBe(20);
    expect(resolveStat(site, 'regions').value).toBe(3);
    expect(resolveStat(site, 'regions', { theme: 'communication-jeunes' }).value).toBe(1);
    expect(resolveStat(site, 'read').value).toBe(15);
    expect(resolveStat(site, 'rejected').value).toBe(1);
    expect(resolveStat(site, 'ideas').value).toBe(1);
    expect(resolveStat(site, 'ideas', { tag: 'broken' }).value).toBe(0);
    expect(resolveStat(site, 'themes').value).toBe(4);
    expect(resolveStat(site, 'warnings').value).toBe(2);
  });

  it('counts warnings only: an info (how a text was read) is no warning', () => {
    const info = { code: 'tableau-lu', severity: 'info', message: 'Le tableau est lu ligne par ligne.', file: 'a.md', line: 3, column: 1 } as const;
    const withInfos = createSite({ ...fixtureSynthesis, diagnostics: [...fixtureSynthesis.diagnostics, info, { ...info, line: 9 }] });
    expect(resolveStat(withInfos, 'warnings').value).toBe(2);
  });

  it('stops the build with a French message on an unknown stat or value', () => {
    expect(() => resolveStat(site, 'nimporte')).toThrow(ContentError);
    expect(() => resolveStat(site, 'nimporte')).toThrow(/statistique inconnue/);
    expect(() => resolveStat(site, 'items', { theme: 'meteo' })).toThrow(/thème inconnu « meteo »/);
    expect(() => resolveStat(site, 'items', { tag: 'good' })).toThrow(/étiquette inconnue/);
    expect(() => resolveStat(site, 'items', { region: 'Bretagne' })).toThrow(/absente de la consultation/);
    expect(() => resolveFilter(site, { format: 'visio' }, '<X>')).toThrow(/format inconnu/);
  });
});

describe('<Rank>', () => {
  it('names the n-th theme of a selection and its count, skipping « Autres »', () => {
    expect(resolveRank(site, 'themes', { tag: 'needs' })).toEqual({ text: 'Pilotage, statistiques et requêtes', href: '/themes/pilotage-statistiques/' });
    expect(resolveRank(site, 'themes', { tag: 'needs' }, 1, 'items').text).toBe('3');
    expect(resolveRank(site, 'themes', {}, 1).text).toBe('Saisie et ergonomie');
    expect(resolveRank(site, 'regions', {}, 1)).toEqual({ text: 'Île-de-France', href: '/regions/ile-de-france/' });
  });

  it('reads convergence and ideas in their published order', () => {
    expect(resolveRank(site, 'convergence', {}).text).toBe('Pilotage, statistiques et requêtes');
    // Not « 2 sur 3 »: the 3 are only the regions counted, read as « every region » in the prose.
    expect(resolveRank(site, 'convergence', {}, 1, 'regions').text).toBe('2');
    expect(resolveRank(site, 'ideas', {}, 1)).toEqual({ text: 'Un tableau de bord par conseiller.', href: '/sessions/atelier-idf-paris/#e-a04' });
    expect(resolveRank(site, 'ideas', {}, 1, 'regions').text).toBe('2');
  });

  it('refuses a rank that does not exist', () => {
    expect(() => resolveRank(site, 'ideas', {}, 2)).toThrow(/rang introuvable/);
    expect(() => resolveRank(site, 'cities', {})).toThrow(ContentError);
  });
});

describe('filters are applied or refused, never ignored', () => {
  it('counts sessions, workshops and participants of a selection (sessions with at least one item of it)', () => {
    expect(resolveStat(site, 'workshops', { region: '11' }).value).toBe(1);
    expect(resolveStat(site, 'sessions', { region: 'Île-de-France' }).value).toBe(2);
    expect(resolveStat(site, 'surveys', { region: '75' }).value).toBe(0);
    expect(resolveStat(site, 'participants', { region: '75' }).value).toBe(8);
    expect(resolveStat(site, 'workshops', { theme: 'communication-jeunes' }).value).toBe(1);
  });

  it('filters strong ideas by region and theme, in the figure and the rank alike', () => {
    expect(resolveStat(site, 'ideas', { region: '11' }).value).toBe(1);
    expect(resolveStat(site, 'ideas', { region: '75' }).value).toBe(0);
    expect(resolveStat(site, 'ideas', { theme: 'saisie-ergonomie' }).value).toBe(0);
    expect(resolveRank(site, 'ideas', { theme: 'pilotage-statistiques' }).text).toBe('Un tableau de bord par conseiller.');
    expect(() => resolveRank(site, 'ideas', { region: '75' })).toThrow(/rang introuvable/);
  });

  it('refuses a filter the figure or rank cannot apply, instead of printing the national number', () => {
    expect(() => resolveStat(site, 'convergence', { region: '11' })).toThrow(/le filtre region n’a pas de sens pour stat="convergence"/);
    expect(() => resolveStat(site, 'ideas', { profile: 'conseiller' })).toThrow(/le filtre profile n’a pas de sens/);
    expect(() => resolveRank(site, 'convergence', { region: '11' })).toThrow(/le filtre region n’a pas de sens pour by="convergence"/);
  });
});
