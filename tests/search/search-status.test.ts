import { describe, expect, it } from 'vitest';
import type { FacetOffer } from '../../src/search/facet-offers.ts';
import type { Manifest } from '../../src/search/format.ts';
import type { QueryWord } from '../../src/search/french.ts';
import { asked, facetToggled, found, fromAddress, INITIAL_STATE, offered, type PageState } from '../../src/search/page-state.ts';
import {
  explorerLinkText,
  filteredOutText,
  filtersOnlyStatus,
  filtersRemovedStatus,
  isShortQuery,
  SHORT_QUERY_STATUS,
  SHOWN_QUERY_LENGTH,
  suggestionStatus,
  summary,
} from '../../src/search/page-text.ts';

const manifest = {
  facets: { tag: [['broken', 'Ce qui dysfonctionne']], theme: [], region: [['53', 'Bretagne'], ['76', 'Occitanie']], profile: [], format: [] },
} as unknown as Manifest;

const wordsOf = (n: number): QueryWord[] => Array.from({ length: n }, (_, w) => ({ word: `mot${w}`, stem: `mot${w}`, written: `mot${w}` }));

const theme: FacetOffer = { dimension: 'theme', value: 'saisie-ergonomie', label: 'Saisie et ergonomie', count: 399 };

/** The state after searching `query`: `hits` found with `words` words, `shown` of them kept by the filters. */
function searched(query: string, hits: number[], shown = hits, words = 1, state: PageState = INITIAL_STATE): PageState {
  return { ...found(asked(state, query), { words: wordsOf(words), hits: hits.map((doc) => ({ doc, score: 1 })) }, () => true), shown };
}

const breton = facetToggled(INITIAL_STATE, 'region', '53', true);

