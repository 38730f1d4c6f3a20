import { describe, expect, it } from 'vitest';
import { facetOffers, foldedWords, MAX_OFFERS, namesLabel, type OfferedDimension } from '../../src/search/facet-offers.ts';
import type { Manifest } from '../../src/search/format.ts';
import { noResultAdvice, offersSentence, offerText, SHOWN_QUERY_LENGTH, shownQuery } from '../../src/search/page-text.ts';
import { MAX_QUERY_LENGTH, readState } from '../../src/search/selection.ts';

const manifest: Pick<Manifest, 'facets'> = {
  facets: {
    tag: [['broken', 'Ce qui dysfonctionne']],
    theme: [
      ['saisie-ergonomie', 'Saisie et ergonomie'],
      ['mobilite-nomade', 'Accès mobile et nomade'],
      ['dispositifs', 'Dispositifs (CEJ, PACEA, obligation de formation)'],
      ['formation-assistance', 'Formation et assistance des utilisateurs'],
      ['vide', 'Thème sans verbatim'],
    ],
    region: [
      ['04', 'La Réunion'],
      ['11', 'Île-de-France'],
      ['', 'Région non précisée'],
    ],
    profile: [],
    format: [],
  },
};

const counts: Record<OfferedDimension, Map<string, number>> = {
  theme: new Map([
    ['saisie-ergonomie', 399],
    ['mobilite-nomade', 50],
    ['dispositifs', 120],
    ['formation-assistance', 80],
    ['vide', 0],
  ]),
  region: new Map([
    ['04', 30],
    ['11', 1],
    ['', 12],
  ]),
};

const offered = (query: string) => facetOffers(query, manifest, counts).map((offer) => `${offer.dimension}:${offer.value}:${offer.count}`);

describe('themes and regions a query names', () => {
  it('matches a label by its words or their beginnings, accents and case aside', () => {
    expect(offered('ergonomie')).toEqual(['theme:saisie-ergonomie:399']);
    expect(offered('Saisie et ergonomie')).toEqual(['theme:saisie-ergonomie:399']);
    expect(offered('saisie ERGO')).toEqual(['theme:saisie-ergonomie:399']);
    expect(offered('Île-de-France')).toEqual(['region:11:1']);
    expect(offered('ile de france')).toEqual(['region:11:1']);
    expect(offered('La Réunion')).toEqual(['region:04:30']);
    expect(offered('reunion')).toEqual(['region:04:30']);
    expect(offered('PACEA')).toEqual(['theme:dispositifs:120']);
    // A whole word with one typo, from six letters: the search itself has nothing to suggest for a word in no text.
    expect(offered('ergonimie')).toEqual(['theme:saisie-ergonomie:399']);
    expect(facetOffers('ergonimie', manifest, counts)[0]?.misspelt).toBe(true);
    expect(facetOffers('ergonomie', manifest, counts)[0]?.misspelt).toBeUndefined();
    expect(offered('ile de frence')).toEqual(['region:11:1']);
    expect(offered('ergonimy')).toEqual([]); // two typos and more
    expect(offered('sasie')).toEqual([]); // one typo, but under six letters
  });

  it('offers nothing for short or unrelated words, inside a word, or a value without verbatims', () => {
    expect(offered('la')).toEqual([]);
    expect(offered('de')).toEqual([]);
    expect(offered('ile')).toEqual(['region:11:1']); // not « mobile »
    expect(offered('gonomie')).toEqual([]);
    expect(offered('double saisie')).toEqual([]);
    expect(offered('sans verbatim')).toEqual([]);
    expect(offered('précisée')).toEqual([]);
    expect(offered('')).toEqual([]);
  });

  it('puts a label equal to the query first, then the most verbatims, at most a few', () => {
    expect(offered('formation')).toEqual(['theme:dispositifs:120', 'theme:formation-assistance:80']);
    expect(offered('formation et assistance des utilisateurs')).toEqual(['theme:formation-assistance:80']);
    expect(facetOffers('e', manifest, counts)).toEqual([]);
    const many = facetOffers('et', { ...manifest, facets: { ...manifest.facets, theme: [...Array(6).keys()].map((i) => [`t${i}`, `Thème et ${i}`]) } }, {
      theme: new Map([...Array(6).keys()].map((i) => [`t${i}`, i + 1])),
      region: new Map(),
    });
    expect(many).toEqual([]); // « et » is too short to name anything
    const named = facetOffers('theme', { ...manifest, facets: { ...manifest.facets, theme: [...Array(6).keys()].map((i) => [`t${i}`, `Thème ${i}`]) } }, {
      theme: new Map([...Array(6).keys()].map((i) => [`t${i}`, i + 1])),
      region: new Map(),
    });
    expect(named.map((offer) => offer.value)).toEqual(['t5', 't4', 't3'].slice(0, MAX_OFFERS));
  });

  it('offers only a label spelled out whole when asked (a query that finds texts)', () => {
    const exact = (query: string) => facetOffers(query, manifest, counts, true).map((offer) => offer.value);
    expect(exact('saisie')).toEqual([]);
    expect(exact('formation')).toEqual([]);
    expect(exact('ile-de-France')).toEqual(['11']);
    expect(exact('saisie et ERGONOMIE')).toEqual(['saisie-ergonomie']);
  });

  it('folds words as the reader may type them', () => {
    expect(foldedWords('Provence-Alpes-Côte d’Azur')).toEqual(['provence', 'alpes', 'cote', 'd', 'azur']);
    expect(namesLabel(foldedWords('cote d azur'), 'Provence-Alpes-Côte d’Azur')).toBe(true);
  });

  it('words the offers: one link each, and a sentence for the status', () => {
    const [theme] = facetOffers('ergonomie', manifest, counts);
    const [region] = facetOffers('Île-de-France', manifest, counts);
    expect(offerText(theme!)).toBe('Thème « Saisie et ergonomie » : voir ses 399 verbatims');
    expect(offerText(region!)).toBe('Région « Île-de-France » : voir son verbatim');
    expect(offersSentence([theme!])).toBe('Voir plutôt le thème « Saisie et ergonomie » (399 verbatims), lien ci-dessous.');
    expect(offersSentence([theme!, region!])).toBe(
      'Voir plutôt le thème « Saisie et ergonomie » (399 verbatims), la région « Île-de-France » (1 verbatim), liens ci-dessous.',
    );
    expect(offersSentence([])).toBe('');
  });
});

describe('a query read back in the status', () => {
  it('drops the query’s own quotation marks', () => {
    expect(shownQuery('"double saisie"')).toBe('double saisie');
    expect(shownQuery('  « double   saisie »  ')).toBe('double saisie');
  });

  it('cuts a long query after its first characters', () => {
    const long = 'mot '.repeat(70).trim();
    const shown = shownQuery(long);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(SHOWN_QUERY_LENGTH + 1);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect(shownQuery('court')).toBe('court');
  });

  it('advises fewer words from three words on', () => {
    expect(noResultAdvice(1)).toMatch(/autre mot/);
    expect(noResultAdvice(2)).toMatch(/autre mot/);
    expect(noResultAdvice(3)).toMatch(/^Essayez avec moins de mots/);
  });

  it('keeps as much of an address’s query as the field takes', () => {
    expect(readState(`?q=${'a'.repeat(275)}`, manifest as Manifest).query).toHaveLength(MAX_QUERY_LENGTH);
  });
});
