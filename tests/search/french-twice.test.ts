/** `build` loads the search's French pipeline twice in one process: lunr must not warn the bureau. */
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('the French search pipeline loaded twice', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers its plural folding once, and says nothing the second time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = await import('../../src/search/french.ts');
    vi.resetModules();
    const second = await import('../../src/search/french.ts');
    expect(second).not.toBe(first);
    expect(warn.mock.calls.flat().join(' ')).not.toContain('Overwriting');
    expect(second.searchPipeline.runString('applis')).toEqual(first.searchPipeline.runString('applis'));
  });
});
