/**
 * The numbers `<Figure stat="…"/>` prints in the white paper. Item counts go through
 * `filterItems`/`totals`; the other figures are read from the Synthesis as they are.
 */
import { filterItems, countBy, totals } from '../pipeline/analysis/count-by.ts';
import { ContentError, contentError, resolveFilter, type AuthorFilter, type Problem } from './filters.ts';
import { STAT_FILTERS } from './filter-scope.ts';
import { ideasMatching } from './ideas-filter.ts';
import type { Site } from './site.ts';
import { formatInteger, formatPercent } from './format.ts';
import { regionCoverage } from './region-coverage.ts';
import { splitShareText } from './shares.ts';

export interface StatValue {
  value: number;
  /** What is printed: `1 234` or `42 %`. */
  text: string;
}

/** Names an author can use, with what they mean (shown in the error for an unknown one). */
export const STATS: Readonly<Record<string, string>> = {
  items: 'éléments publiés (filtrables par tag, theme, region, profile, format)',
  weight: 'poids des éléments (votes compris), filtrable',
  share: 'part des éléments publiés qui passent le filtre, en %',
  regions: "régions représentées : celles d’où vient au moins un élément publié (de la sélection si un filtre est donné)",
  departments: 'départements représentés',
  sessions: 'sessions (ateliers et enquêtes) ; filtrées : celles qui ont au moins un élément de la sélection',
  workshops: 'ateliers (filtrés comme sessions)',
  surveys: 'enquêtes (filtrées comme sessions)',
  participants: 'participants déclarés aux ateliers (filtrables par region, format)',
  themes: 'thèmes de la taxonomie (hors « Autres »)',
  ideas: 'idées fortes (filtrables par tag, theme, region)',
  'ideas-regions': 'idées fortes partagées par au moins deux régions (filtrables comme ideas)',
  read: 'entrées lues',
  kept: 'entrées retenues',
  rejected: 'entrées écartées',
  published: 'éléments publiés',
  'themed-share': 'part des éléments rattachés à un thème, en %',
  convergence: 'indice global de convergence des besoins entre régions, en %',
  warnings: 'avertissements du tir à blanc',
};

/** Filters given that `stat` would not apply: refused rather than printing an unfiltered number. */
export function statScopeProblems(stat: string, filter: AuthorFilter): Problem[] {
  const accepted = STAT_FILTERS[stat];
  if (!accepted) return [];
  return (Object.keys(filter) as Array<keyof AuthorFilter>)
    .filter((name) => filter[name] !== undefined && !accepted.includes(name))
    .map((name) => ({
      code: 'chapitre-filtre-sans-effet',
      prop: name,
      message: `le filtre ${name} n’a pas de sens pour stat="${stat}"`,
      hint: accepted.length ? `Filtres possibles pour « ${stat} » : ${accepted.join(', ')}.` : `« ${stat} » ne se filtre pas : retirez ${name}.`,
    }));
}

export function resolveStat(site: Site, stat: string, filter: AuthorFilter = {}): StatValue {
  const where = `<Figure stat="${stat}">`;
  const outOfScope = statScopeProblems(stat, filter);
  if (outOfScope.length) throw contentError(where, outOfScope);
  const itemFilter = resolveFilter(site, filter, where);
  const filtered = () => filterItems(site.synthesis.items, itemFilter);
  const filteredOn = Object.keys(itemFilter).length > 0;
  const { synthesis } = site;
  const count = (value: number): StatValue => ({ value, text: formatInteger(value) });
  const share = (value: number): StatValue => ({ value, text: formatPercent(value) });
  // Filtered, a session counts when it has at least one item of the selection (`countBy` on sessions).
  const sessions = () => {
    if (!filteredOn) return synthesis.sessions;
    const ids = new Set(countBy(filtered(), ['session']).map((row) => row.keys[0]));
    return synthesis.sessions.filter((s) => ids.has(s.id));
  };
  switch (stat) {
    case 'items':
      return count(filtered().length);
    case 'weight':
      return count(totals(filtered()).weight);
    case 'share': {
      const total = synthesis.items.length;
      const value = total === 0 ? 0 : filtered().length / total;
      // One part of the split along the filter's dimensions: the three tags' chapters add up to 100 %.
      return { value, text: splitShareText(synthesis.items, itemFilter) ?? formatPercent(value) };
    }
    case 'regions':
      // Represented = with published items, as on the home page and the map: a region whose only session had
      // everything set aside is in `synthesis.regions` (it has a page) but represents nobody.
      return count(regionCoverage(site, itemFilter).represented.length);
    case 'departments':
      return count(countBy(filtered(), ['department']).filter((r) => r.keys[0] !== '').length);
    case 'sessions':
      return count(sessions().length);
    case 'workshops':
      return count(sessions().filter((s) => s.kind === 'workshop').length);
    case 'surveys':
      return count(sessions().filter((s) => s.kind === 'survey').length);
    case 'participants':
      return count(sessions().reduce((n, s) => n + (s.kind === 'workshop' ? (s.participants ?? 0) : 0), 0));
    case 'themes':
      return count(synthesis.themes.filter((t) => t.id !== 'autres').length);
    case 'ideas':
      return count(ideasMatching(synthesis.ideas, itemFilter).length);
    case 'ideas-regions':
      return count(ideasMatching(synthesis.ideas, itemFilter).filter((idea) => idea.regions.length >= 2).length);
    case 'read':
    case 'kept':
    case 'rejected':
    case 'published':
      return count(synthesis.reconciliation[stat]);
    case 'themed-share':
      return share(synthesis.themedShare);
    case 'convergence':
      if (synthesis.convergence.overall === null) return { value: Number.NaN, text: 'non calculable' };
      return share(synthesis.convergence.overall);
    case 'warnings':
      return count(synthesis.diagnostics.filter((d) => d.severity === 'warning').length);
    default:
      throw new ContentError(
        `${where} : statistique inconnue. Valeurs possibles : ${Object.keys(STATS).join(', ')}.`,
      );
  }
}
