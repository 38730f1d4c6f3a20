/**
 * What the region views cover: a region is « représentée » when published items come from it, items
 * without a region are counted and said (the map has no tile for them), and a region whose only
 * session had everything set aside is named rather than counted.
 */
import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/site/site.ts';
import { convergenceScopeClause, regionCoverage, unlocatedNotice, unpublishedNotice } from '../../src/site/region-coverage.ts';
import { regionSessions, regionSourcesSentence } from '../../src/site/region-sessions.ts';
import { resolveStat } from '../../src/site/stats.ts';
import { homeLead, GENERAL_LEAD } from '../../src/site/home-lead.ts';
import type { Session } from '../../src/pipeline/model.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

/** The fixture plus an Occitanie workshop whose notes were all set aside: a region with a page and no item. */
const toulouse: Session = {
  id: 'atelier-occ-toulouse', kind: 'workshop', title: 'Atelier Occitanie — Toulouse', date: '2026-09-29',
  format: 'presentiel', region: '76', departments: [], structures: [], participants: 8, profiles: {},
  file: 'content/ateliers/occitanie/2026-09-29-toulouse.md',
};
const synthesis: Synthesis = {
  ...fixtureSynthesis,
  regions: [...fixtureSynthesis.regions, { code: '76', name: 'Occitanie' }],
  sessions: [...fixtureSynthesis.sessions, toulouse],
};
const site = createSite(synthesis);

describe('regionCoverage', () => {
  it('counts as represented the regions with published items, not those with a session only', () => {
    const coverage = regionCoverage(site);
    expect(coverage.represented.map((r) => r.code)).toEqual(['32', '11', '75']); // French order
    expect(coverage.unpublished).toEqual([{ region: { code: '76', name: 'Occitanie' }, sessions: [toulouse] }]);
    // One survey answer has no region: on no tile.
    expect(coverage.unlocated).toBe(1);
    expect(coverage.total).toBe(synthesis.items.length);
    // `<Figure stat="regions">` says the same, filtered or not.
    expect(resolveStat(site, 'regions').value).toBe(3);
    expect(resolveStat(site, 'regions', { tag: 'working' }).value).toBe(3);
  });

  it('follows the map’s filter, items without a region included', () => {
    const broken = regionCoverage(site, { tag: 'broken' });
    expect(broken.total).toBe(synthesis.items.filter((i) => i.tag === 'broken').length);
    expect(broken.unlocated).toBe(1);
    expect(regionCoverage(site, { tag: 'working' }).unlocated).toBe(0);
    // `''` selects the items without a region: a filter, not « everything ».
    expect(regionCoverage(site, { region: '' })).toMatchObject({ total: 1, unlocated: 1, represented: [] });
  });

  it('says how many items the map leaves out, only when there are some', () => {
    expect(unlocatedNotice({ unlocated: 1804, total: 3376 })).toBe(
      '1\u202f804 éléments sans région (53\u00a0%) ne figurent pas sur la carte : des réponses d’enquête qui n’indiquent pas de région.',
    );
    expect(unlocatedNotice({ unlocated: 1, total: 14 })).toBe(
      "1 élément sans région (7\u00a0%) ne figure pas sur la carte : une réponse d’enquête qui n’indique pas de région.",
    );
    // A part that exists is never « 0 % ».
    expect(unlocatedNotice({ unlocated: 1, total: 1000 })).toContain('(moins de 1 %)');
    expect(unlocatedNotice({ unlocated: 0, total: 14 })).toBeNull();
  });

  it('names the regions without any published item and says they are not counted', () => {
    expect(unpublishedNotice(regionCoverage(site).unpublished)).toBe(
      "Occitanie (1 atelier) n’a aucun élément publié : tout ce qui y a été noté a été écarté. Elle ne compte pas parmi les régions représentées.",
    );
    expect(unpublishedNotice([])).toBeNull();
  });

  it('opens such a region’s page on why it has nothing, not on « 0 élément … »', () => {
    const sentence = regionSourcesSentence(0, regionSessions(site, '76'));
    expect(sentence).toBe(
      "Aucun élément publié ne vient de cette région : tout ce qu’a noté la session qui s’y est tenue a été écarté. Elle ne compte donc pas parmi les régions représentées.",
    );
  });
});

describe('convergenceScopeClause', () => {
  // After « Seuls les éléments dont la région est connue y entrent » on the methodology page.
  const said = (unlocated: number, total: number) => convergenceScopeClause({ unlocated, total }).replace(/\s/g, ' ');

  it('says how many items convergence rests on, and how many it leaves out', () => {
    expect(said(1_804, 1_924)).toBe(' : ici, 120 ; les 1 804 éléments sans région (94 %) restent hors du calcul');
    expect(said(1, 14)).toBe(' : ici, 13 ; 1 élément sans région (7 %) reste hors du calcul');
    expect(said(0, 14)).toBe(' (ici, tous)');
  });

  it('says « aucun » when no item has a region, never « ici 0 »', () => {
    expect(said(109, 109)).toBe(' : ici, aucun ; les 109 éléments sans région (100 %) restent hors du calcul');
    expect(said(1, 1)).toBe(' : ici, aucun ; 1 élément sans région (100 %) reste hors du calcul');
  });
});

describe('homeLead', () => {
  it('opens the home page with the consultation’s own description, or a general sentence', () => {
    expect(homeLead({ description: 'Ce que les habitants disent du réseau de bus.' })).toBe('Ce que les habitants disent du réseau de bus.');
    expect(homeLead({ description: null })).toBe(GENERAL_LEAD);
    expect(GENERAL_LEAD).not.toMatch(/système d[’']information/);
  });
});
