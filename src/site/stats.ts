/**
 * The numbers `<Figure stat="…"/>` prints in the white paper. Item counts go through
 * `filterItems`/`totals`; the other figures are read from the Synthesis as they are.
 */
import { filterItems, countBy, totals } from '../pipeline/analysis/count-by.ts';
import { ContentError, resolveFilter, type AuthorFilter } from './filters.ts';
import type { Site } from './site.ts';
import { formatInteger, formatPercent } from './format.ts';

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
  regions: 'régions représentées (parmi les éléments filtrés si un filtre est donné)',
  departments: 'départements représentés',
  sessions: 'sessions (ateliers et enquêtes)',
  workshops: 'ateliers',
  surveys: 'enquêtes',
  participants: "participants déclarés aux ateliers",
  themes: 'thèmes de la taxonomie (hors « Autres »)',
  ideas: 'idées fortes (filtrables par tag, theme)',
  'ideas-regions': 'idées fortes partagées par au moins deux régions',
  read: 'entrées lues',
  kept: 'entrées retenues',
  rejected: 'entrées écartées',
  published: 'éléments publiés',
  'themed-share': 'part des éléments rattachés à un thème, en %',
  convergence: 'indice global de convergence des besoins entre régions, en %',
  warnings: 'avertissements du tir à blanc',
};

export function resolveStat(site: Site, stat: string, filter: AuthorFilter = {}): StatValue {
  const where = `<Figure stat="${stat}">`;
  const itemFilter = resolveFilter(site, filter, where);
  const filtered = () => filterItems(site.synthesis.items, itemFilter);
  const { synthesis } = site;
  const count = (value: number): StatValue => ({ value, text: formatInteger(value) });
  const share = (value: number): StatValue => ({ value, text: formatPercent(value) });
  switch (stat) {
    case 'items':
      return count(filtered().length);
    case 'weight':
      return count(totals(filtered()).weight);
    case 'share': {
      const total = synthesis.items.length;
      return share(total === 0 ? 0 : filtered().length / total);
    }
    case 'regions':
      return count(Object.keys(itemFilter).length ? countBy(filtered(), ['region']).filter((r) => r.keys[0] !== '').length : synthesis.regions.length);
    case 'departments':
      return count(countBy(filtered(), ['department']).filter((r) => r.keys[0] !== '').length);
    case 'sessions':
      return count(synthesis.sessions.length);
    case 'workshops':
      return count(synthesis.sessions.filter((s) => s.kind === 'workshop').length);
    case 'surveys':
      return count(synthesis.sessions.filter((s) => s.kind === 'survey').length);
    case 'participants':
      return count(synthesis.sessions.reduce((n, s) => n + (s.kind === 'workshop' ? (s.participants ?? 0) : 0), 0));
    case 'themes':
      return count(synthesis.themes.filter((t) => t.id !== 'autres').length);
    case 'ideas':
      return count(
        synthesis.ideas.filter(
          (idea) =>
            (itemFilter.tag === undefined || idea.tag === itemFilter.tag) &&
            (itemFilter.theme === undefined || idea.themes.includes(String(itemFilter.theme))),
        ).length,
      );
    case 'ideas-regions':
      return count(synthesis.ideas.filter((idea) => idea.regions.length >= 2).length);
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
