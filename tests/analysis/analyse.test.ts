import { describe, expect, it } from 'vitest';
import type { Referentiels } from '../../src/pipeline/referentiels/index.ts';
import { analyse } from '../../src/pipeline/analysis/index.ts';
import { filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { item } from './fixtures.ts';

const referentiels = {
  themes: ['interop', 'pilotage', 'agenda', 'autres'].map((id) => ({ id, label: id, description: '', keywords: [] })),
} as unknown as Referentiels;

const regions = ['11', '32', '84', '93'];
const items = regions.flatMap((region, r) => [
  item({ id: `${region}-a`, region, sessionId: `s${region}`, themes: ['interop'], text: 'Supprimer la double saisie avec France Travail', weight: r + 1 }),
  item({ id: `${region}-b`, region, sessionId: `s${region}`, themes: ['pilotage'], text: 'Un tableau de bord par conseiller prêt à l’emploi' }),
  ...Array.from({ length: 4 }, (_, i) =>
    item({ id: `${region}-c${i}`, region, sessionId: `s${region}`, themes: [i < r ? 'agenda' : 'autres'], text: `Le covoiturage vers la permanence numéro ${i}` }),
  ),
  item({ id: `${region}-w`, region, sessionId: `s${region}`, tag: 'working', themes: ['agenda'], text: 'La prise de rendez-vous est simple' }),
]);

describe('analyse', () => {
  const analysis = analyse(items, referentiels);

  it('publishes counts that match the verbatims', () => {
    expect(analysis.counts.total.items).toBe(items.length);
    for (const row of analysis.counts.byRegionTheme) {
      expect(filterItems(items, { region: row.keys[0] as string, theme: row.keys[1] as string })).toHaveLength(row.items);
    }
    expect(analysis.themedShare).toBe(0.6429); // 18 of 28 items have a real theme
  });

  it('brings out the idea every region shares, with traceable members', () => {
    // Both ideas span the four regions; the covoiturage one weighs more (16 statements against 10 votes).
    expect(analysis.ideas.map((idea) => idea.members.length)).toEqual([16, 4, 4, 4]);
    const saisie = analysis.ideas[1];
    expect(saisie?.members).toEqual(['11-a', '32-a', '84-a', '93-a']);
    expect(saisie?.regions).toEqual(regions);
    expect(saisie?.weight).toBe(10);
    expect(saisie?.themes).toEqual(['interop']);
    // Six needs per region: enough for per-theme consensus; but only region 93 has five needs with
    // a real theme, and the overall index needs two such regions: no claim. Each region stays listed
    // with its counts, so that a page can say why it has no similarity.
    expect(analysis.convergence.themes.length).toBeGreaterThan(0);
    expect(analysis.convergence.regions.map((r) => [r.region, r.needs, r.items, r.similarity])).toEqual([
      ['11', 6, 2, null],
      ['32', 6, 3, null],
      ['84', 6, 4, null],
      ['93', 6, 5, null],
    ]);
    expect(analysis.convergence.overall).toBeNull();
    // interop: 1 of 6 needs in each region → (2/8)⁴ → 0.25, mentioned in all four regions.
    expect(analysis.convergence.themes.find((t) => t.tag === 'needs' && t.theme === 'interop')).toMatchObject({
      consensus: 0.25,
      regionsMentioning: 4,
      regionsCounted: 4,
    });
    expect(analysis.emerging[0]?.term).toBe('covoiturage permanence');
  });

  it('gives the same result whatever the order of the items, and is plain JSON', () => {
    const again = analyse([...items].reverse(), referentiels);
    expect(JSON.stringify(again)).toBe(JSON.stringify(analysis));
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });
});
