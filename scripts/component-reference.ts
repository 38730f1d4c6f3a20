/** Rewrites the README's reference of the chapters' components from the code (src/site/component-reference.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withComponentReference } from '../src/site/component-reference.ts';

const readme = path.resolve(import.meta.dirname, '..', 'README.md');
const before = readFileSync(readme, 'utf8');
const after = withComponentReference(before);
if (after !== before) writeFileSync(readme, after);
process.stdout.write(after === before ? 'README : référence des composants déjà à jour.\n' : 'README : référence des composants réécrite.\n');
