/**
 * `<Rank by="themes" tag="broken"/>`: the n-th theme, region, convergent need or strong idea of a
 * selection, so that the prose can name "the most frequent complaint" without ever going stale.
 */
import { byCountDescending, countBy, filterItems } from '../pipeline/analysis/count-by.ts';
import type { Dimension } from '../pipeline/synthesis-model.ts';
import { ContentError, contentError, resolveFilter, type AuthorFilter, type Problem } from './filters.ts';
import { RANK_SCOPE } from './filter-scope.ts';
import { ideasMatching } from './ideas-filter.ts';
import { formatInteger, formatPercent } from './format.ts';
import { formatWholePercent, wholePercents } from './shares.ts';
import type { Site } from './site.ts';
import { regionUrl, themeUrl } from './urls.ts';

export type RankBy = 'themes' | 'regions' | 'convergence' | 'ideas';
export type RankShow = 'label' | 'items' | 'share' | 'consensus' | 'regions';

export interface RankResult {
  text: string;
  /** Link to the theme, region or idea's representative item, when `show` is `label`. */
  href?: string;
}

/** Filters and `show` values that `by` would not apply: refused rather than printing a national answer. */
export function rankScopeProblems(by: string, filter: AuthorFilter, show: string): Problem[] {
  const scope = RANK_SCOPE[by];
  if (!scope) return [];
  const problems: Problem[] = (Object.keys(filter) as Array<keyof AuthorFilter>)
    .filter((name) => filter[name] !== undefined && !scope.filters.includes(name))
    .map((name) => ({
      code: 'chapitre-filtre-sans-effet',
      prop: name,
      message: `le filtre ${name} n’a pas de sens pour by="${by}"`,
      hint: `Filtres possibles pour « ${by} » : ${scope.filters.join(', ')}.`,
    }));
  if (!scope.show.includes(show)) {
    problems.push({
      code: 'chapitre-valeur-inconnue',
      prop: 'show',
      message: `show="${show}" n’est pas possible avec by="${by}"`,
      hint: `Valeurs possibles : ${scope.show.join(', ')}.`,
    });
  }
  return problems;
}

export function resolveRank(site: Site, by: string, filter: AuthorFilter, rank = 1, show: string = 'label'): RankResult {
  const where = `<Rank by="${by}" rank={${rank}}>`;
  const outOfScope = rankScopeProblems(by, filter, show);
  if (outOfScope.length) throw contentError(where, outOfScope);
  const itemFilter = resolveFilter(site, filter, where);
  const pick = <T>(list: readonly T[]): T => {
    const found = list[rank - 1];
    if (found === undefined || rank < 1) {
      throw contentError(where, [{ code: 'chapitre-rang-introuvable', prop: 'rank', message: `rang introuvable (rank={${rank}})`, hint: list.length ? `La sélection en compte ${list.length} : choisissez un rang de 1 à ${list.length}.` : 'La sélection est vide : élargissez le filtre.' }]);
    }
    return found;
  };
  const bad = () => new ContentError(`${where} : show="${show}" n’est pas possible ici.`);
  switch (by) {
    case 'themes':
    case 'regions': {
      const dimension: Dimension = by === 'themes' ? 'theme' : 'region';
      const items = filterItems(site.synthesis.items, itemFilter);
      const all = countBy(items, [dimension]);
      const rows = byCountDescending(all).filter((r) => r.keys[0] !== '' && r.keys[0] !== 'autres');
      const row = pick(rows);
      const key = row.keys[0] ?? '';
      if (show === 'items') return { text: formatInteger(row.items) };
      if (show === 'share') {
        // Regions cut the selection into parts (its items without a region one more): the regions' shares
        // add up to 100 %. Themes overlap (an item may have several): each share stands alone.
        if (dimension === 'theme') return { text: formatPercent(items.length ? row.items / items.length : 0) };
        const percents = wholePercents(all.map((r) => r.items));
        return { text: formatWholePercent(percents[all.findIndex((r) => r.keys[0] === key)] ?? 0) };
      }
      if (show !== 'label') throw bad();
      if (dimension === 'theme') return { text: site.themeLabel(key), href: themeUrl(key) };
      const region = site.regionByCode.get(key);
      return region ? { text: region.name, href: regionUrl(region) } : { text: key };
    }
    case 'convergence': {
      const tag = itemFilter.tag ?? 'needs';
      const theme = pick(site.synthesis.convergence.themes.filter((t) => t.tag === tag && t.consensus !== null));
      if (show === 'consensus') return { text: formatPercent(theme.consensus ?? 0) };
      // The regions that speak of it, as for an idea: « N sur M » read as « of all M regions » while M
      // counts only the regions with enough items of the tag (`regionsMentioningPhrase` says it in full).
      if (show === 'regions') return { text: formatInteger(theme.regionsMentioning) };
      if (show !== 'label') throw bad();
      return { text: site.themeLabel(theme.theme), href: themeUrl(theme.theme) };
    }
    case 'ideas': {
      const idea = pick(ideasMatching(site.synthesis.ideas, itemFilter));
      if (show === 'items') return { text: formatInteger(idea.members.length) };
      if (show === 'regions') return { text: formatInteger(idea.regions.length) };
      if (show !== 'label') throw bad();
      const href = site.permalinks.get(idea.representative);
      return href ? { text: idea.label, href } : { text: idea.label };
    }
    default:
      throw new ContentError(`${where} : « by » attend themes, regions, convergence ou ideas.`);
  }
}
