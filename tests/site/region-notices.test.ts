/** What the site says when strong ideas and convergence cannot be measured between regions. */
import { describe, expect, it } from 'vitest';
import { noConvergenceNotice, noIdeasNotice, noRegionsNotice } from '../../src/site/region-notices.ts';

describe('region notices', () => {
  it('say why there will be none when no region, or a single one, is represented', () => {
    expect(noIdeasNotice(0)).toBe("Pas d’idée forte : elles rapprochent des énoncés proches dits dans plusieurs régions, et les contributions de cette consultation n’indiquent pas de région.");
    expect(noIdeasNotice(1)).toContain("cette consultation n’en compte qu’une");
    expect(noConvergenceNotice(0)).toBe("La convergence des besoins se mesure entre régions, et les contributions de cette consultation n’indiquent pas de région.");
    expect(noConvergenceNotice(1)).toContain("cette consultation n’en compte qu’une");
  });

  it('say « not yet » when several regions are there', () => {
    expect(noIdeasNotice(5)).toContain('ne se dégage encore');
    expect(noConvergenceNotice(2)).toContain('Pas encore assez');
  });
});

describe('regions page without any region', () => {
  it('says how a consultation gets regions', () => {
    expect(noRegionsNotice()).toContain("n’indiquent pas de région");
    expect(noRegionsNotice()).toContain('region_fixe');
  });
});
