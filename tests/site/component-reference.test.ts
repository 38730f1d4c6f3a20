/** The reference of the chapters' components (docs/formats.md) is the code's: nothing added without its description, nothing stale. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../../src/cli/package-dir.ts';
import { REFERENCE_FILE, REFERENCE_START, componentReference, undocumented, withComponentReference } from '../../src/site/component-reference.ts';
import { STAT_FILTERS } from '../../src/site/filter-scope.ts';
import { STATS } from '../../src/site/stats.ts';

const guide = readFileSync(path.join(PACKAGE_DIR, REFERENCE_FILE), 'utf8');

describe('component reference', () => {
  it('describes every stat, component, Rank by and show, and Chart kind the check accepts, and nothing else', () => {
    expect(undocumented()).toEqual([]);
  });

  it('would tell a stat added without its description', () => {
    const added = STAT_FILTERS as Record<string, unknown>;
    added['nouvelle-stat'] = [];
    try {
      expect(undocumented()).toEqual(['stat nouvelle-stat : sans description']);
    } finally {
      delete added['nouvelle-stat'];
    }
  });

  it('is in its guide as the code writes it (node scripts/component-reference.ts rewrites it)', () => {
    expect(guide).toContain(REFERENCE_START);
    expect(withComponentReference(guide), `${REFERENCE_FILE} à réécrire : node scripts/component-reference.ts`).toBe(guide);
  });

  it('gives each stat one row, with what it counts and its filters', () => {
    const reference = componentReference();
    for (const stat of Object.keys(STAT_FILTERS)) expect(reference).toContain(`| \`${stat}\` | ${STATS[stat]} |`);
    expect(reference).toContain('| `participants` | participants déclarés aux ateliers | `region`, `format` |');
    // A share within a filter's items needs that filter and another one (stats.ts refuses the figure without them).
    expect(reference).toContain('| **`region`** (requis) et au moins un autre : `tag`, `theme`, `profile`, `format` |');
    expect(reference).toContain('| **`tag`** (requis) et au moins un autre : `theme`, `region`, `profile`, `format` |');
    expect(reference).toContain('| `share` | ' + STATS.share + ' | tous |');
    expect(reference).toContain('| `tag` | l’étiquette : `working` (ce qui fonctionne), `broken` (ce qui dysfonctionne), `needs` (besoins et attentes) |');
  });
});
