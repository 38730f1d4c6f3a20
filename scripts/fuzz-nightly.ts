/**
 * Nightly-style fuzzing: the property tests of tests/fuzz with many more cases than CI.
 *
 *   node scripts/fuzz-nightly.ts                     # 50 × the CI runs, seed of the day
 *   LIVRE_BLANC_FUZZ_FACTOR=200 node scripts/fuzz-nightly.ts
 *   LIVRE_BLANC_FUZZ_SEED=20261001 node scripts/fuzz-nightly.ts   # replay a night (CI's seed here)
 *
 * The seed is printed first: a failure is replayed by running the same command with that seed.
 * Exit code: vitest's (0 when every property holds).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const factor = process.env.LIVRE_BLANC_FUZZ_FACTOR ?? '50';
// A new seed each day explores new cases; CI keeps its fixed seed (tests/fuzz/config.ts).
const seed = process.env.LIVRE_BLANC_FUZZ_SEED ?? new Date().toISOString().slice(0, 10).replace(/-/g, '');

process.stdout.write(`Fuzzing : ${factor} × les cas de la CI, graine ${seed}\n`);
process.stdout.write(`Rejouer : LIVRE_BLANC_FUZZ_FACTOR=${factor} LIVRE_BLANC_FUZZ_SEED=${seed} node scripts/fuzz-nightly.ts\n\n`);

const started = performance.now();
const child = spawn(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/fuzz'], {
  cwd: root,
  env: { ...process.env, LIVRE_BLANC_FUZZ_FACTOR: factor, LIVRE_BLANC_FUZZ_SEED: seed },
  stdio: 'inherit',
});
child.on('close', (code) => {
  process.stdout.write(`\nFuzzing terminé en ${((performance.now() - started) / 1000).toFixed(0)} s (code ${code ?? 1}).\n`);
  process.exitCode = code ?? 1;
});
