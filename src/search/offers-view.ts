/**
 * Where else to look when the words are not enough: the themes and regions the query names, as links to the
 * explorer above the results (facet-offers.ts chooses them), and « Vouliez-vous dire … ? » after a query that
 * found nothing, a link that runs the corrected query.
 */
import { facetOffers, type FacetOffer } from './facet-offers.ts';
import type { FacetDimension, Manifest } from './format.ts';
import type { PageState } from './page-state.ts';
import { offerText } from './page-text.ts';
import { facetCounts, writeState, type Selection } from './selection.ts';
import type { FacetItem } from './store.ts';
import { element } from './ui.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';

export interface OffersView {
  /**
   * The themes and regions the query names, once the facet values (`items`) and the labels are loaded (none
   * before); with results, only one it spells out whole: a word found in the texts is the search.
   */
  named(state: PageState, items: readonly FacetItem[] | undefined, manifest: Manifest | undefined): FacetOffer[];
  /** Lists the offers (hidden when there are none). */
  show(offers: readonly FacetOffer[]): void;
  /**
   * « Vouliez-vous dire « corrected » ? », linking to the corrected query with the filters `selection`;
   * `pick` runs on a click instead of following the link. False when the page has no place for it.
   */
  suggest(corrected: string, selection: Selection, pick: () => void): boolean;
  hideSuggestion(): void;
}

/** `explorerLink`: the explorer's address for a selection (it lists the verbatims with no words to match). */
export function offersView(list: HTMLElement, suggestion: HTMLElement | null, explorerLink: (selection: Selection) => string): OffersView {
  let totals: Record<FacetDimension, Map<string, number>> | undefined; // counts over the whole consultation
  return {
    named(state, items, manifest) {
      if (!items || !manifest) return [];
      totals ??= facetCounts(items, {});
      return facetOffers(state.query, manifest, totals, state.hits.length > 0);
    },
    show(offers) {
      list.replaceChildren(
        ...offers.map((offer) => element('li', {}, element('a', { href: explorerLink({ [offer.dimension]: [offer.value] }) }, frenchTypography(offerText(offer))))),
      );
      list.hidden = offers.length === 0;
    },
    suggest(corrected, selection, pick) {
      if (!suggestion) return false;
      const link = element('a', { href: `${location.pathname}${writeState({ query: corrected, selection, page: 1 })}` }, corrected);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        pick();
      });
      // The page's typography, as frenchTypography writes it: U+00A0 inside « », U+202F before « ? ».
      suggestion.replaceChildren('Vouliez-vous dire «\u00a0', link, '\u00a0»\u202f?');
      suggestion.hidden = false;
      return true;
    },
    hideSuggestion() {
      if (suggestion) suggestion.hidden = true;
    },
  };
}
