import { describe, expect, it } from 'vitest';
import { filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { createSite } from '../../src/site/site.ts';
import { resolveStat } from '../../src/site/stats.ts';
import { resolveRank } from '../../src/site/rank.ts';
import { ContentError, resolveFilter } from '../../src/site/filters.ts';
import { checkComponent } from '../../src/site/component-check.ts';
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

  it('gives a share within a part (share-within-…): « X % des besoins », as <Rank show="share"> says it', () => {
    // 3 of the 6 needs are about pilotage-statistiques: 3 of all 14 items is another number (21 %).
    expect(resolveStat(site, 'share', { theme: 'pilotage-statistiques', tag: 'needs' }).text).toBe('21\u00a0%');
    const withinNeeds = resolveStat(site, 'share-within-tag', { theme: 'pilotage-statistiques', tag: 'needs' });
    expect(withinNeeds.value).toBe(3 / 6);
    expect(withinNeeds.text).toBe('50\u00a0%');
    expect(resolveRank(site, 'themes', { tag: 'needs' }, 1, 'label').text).toBe(site.themeLabel('pilotage-statistiques'));
    expect(resolveRank(site, 'themes', { tag: 'needs' }, 1, 'share').text).toBe(withinNeeds.text);
    // The whole may be any filter: Île-de-France's 6 items, 3 of them needs; the other way round, the
    // needs of Île-de-France among all needs.
    expect(resolveStat(site, 'share-within-region', { region: '11', tag: 'needs' }).text).toBe('50\u00a0%');
    expect(resolveStat(site, 'share-within-theme', { theme: 'saisie-ergonomie', tag: 'broken' }).value).toBe(2 / 6);
    expect(resolveStat(site, 'share-within-profile', { profile: 'conseiller', tag: 'needs' }).value).toBe(2 / 5);
    expect(resolveStat(site, 'share-within-format', { format: 'distanciel', tag: 'needs' }).value).toBe(2 / 4);
  });

  it('prints the parts of one whole so that they add up to 100 %, as share does', () => {
    // Within Île-de-France: 1, 2 and 3 of 6 items (16.7 + 33.3 + 50).
    const tags = (['working', 'broken', 'needs'] as const).map((tag) => resolveStat(site, 'share-within-region', { region: '11', tag }).text);
    expect(tags).toEqual(['17\u00a0%', '33\u00a0%', '50\u00a0%']);
    // Within the needs, by region: 3, 2 and 1 of 6.
    const regions = ['11', '75', '32'].map((region) => parseInt(resolveStat(site, 'share-within-tag', { tag: 'needs', region }).text, 10));
    expect(regions.reduce((sum, percent) => sum + percent, 0)).toBe(100);
  });

  it('refuses a share within a part whose whole or part is not given, in French, and the check says it', () => {
    expect(() => resolveStat(site, 'share-within-tag', { theme: 'pilotage-statistiques' })).toThrow(/la part se calcule parmi les éléments de l’étiquette donnée par tag : la propriété tag manque/);
    expect(() => resolveStat(site, 'share-within-tag', { tag: 'needs' })).toThrow(/sans autre filtre que tag, la part vaudrait toujours 100 %/);
    const problems = checkComponent(site, 'Figure', { stat: 'share-within-region', tag: 'needs' });
    expect(problems.map((p) => [p.code, p.prop])).toEqual([['chapitre-propriete-manquante', 'region']]);
    expect(problems[0]?.hint).toContain('<Figure stat="share-within-region" region="…" tag="needs"/>');
    expect(checkComponent(site, 'Figure', { stat: 'share-within-tag', tag: 'needs', theme: 'pilotage-statistiques' })).toEqual([]);
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

  it('counts survey respondents, by profile when asked, never a workshop’s participants', () => {
    const surveys = fixtureSynthesis.sessions.map((s) => (s.kind === 'survey' ? { ...s, participants: 40, profiles: { conseiller: 30, jeune: 4, 'non-publie': 6 } } : s));
    // One survey answer by a young person, so that profile="jeune" is a profile of the consultation.
    const answers = fixtureSynthesis.items.map((item) => (item.id === items.find((i) => i.profile === 'conseiller')?.id ? { ...item, profile: 'jeune' } : item));
    const withRespondents = createSite({ ...fixtureSynthesis, sessions: surveys, items: answers });
    expect(resolveStat(withRespondents, 'respondents').value).toBe(40);
    // The workshop of Saintes has 2 young participants: they are participants, not respondents.
    expect(resolveStat(withRespondents, 'respondents', { profile: 'jeune' }).value).toBe(4);
    expect(resolveStat(withRespondents, 'respondents', { profile: 'conseiller' }).text).toBe('30');
    // A survey without a declared count adds nothing.
    expect(resolveStat(site, 'respondents').value).toBe(0);
    expect(() => resolveStat(withRespondents, 'respondents', { region: '75' })).toThrow(/le filtre region n’a pas de sens pour stat="respondents"/);
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
