import { describe, expect, it } from 'vitest';
import { facetDisplayOrder } from '../../src/search/facet-order.ts';
import type { FacetValue } from '../../src/search/format.ts';

const labels = (entries: Array<{ value: FacetValue }>) => entries.map((entry) => entry.value[1]);

describe('facetDisplayOrder', () => {
  it('lists themes by French label, « Autres » last, keeping each value’s manifest position', () => {
    const themes: FacetValue[] = [
      ['lenteurs-disponibilite', 'Lenteurs et disponibilité'],
      ['mobilite-nomade', 'Accès mobile et nomade'],
      ['ia-redaction', 'IA et aide à la rédaction'],
      ['agenda-rendez-vous', 'Agenda et rendez-vous'],
      ['autres', 'Autres'],
      ['echanges', 'Échanges avec les partenaires'],
    ];
    const ordered = facetDisplayOrder('theme', themes);
    expect(labels(ordered)).toEqual([
      'Accès mobile et nomade',
      'Agenda et rendez-vous',
      'Échanges avec les partenaires',
      'IA et aide à la rédaction',
      'Lenteurs et disponibilité',
      'Autres',
    ]);
    expect(ordered.map((entry) => entry.position)).toEqual([1, 3, 5, 2, 0, 4]);
  });

  it('lists regions by name, a missing region last', () => {
    const regions: FacetValue[] = [['', 'Non précisée'], ['11', 'Île-de-France'], ['84', 'Auvergne-Rhône-Alpes'], ['53', 'Bretagne']];
    expect(labels(facetDisplayOrder('region', regions))).toEqual(['Auvergne-Rhône-Alpes', 'Bretagne', 'Île-de-France', 'Non précisée']);
  });

  it('keeps tags, profiles and formats in their canonical order', () => {
    const formats: FacetValue[] = [['presentiel', 'Présentiel'], ['distanciel', 'À distance'], ['hybride', 'Hybride'], ['enquete', 'Enquête']];
    expect(labels(facetDisplayOrder('format', formats))).toEqual(['Présentiel', 'À distance', 'Hybride', 'Enquête']);
  });
});