describe('the search page’s status', () => {
  it('counts the results for the quoted query, and what the filters keep', () => {
    expect(summary(searched('saisie', [1, 2, 3]), manifest)).toBe('3 résultats pour « saisie ».');
    expect(summary(searched('saisie', [1, 2, 3], [2], 1, breton), manifest)).toBe('3 résultats pour « saisie » (1 résultat retenu par les filtres).');
  });

  it('names the filters that leave out every result, once the labels are known', () => {
    const none = searched('saisie', [1, 2], [], 1, facetToggled(breton, 'region', '76', true));
    expect(summary(none, manifest)).toBe(
      '2 résultats pour « saisie » (aucun retenu par les filtres). Décochez un filtre pour les voir (Bretagne ou Occitanie), ou retirez-les tous.',
    );
    expect(summary(none, undefined)).toBe('2 résultats pour « saisie » (aucun retenu par les filtres).');
    expect(filteredOutText(none.selection, manifest)).toBe('Décochez un filtre pour voir ces résultats (Bretagne ou Occitanie). ');
  });

  it('after no result, offers the themes the query names, else advises by the number of words searched', () => {
    expect(summary(offered(searched('ergonomie', []), [theme]), manifest)).toBe(
      'Aucun résultat pour « ergonomie » dans les textes. Voir plutôt le thème « Saisie et ergonomie » (399 verbatims), lien ci-dessous.',
    );
    expect(summary(searched('zzz', []), manifest)).toBe('Aucun résultat pour « zzz ». Essayez un autre mot ou seulement son début.');
    expect(summary(searched('agenda saisie rendez-vous', [], [], 3), manifest)).toMatch(/Essayez avec moins de mots/);
  });

  it('says first what the address got wrong, and shortens a long query', () => {
    const atlantide = fromAddress(INITIAL_STATE, { selection: {}, unknown: [{ dimension: 'region', value: 'atlantide' }] });
    expect(summary(searched('saisie', [1], [1], 1, atlantide), manifest)).toBe('Région inconnue : atlantide. Ce filtre est ignoré. 1 résultat pour « saisie ».');
    const long = 'mot '.repeat(SHOWN_QUERY_LENGTH);
    expect(summary(searched(long, [1]), manifest)).toMatch(new RegExp(`^1 résultat pour « (mot ){${SHOWN_QUERY_LENGTH / 4 - 1}}mot… »\\.$`));
  });

  it('adds the suggestion, or the filters removed, to the summary', () => {
    const none = searched('donnes', []);
    expect(suggestionStatus(none, manifest, 'données')).toBe(`${summary(none, manifest)} Vouliez-vous dire « données » ?`);
    expect(filtersRemovedStatus(searched('saisie', [1, 2]), manifest)).toBe('Tous les filtres sont retirés. 2 résultats pour « saisie ».');
  });

  it('when no text holds every word, says what the texts listed instead are, how many the filters keep, and which to untick', () => {
    const agenda: QueryWord[] = [
      { word: 'agenda', stem: 'agend', written: 'agenda' },
      { word: 'mobile', stem: 'mobil', written: 'mobile' },
    ];
    const partialHit = (doc: number, mask: number) => ({ doc, score: 1, mask, words: 1 });
    const outcome = { words: agenda, hits: [], partial: { hits: [partialHit(4, 1), partialHit(7, 1), partialHit(9, 2)], counts: [2, 1] } };
    const some = (state: PageState, shown?: number[]) => {
      const answered = found(asked(state, 'agenda mobile'), outcome, () => true);
      return { ...answered, shown: shown ?? answered.listed };
    };
    const plain = 'Aucun résultat ne contient à la fois « agenda » et « mobile ». Ci-dessous, 3 textes qui contiennent l’un des deux : « agenda » (2), « mobile » (1).';
    expect(summary(some(INITIAL_STATE), manifest)).toBe(plain);
    expect(summary(some(breton, [9]), manifest)).toBe(
      'Aucun résultat ne contient à la fois « agenda » et « mobile ». Ci-dessous, 3 textes qui contiennent l’un des deux : « agenda » (2), « mobile » (1) ; 1 retenu par les filtres.',
    );
    expect(summary(some(breton, []), manifest)).toMatch(/ : .* ; aucun n’est retenu par les filtres\. Décochez un filtre pour les voir \(Bretagne\), ou retirez-les tous\.$/);
    expect(filteredOutText(breton.selection, manifest, true)).toBe('Décochez un filtre pour voir ces textes (Bretagne). ');
    // The themes the query names, and the spelling suggestion, follow.
    expect(summary(offered(some(INITIAL_STATE), [theme]), manifest)).toBe(`${plain} Voir plutôt le thème « Saisie et ergonomie » (399 verbatims), lien ci-dessous.`);
    expect(suggestionStatus(some(INITIAL_STATE), manifest, 'agenda mobiles')).toBe(`${plain} Vouliez-vous dire « agenda mobiles » ?`);
    expect(filtersRemovedStatus(some(INITIAL_STATE), manifest)).toBe(`Tous les filtres sont retirés. ${plain}`);
  });

  it('says what filters without words keep', () => {
    expect(filtersOnlyStatus(0, 'Bretagne', [])).toBe('Aucun mot cherché, et aucun verbatim pour Bretagne.');
    expect(filtersOnlyStatus(12, 'Bretagne', [{ dimension: 'theme', value: 'x' }])).toBe(
      'Thème inconnu : x. Ce filtre est ignoré. Aucun mot cherché. Filtres : Bretagne (12 verbatims). Tapez des mots pour chercher parmi eux, ou voyez-les dans l’explorateur.',
    );
    expect(explorerLinkText(1)).toBe('Voir ce verbatim dans l’explorateur');
    expect(explorerLinkText(12)).toBe('Voir ces 12 verbatims dans l’explorateur');
  });
});

describe('a query too short to search the start of a word', () => {
  it('is every word under 3 letters: « m », « mo », « de la », not « les » nor « mo bilité »', () => {
    expect(['m', 'mo', 'MO', 'de la', ' l ', 'rh'].map(isShortQuery)).toEqual([true, true, true, true, true, true]);
    expect(['', '  ', 'les', 'mob', 'mo bilité', 'e-mail'].map(isShortQuery)).toEqual([false, false, false, false, false, false]);
    expect(SHORT_QUERY_STATUS).toMatch(/^Tapez au moins 3 lettres/);
  });
});
