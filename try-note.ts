import { readFileSync } from 'node:fs';
import { parseNote } from './src/pipeline/ingest/notes/index.ts';
import { createReferentiels } from './src/pipeline/referentiels/index.ts';
const { referentiels, diagnostics } = createReferentiels({ file: 'data/themes.yml', content: 'themes:\n  - id: recherche\n    libelle: Recherche\n    mots_cles: [recherche]\n  - id: saisie\n    libelle: Saisie et ergonomie\n    mots_cles: [saisie]\n    etiquettes: [ergonomie]\n' });
console.log(diagnostics);
const r = parseNote({ file: process.argv[2] ?? 'content/ateliers/bretagne/a.md', content: readFileSync(process.argv[3] ?? '/tmp/nt/a.md', 'utf8') }, referentiels);
console.log(JSON.stringify(r, null, 1));
