/**
 * The pieces the chapters' check runs a chapter's code with, each alone: the front matter as the page
 * holds it, an expression's value or error (with its line), and V8's messages in French.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { frenchError } from '../../src/site/chapters-check/french-error.ts';
import { mdxFrontMatter } from '../../src/site/chapters-check/mdx-front-matter.ts';
import { evaluate, isEvaluable, runBlock } from '../../src/site/chapters-check/run-code.ts';

describe('the front matter as MDX gives it to the page', () => {
  it('holds a date as the text the compiled chapter writes, and nothing for what is no YAML mapping', () => {
    expect(mdxFrontMatter('titre: T\npublie: 2026-11-30\n')).toEqual({ titre: 'T', publie: '2026-11-30T00:00:00.000Z' });
    expect(mdxFrontMatter(null)).toEqual({});
    expect(mdxFrontMatter('- une\n- liste\n')).toEqual({});
    expect(mdxFrontMatter('titre: [pas fermé\n')).toEqual({});
  });
});

describe('an expression run in the chapter’s context', () => {
  const context = vm.createContext({ frontmatter: { titre: 'T' } });

  it('gives its value, or the error it throws read by shape, or null for what is no plain JavaScript', () => {
    expect(evaluate('frontmatter.titre.toLowerCase()', context)).toEqual({ value: 't' });
    expect(evaluate('frontmatter.auteur.nom', context)).toMatchObject({ error: { name: 'TypeError', message: "Cannot read properties of undefined (reading 'nom')" } });
    expect(evaluate('<b>gras</b>', context)).toBeNull();
  });

  it('places an `export` block’s error at its line in the block', () => {
    const outcome = runBlock('const a = 1;\nconst b = 2;\nconst c = a.b.c;', vm.createContext({}));
    expect(outcome).toEqual({ error: { name: 'TypeError', message: "Cannot read properties of undefined (reading 'c')", line: 3 } });
  });

  it('is run only when it reads nothing but known names', () => {
    expect(isEvaluable('frontmatter.titre.length + Math.max(1, 2)')).toBe(true);
    expect(isEvaluable('total.detail')).toBe(false);
    expect(isEvaluable('total.detail', new Set(['total']))).toBe(true);
  });
});

describe('V8’s errors in French', () => {
  it.each([
    ['TypeError', "Cannot read properties of null (reading 'nom')", 'on lit « nom » dans une valeur qui vaut null'],
    ['TypeError', 'frontmatter.date.getDate is not a function', '« frontmatter.date.getDate » n’est pas une fonction'],
    ['ReferenceError', 'total is not defined', '« total » n’est défini nulle part'],
    ['SyntaxError', 'Unexpected token \'t\', "trois" is not valid JSON', 'le texte donné à JSON.parse n’est pas du JSON'],
    ['RangeError', 'Invalid array length', 'RangeError : « Invalid array length »'],
  ])('%s: %s', (name, message, french) => {
    expect(frenchError({ name, message })).toBe(french);
  });
});
