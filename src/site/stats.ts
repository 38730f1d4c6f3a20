/**
 * The numbers `<Figure stat="…"/>` prints in the white paper. Item counts go through
 * `filterItems`/`totals`; the other figures are read from the Synthesis as they are.
 */
import { filterItems, countBy, totals } from '../pipeline/analysis/count-by.ts';
import type { ItemFilter } from '../pipeline/analysis/count-by.ts';
import { ContentError, FILTER_NAMES, contentError, resolveFilter, type AuthorFilter, type FilterName, type Problem } from './filters.ts';
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

/** Names an author can use, with what they mean (the components' reference in docs/formats.md, src/site/component-reference.ts; the error for an unknown one names them). */
export const STATS: Readonly<Record<string, string>> = {
  items: 'éléments publiés',
  weight: 'poids des éléments (votes compris)',
  share: 'part, parmi **tous** les éléments publiés, de ceux que les filtres retiennent, en % : `tag="needs"` donne la part des besoins dans l’ensemble ; `theme="…" tag="needs"` n’est pas une part « des besoins » (voir `share-within-tag`)',
  'share-within-tag': 'part, parmi les éléments de l’étiquette donnée (`tag`), de ceux que les autres filtres retiennent, en % : `tag="needs" theme="…"` se lit « X % des besoins portent sur ce thème »',
  'share-within-theme': 'part, parmi les éléments du thème donné (`theme`), de ceux que les autres filtres retiennent, en % : `theme="…" tag="broken"` se lit « X % des éléments de ce thème sont des dysfonctionnements »',
  'share-within-region': 'part, parmi les éléments de la région donnée (`region`), de ceux que les autres filtres retiennent, en % : `region="Bretagne" tag="needs"` se lit « X % des éléments de Bretagne sont des besoins »',
  'share-within-profile': 'part, parmi les éléments du profil donné (`profile`), de ceux que les autres filtres retiennent, en % : `profile="jeune" tag="needs"` se lit « X % des contributions des jeunes sont des besoins »',
  'share-within-format': 'part, parmi les éléments du format donné (`format`), de ceux que les autres filtres retiennent, en % : `format="distanciel" tag="broken"` se lit « X % des éléments des sessions à distance sont des dysfonctionnements »',
  regions: 'régions représentées : celles d’où vient au moins un élément publié (de la sélection si un filtre est donné)',
  departments: 'départements représentés',
  sessions: 'sessions (ateliers et enquêtes) ; filtrées : celles qui ont au moins un élément de la sélection',
  workshops: 'ateliers (filtrés comme sessions)',
  surveys: 'enquêtes (filtrées comme sessions)',
  participants: 'participants déclarés aux ateliers',
  respondents: 'répondants aux enquêtes ; filtrés par `profile`, ceux de ce profil (sans ceux dont le profil n’est pas publié)',
  themes: 'thèmes de la taxonomie (hors « Autres »)',
  ideas: 'idées fortes publiées (les 100 plus partagées, et celles à égalité avec la centième)',
  'ideas-regions': 'idées fortes publiées partagées par au moins deux régions',
  'ideas-found': 'idées fortes que fait ressortir la consultation, publiées ou non (ne se filtre pas)',
  read: 'entrées lues',
  kept: 'entrées retenues',
  rejected: 'entrées écartées',
  published: 'éléments publiés',
  'themed-share': 'part des éléments rattachés à un thème, en %',
  convergence: 'indice global de ressemblance, en % : à quel point la répartition des besoins de chaque région entre les thèmes ressemble à celle de l’ensemble de la consultation (100 % : la même), en moyenne sur les régions ; ce n’est pas l’indice de convergence d’un thème (`<Rank by="convergence" show="consensus"/>`)',
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
    case 'share-within-tag':
    case 'share-within-theme':
    case 'share-within-region':
    case 'share-within-profile':
    case 'share-within-format':
      return shareWithin(site, stat.slice(SHARE_WITHIN.length) as FilterName, itemFilter, where);
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
    case 'respondents': {
      // Respondents are declared per survey and per profile, not per item: a profile filter reads the survey's profiles.
      const profiles = itemFilter.profile === undefined ? null : [itemFilter.profile].flat();
      const surveys = synthesis.sessions.filter((s) => s.kind === 'survey');
      return count(surveys.reduce((n, s) => n + (profiles === null ? (s.participants ?? 0) : profiles.reduce((m, p) => m + (s.profiles[p] ?? 0), 0)), 0));
    }
    case 'themes':
      return count(synthesis.themes.filter((t) => t.id !== 'autres').length);
    case 'ideas':
      return count(ideasMatching(synthesis.ideas, itemFilter).length);
    case 'ideas-found':
      return count(synthesis.ideasFound);
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

/** `share-within-tag`, `share-within-region`…: the filter named after the prefix is the whole. */
const SHARE_WITHIN = 'share-within-';

/**
 * The filter a `share-within-…` stat takes its share within, or null for another stat. That filter is
 * required, and at least one other (`shareWithin` refuses the figure without them); the components'
 * reference says so from here.
 */
export function shareWithinWhole(stat: string): FilterName | null {
  if (!stat.startsWith(SHARE_WITHIN)) return null;
  const whole = stat.slice(SHARE_WITHIN.length);
  return FILTER_NAMES.find((name) => name === whole) ?? null;
}

/** The whole of each `share-within-…`, in French, and an example that reads right. */
const WHOLES: Readonly<Record<FilterName, { label: string; example: string }>> = {
  tag: { label: 'de l’étiquette donnée', example: '<Figure stat="share-within-tag" tag="needs" theme="…"/> des besoins' },
  theme: { label: 'du thème donné', example: '<Figure stat="share-within-theme" theme="…" tag="broken"/> des éléments de ce thème' },
  region: { label: 'de la région donnée', example: '<Figure stat="share-within-region" region="…" tag="needs"/> des éléments de la région' },
  profile: { label: 'du profil donné', example: '<Figure stat="share-within-profile" profile="jeune" tag="needs"/> des contributions des jeunes' },
  format: { label: 'du format donné', example: '<Figure stat="share-within-format" format="distanciel" tag="broken"/> des éléments des ateliers à distance' },
};

/**
 * The share, among the items the `whole` filter selects (the needs, a region's items…), of those the
 * other filters select: « 25 % des besoins » where `share` gives 10 % of all items. Its parts add up
 * to 100 % as `share`'s do (`splitShareText`, within the whole); a theme stands alone (themes overlap).
 */
function shareWithin(site: Site, whole: FilterName, itemFilter: ItemFilter, where: string): StatValue {
  const { [whole]: wholeValue, ...rest } = itemFilter;
  const { label, example } = WHOLES[whole];
  if (wholeValue === undefined) {
    throw contentError(where, [{
      code: 'chapitre-propriete-manquante',
      prop: whole,
      message: `la part se calcule parmi les éléments ${label} par ${whole} : la propriété ${whole} manque`,
      hint: `Par exemple : ${example}.`,
    }]);
  }
  if (Object.keys(rest).length === 0) {
    throw contentError(where, [{
      code: 'chapitre-propriete-manquante',
      message: `sans autre filtre que ${whole}, la part vaudrait toujours 100 %`,
      hint: `Ajoutez le filtre qui dit de quelle part il s’agit, par exemple : ${example}.`,
    }]);
  }
  const wholeItems = filterItems(site.synthesis.items, { [whole]: wholeValue });
  const value = wholeItems.length === 0 ? 0 : filterItems(wholeItems, rest).length / wholeItems.length;
  return { value, text: splitShareText(wholeItems, rest) ?? formatPercent(value) };
}
