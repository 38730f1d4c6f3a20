/** Rewrites the reference of the chapters' components in its guide (docs/formats.md) from the code (src/site/component-reference.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REFERENCE_FILE, withComponentReference } from '../src/site/component-reference.ts';

const guide = path.resolve(import.meta.dirname, '..', REFERENCE_FILE);
const before = readFileSync(guide, 'utf8');
const after = withComponentReference(before);
if (after !== before) writeFileSync(guide, after);
process.stdout.write(`${REFERENCE_FILE} : référence des composants ${after === before ? 'déjà à jour' : 'réécrite'}.\n`);
