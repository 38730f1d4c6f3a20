/**
 * A component whose filters select nothing (`<Figure stat="items" theme="ia-redaction" region="Guyane"/>`):
 * it renders, but prints « 0 » or an empty list, which the author may not have meant. A zero can be the
 * point of the sentence, so this is only a warning. `<Rank>` is not here: with nothing to rank it
 * cannot render (chapitre-rang-introuvable).
 */
import { filterItems } from '../../pipeline/analysis/count-by.ts';
import { FILTER_NAMES, checkFilter, type AuthorFilter } from '../filters.ts';
import { ideasMatching } from '../ideas-filter.ts';
import type { Site } from '../site.ts';
import { resolveStat } from '../stats.ts';

export interface EmptySelection {
  /** The filters as written: `theme="ia-redaction", region="Guyane"`. */
  filters: string;
  /** What the reader will see. */
  effect: string;
}

/** `props`: already checked (valid values, filters the component applies). */
export function emptySelection(site: Site, name: string, props: Readonly<Record<string, unknown>>): EmptySelection | null {
  const given = FILTER_NAMES.filter((n) => typeof props[n] === 'string');
  if (!given.length) return null;
  const author: AuthorFilter = Object.fromEntries(given.map((n) => [n, props[n] as string]));
  const { filter, problems } = checkFilter(site, author);
  if (problems.length) return null;
  const filters = given.map((n) => `${n}="${String(props[n])}"`).join(', ');
  const noItems = () => filterItems(site.synthesis.items, filter).length === 0;
  const effect = (() => {
    switch (name) {
      case 'Figure':
        return resolveStat(site, String(props.stat), author).value === 0 ? 'la figure affichera 0' : null;
      case 'Verbatims':
        return noItems() ? 'la liste de verbatims sera vide' : null;
      case 'Chart':
        return noItems() ? 'le graphique sera vide' : null;
      case 'RegionMap':
        return noItems() ? 'la carte sera vide' : null;
      case 'StrongIdeas':
        return ideasMatching(site.synthesis.ideas, filter).length === 0 ? 'la liste d’idées fortes sera vide' : null;
      default:
        return null;
    }
  })();
  return effect ? { filters, effect } : null;
}
