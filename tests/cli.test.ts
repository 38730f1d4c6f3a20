import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';

describe('livre-blanc command line', () => {
  it('exits 2 on an unknown command', async () => {
    expect(await main(['inconnue'])).toBe(2);
  });
  it('exits 2 on an unknown flag', async () => {
    expect(await main(['check', '--nope'])).toBe(2);
  });
  it('exits 2 on a bad --format', async () => {
    expect(await main(['check', '--format', 'xml'])).toBe(2);
  });
});
