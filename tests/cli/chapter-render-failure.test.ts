/**
 * A chapter whose code fails while Astro builds its page, though the check let it through (it reads what
 * the chapter imports): the error's stack runs through the chapter's compiled module, and the build
 * says it in French at the expression's line, without Astro's English copies of the stack.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AstroLoggerMessage } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { chapterOfChunk, chapterRenderFailure } from '../../src/cli/chapter-render-failure.ts';
import { builtChapters } from '../../src/cli/built-chapters.ts';
import { chapterCodeErrorCopies } from '../../src/site/chapter-error-log.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'lb-code-chapitre-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = path.join(root, 'content/livre-blanc');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, '01-bon.mdx'), '---\ntitre: Bon\nordre: 1\n---\n\nTexte.\n');
writeFileSync(
  path.join(dir, '02-casse.mdx'),
  '---\ntitre: Cassé\nordre: 2\n---\n\nexport const donnees = { total: 3, calcul: 1 }\n\nUn total de {donnees.total} et {donnees.detail.total}, puis {donnees.calcul()}.\n',
);
writeFileSync(path.join(dir, '02-casse-bis.mdx'), "---\ntitre: Bis\nordre: 3\n---\n\nimport { a } from './a.js'\n\n{a.b.c} et {a.d.e}\n");

/** An error as Astro's prerendering throws it from a chapter's module. */
function thrown(message: string, chunk: string, name = 'TypeError'): Error {
  const error = new Error(message);
  error.name = name;
  error.stack = `${name}: ${message}\n    at _createMdxContent (file:///paquet/.astro/construction-x/.prerender/chunks/${chunk}:11:19)\n    at MDXContent (file:///paquet/.astro/construction-x/.prerender/chunks/${chunk}:18:125)`;
  return error;
}

describe('an error thrown by a chapter’s code during the build', () => {
  it('finds the chapter of a compiled module by its name, the longest name winning', () => {
    const chapters = builtChapters(root);
    expect(chapterOfChunk('/x/.prerender/chunks/02-casse_DO4JsvpM.mjs', chapters)?.file).toBe('content/livre-blanc/02-casse.mdx');
    expect(chapterOfChunk('02-casse-bis_Ab12Cd34.mjs', chapters)?.file).toBe('content/livre-blanc/02-casse-bis.mdx');
    expect(chapterOfChunk('jsx-runtime_u1I4qVac.mjs', chapters)).toBeNull();
  });

  it('names the chapter, the expression that throws the same error (of those naming what the message names), its line, in French', () => {
    const failure = chapterRenderFailure(thrown("Cannot read properties of undefined (reading 'total')", '02-casse_DO4JsvpM.mjs'), root);
    expect(failure).toMatchObject({ code: 'chapitre-expression-en-erreur', severity: 'blocking', file: 'content/livre-blanc/02-casse.mdx', line: 8, column: 32 });
    expect(failure?.message).toBe('{donnees.detail.total} : ce code échoue quand la page est construite (on lit « total » dans une valeur qui vaut undefined) ; la construction s’est arrêtée là.');
    const call = chapterRenderFailure(thrown('donnees.calcul is not a function', '02-casse_DO4JsvpM.mjs'), root);
    expect(call).toMatchObject({ line: 8, column: 61 });
    expect(call?.message).toContain('« donnees.calcul » n’est pas une fonction');
  });

  it('lists the candidates when the message names several, found through the error’s causes', () => {
    const wrapped = new Error('Astro', { cause: thrown("Cannot read properties of undefined (reading 'x')", '02-casse-bis_Ab12Cd34.mjs') });
    const failure = chapterRenderFailure(wrapped, root);
    expect(failure).toMatchObject({ file: 'content/livre-blanc/02-casse-bis.mdx', line: 8, column: 1 });
    expect(failure?.message).toContain('Une de ces expressions échoue');
    expect(failure?.message).toContain('{a.b.c} (ligne 8), {a.d.e} (ligne 8)');
  });

  it('leaves any other error alone (a bug to report)', () => {
    expect(chapterRenderFailure(new TypeError('boom'), root)).toBeNull();
    expect(chapterRenderFailure(thrown('boom', 'autre-chose_Ab12Cd34.mjs'), root)).toBeNull();
  });
});

describe('Astro’s log of a chapter’s code error in a build', () => {
  const message = (text: string, label: string | null = null): AstroLoggerMessage => ({ level: 'error', label, message: text, newLine: true });

  it('leaves out the stack and the « Caught error rendering » that repeats it, and nothing else', () => {
    const isCopy = chapterCodeErrorCopies(new Set());
    const stack = thrown("Cannot read properties of undefined (reading 'total')", '02-casse_DO4JsvpM.mjs').stack ?? '';
    expect(isCopy(message('Caught error rendering /: TypeError: boom', 'build'))).toBe(false);
    expect(isCopy(message(stack))).toBe(true);
    expect(isCopy(message("Caught error rendering /imprimer: TypeError: Cannot read properties of undefined (reading 'total')", 'build'))).toBe(true);
    expect(isCopy(message('Caught error rendering /: TypeError: boom', 'build'))).toBe(false);
    // Under astro dev (no prerendering module), Astro's own report stays.
    expect(isCopy(message(stack.replaceAll('/.prerender/chunks/', '/src/')))).toBe(false);
    expect(isCopy({ ...message(stack), level: 'warn' })).toBe(false);
  });
});
