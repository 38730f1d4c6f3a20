/**
 * Turns the synthesis cache off for a test file (`LIVRE_BLANC_CACHE=0`) and gives the developer's
 * setting back after it: each run computes, and never takes what another run left.
 */
import { afterAll, beforeAll } from 'vitest';

export function withoutSynthesisCache(): void {
  const cache = process.env.LIVRE_BLANC_CACHE;
  beforeAll(() => {
    process.env.LIVRE_BLANC_CACHE = '0';
  });
  afterAll(() => {
    if (cache === undefined) delete process.env.LIVRE_BLANC_CACHE;
    else process.env.LIVRE_BLANC_CACHE = cache;
  });
}
