import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeClosure } from '../../src/cli/code-closure.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

describe('the entry form’s code', () => {
  it('runs the pipeline’s checks in the browser without importing the file system (node:…)', async () => {
    // The form checks a note as `check` does, with the pipeline's own modules: one of them importing a
    // constant from a module that reads files would pull node:fs into the page (Vite then fails at run time).
    const files = await codeClosure([path.join(REPO, 'src/components/entry/entry-form.ts')]);
    expect(files.some((file) => file.endsWith('src/pipeline/ingest/notes/front-matter-checks.ts'))).toBe(true);
    const nodeImports = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](node:[^'"]+)['"]/g)].map((m) => `${path.relative(REPO, file)} → ${m[1]}`),
    );
    expect(nodeImports).toEqual([]);
  });
});
