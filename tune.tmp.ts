import { readFileSync } from 'node:fs';
import { strongIdeas } from './src/pipeline/analysis/ideas/index.ts';
import { DEFAULT_CLUSTER_OPTIONS } from './src/pipeline/analysis/ideas/cluster.ts';
const s = JSON.parse(readFileSync('/tmp/synth.json', 'utf8'));
const items = s.items.filter((i: { source: { file: string } }) => i.source.file.startsWith('content/'));
const byId = new Map(items.map((i: { id: string }) => [i.id, i]));
console.log('workshop items', items.length);
for (const threshold of process.argv.slice(2).map(Number)) {
  const ideas = strongIdeas(items, { ...DEFAULT_CLUSTER_OPTIONS, threshold }, 1000);
  console.log('threshold', threshold, 'ideas', ideas.length, '>=2 regions', ideas.filter((i) => i.regions.length >= 2).length);
  if (process.env.SHOW) for (const idea of ideas) {
    console.log(`  [${idea.regions.length} r, w${idea.weight}] ${idea.tag}`);
    for (const m of idea.members) console.log('     -', (byId.get(m) as { text: string; region: string }).region, (byId.get(m) as { text: string }).text.slice(0, 120));
  }
}
