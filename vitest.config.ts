import { defineConfig } from 'vitest/config';

// Two cores on CI machines: keep the worker count small so browser tests are not starved.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
