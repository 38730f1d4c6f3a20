import { fixtureSynthesis } from '/work/main/tests/fixtures/site/synthesis.ts';
import { buildSite } from '/work/main/src/cli/build.ts';
const result = await buildSite({ synthesis: fixtureSynthesis, root: '/work/main', outDir: process.argv[2] ?? '/tmp/lb/dist', logLevel: 'info' });
console.log(result);
