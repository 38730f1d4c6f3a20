/**
 * The chapters' check: every chapter of `content/livre-blanc/` parsed and each component's props
 * checked against the Synthesis, before Astro runs. A chapter that cannot render is not publishable,
 * so its problems are blocking diagnostics, reported by `check` with the others and by `build`
 * (all of them, each at its line) instead of a stack trace on the first.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../pipeline/model.ts';
import type { Synthesis } from '../../pipeline/synthesis-model.ts';
import { CHAPTERS_FOLDER, chaptersDirOf, hasChapters } from '../chapters-source.ts';
import { createSite, type Site } from '../site.ts';
import { checkFrontMatter } from './front-matter.ts';
import { checkUses } from './uses.ts';
import { ChapterSyntaxError, parseChapter } from './parse.ts';

export async function checkChapters(root: string, synthesis: Synthesis): Promise<Diagnostic[]> {
  const dir = chaptersDirOf(root);
  if (!hasChapters(dir)) return [];
  const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
  const site = createSite(synthesis);
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    diagnostics.push(...checkChapter(site, `${CHAPTERS_FOLDER}/${name}`, await readFile(path.join(dir, name), 'utf8')));
  }
  return diagnostics;
}

/** The diagnostics of one chapter's source (`file` as reported). */
export function checkChapter(site: Site, file: string, source: string): Diagnostic[] {
  try {
    const chapter = parseChapter(source);
    return [...checkFrontMatter(file, chapter.frontMatter), ...checkUses(site, file, chapter)];
  } catch (error) {
    if (!(error instanceof ChapterSyntaxError)) throw error;
    return [
      {
        code: 'chapitre-illisible',
        severity: 'blocking',
        message: `Le chapitre n’est pas du MDX valide : ${error.message}`,
        hint: 'Vérifiez les balises des composants (« <Figure stat="items"/> », refermées par « /> ») ; écrivez « &lt; » ou « \\{ » pour un signe < ou { dans le texte.',
        file,
        ...error.place,
      },
    ];
  }
}
