/**
 * A chapter whose code fails while Astro builds its page, though the check let it through (it reads what
 * the chapter imports): the error's stack runs through the chapter's compiled module, and the build
 * says it in French at the expression's line, without Astro's English copies of the stack.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { chapterOfChunk, chapterRenderFailure } from '../../src/cli/chapter-render-failure.ts';
import { builtChapters } from '../../src/cli/built-chapters.ts';
import { chapterCodeErrorCopies } from '../../src/site/chapter-error-log.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const root = tempDirs('lb-code-chapitre-')();
const dir = path.join(root, 'content/livre-blanc');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, '01-bon.mdx'), '---\ntitre: Bon\nordre: 1\n---\n\nTexte.\n');
writeFileSync(
  path.join(dir, '02-casse.mdx'),
  '---\ntitre: Cassé\nordre: 2\n---\n\nexport const donnees = { total: 3, calcul: 1 }\n\nUn total de {donnees.total} et {donnees.detail.total}, puis {donnees.calcul()}.\n',
);
writeFileSync(path.join(dir, '02-casse-bis.mdx'), "---\ntitre: Bis\nordre: 3\n---\n\nimport { a } from './a.js'\n\n{a.b.c} et {a.d.e}\n");
writeFileSync(path.join(dir, 'chiffres.json'), '{ "ateliers": { "total": 15 }, "regions": ["Bretagne"] }');
// An `export` line reading an import: it throws as the chapter's module loads, before any page renders.
writeFileSync(path.join(dir, '03-exporte.mdx'), "---\ntitre: Exporte\nordre: 4\n---\n\nimport chiffres from './chiffres.json'\n\nexport const ateliers = chiffres.ateliers.total\nexport const enquetes = chiffres.enquetes.total\n\n{ateliers} ateliers, {enquetes} enquêtes.\n");
// Two expressions naming « total »: the JSON file tells which one throws.
writeFileSync(path.join(dir, 'données déclarées.mdx'), "---\ntitre: Données\nordre: 5\n---\n\nimport chiffres from './chiffres.json'\n\nAteliers : {chiffres.ateliers.total}.\n\nEnquêtes : {chiffres.enquetes.total}.\n");
// Two on different lines, reading a module only the build runs: nothing tells them apart.
writeFileSync(path.join(dir, '04-deux.mdx'), "---\ntitre: Deux\nordre: 6\n---\n\nimport { a } from './a.js'\n\nUn : {a.b.total}.\n\nDeux : {a.c.total}.\n");

/** An error as Astro's prerendering throws it from a chapter's module as it loads (its `export` lines). */
function thrownLoading(message: string, chunk: string): Error {
  const error = new TypeError(message);
  error.stack = `TypeError: ${message}\n    at file:///paquet/.astro/construction-x/.prerender/chunks/${chunk}:9:12\n    at ModuleJob.run (node:internal/modules/esm/module_job:561:25)\n    at async render$1 (file:///paquet/.astro/construction-x/.prerender/chunks/chapters_3V5o7Mb4.mjs:581:26)`;
  return error;
}

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

  it('says an `export` line that throws as the chapter’s module loads at its line, the JSON import telling which', () => {
    const failure = chapterRenderFailure(thrownLoading("Cannot read properties of undefined (reading 'total')", '03-exporte_EztN3Zsq.mjs'), root);
    expect(failure).toMatchObject({ code: 'chapitre-expression-en-erreur', file: 'content/livre-blanc/03-exporte.mdx', line: 9, column: 1 });
    expect(failure?.message).toBe('« export const enquetes = chiffres.enquetes.total » : ce code échoue quand la page est construite (on lit « total » dans une valeur qui vaut undefined) ; la construction s’est arrêtée là.');
    expect(failure?.hint).toContain('Corrigez cette ligne « export »');
  });

  it('finds a chapter whose file name has accents, spaces or brackets (Astro writes « _ » for them in the chunk’s name)', () => {
    const chapters = builtChapters(root);
    expect(chapterOfChunk('/x/.prerender/chunks/donn_es_d_clar_es_Ab12_Cd3.mjs', chapters)?.file).toBe('content/livre-blanc/données déclarées.mdx');
    const failure = chapterRenderFailure(thrown("Cannot read properties of undefined (reading 'total')", 'donn_es_d_clar_es_Ab12_Cd3.mjs'), root);
    // Of the two naming « total », the one that throws with the chapter's JSON file read.
    expect(failure).toMatchObject({ file: 'content/livre-blanc/données déclarées.mdx', line: 10, column: 12 });
    expect(failure?.message).toContain('{chiffres.enquetes.total} : ce code échoue');
  });

  it('places at the chapter, listing their lines, candidates on different lines that nothing tells apart', () => {
    const failure = chapterRenderFailure(thrown("Cannot read properties of undefined (reading 'total')", '04-deux_Ab12Cd34.mjs'), root);
    expect(failure).toMatchObject({ file: 'content/livre-blanc/04-deux.mdx', line: 1, column: 1 });
    expect(failure?.message).toContain('{a.b.total} (ligne 8), {a.c.total} (ligne 10)');
    expect(failure?.hint).toContain('Rien ne dit laquelle est en cause');
  });

  it('leaves any other error alone (a bug to report)', () => {
    expect(chapterRenderFailure(new TypeError('boom'), root)).toBeNull();
    expect(chapterRenderFailure(thrown('boom', 'autre-chose_Ab12Cd34.mjs'), root)).toBeNull();
    expect(chapterRenderFailure(thrownLoading('boom', 'autre-chose_Ab12Cd34.mjs'), root)).toBeNull();
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

  it('also leaves out the stack of a chapter’s module failing as it loads, not that of another module', () => {
    const isCopy = chapterCodeErrorCopies(new Set(), () => ['03-exporte.mdx', 'données déclarées.mdx']);
    const loading = (chunk: string) => thrownLoading("Cannot read properties of undefined (reading 'total')", chunk).stack ?? '';
    expect(isCopy(message(loading('autre_Ab12Cd34.mjs')))).toBe(false);
    expect(isCopy(message(loading('03-exporte_EztN3Zsq.mjs')))).toBe(true);
    expect(isCopy(message(loading('donn_es_d_clar_es_EztN3Zsq.mjs')))).toBe(true);
    expect(isCopy(message("Caught error rendering /imprimer: TypeError: Cannot read properties of undefined (reading 'total')", 'build'))).toBe(true);
  });
});
