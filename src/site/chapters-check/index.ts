/**
 * The chapters' check: every chapter of `content/livre-blanc/` parsed and each component's props
 * checked against the Synthesis, before Astro runs. A chapter that cannot render is not publishable,
 * so its problems are blocking diagnostics, reported by `check` with the others and by `build`
 * (all of them, each at its line) instead of a stack trace on the first. What would render but
 * wrongly (a broken link or image, a key Astro ignores, a filter that selects nothing) is a warning.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../pipeline/model.ts';
import type { Synthesis } from '../../pipeline/synthesis-model.ts';
import { CHAPTERS_FOLDER, chaptersDirOf, hasChapters } from '../chapters-source.ts';
import { createSite, type Site } from '../site.ts';
import type { ChapterData } from './chapter-data.ts';
import { evaluateChapter } from './evaluate.ts';
import { FAILING_EXPRESSION } from './expression-diagnostics.ts';
import { UNKNOWN_NAME, checkExpressions } from './expressions.ts';
import { checkFrontMatter, frontMatterFields, frontMatterKeysRead, frontMatterLine } from './front-matter.ts';
import { jsonImportsOf, readJsonImports } from './json-imports.ts';
import { frenchMdxMessage } from './mdx-french.ts';
import { checkReferences, type ChapterContext } from './references.ts';
import { chapterId, siteRoutes, type ChapterRef } from './routes.ts';
import { checkQueries } from './queries.ts';
import { checkUses } from './uses.ts';
import { ChapterSyntaxError, parseChapter, type ParsedChapter } from './parse.ts';

interface Source extends ChapterRef {
  file: string;
  text: string;
  parsed: ParsedChapter | ChapterSyntaxError;
  fields: Record<string, unknown> | null;
}

export async function checkChapters(root: string, synthesis: Synthesis): Promise<Diagnostic[]> {
  const dir = chaptersDirOf(root);
  if (!hasChapters(dir)) return [];
  const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
  const site = createSite(synthesis);
  const sources: Source[] = [];
  for (const name of names) {
    const text = await readFile(path.join(dir, name), 'utf8');
    const parsed = parseOrError(text);
    const fields = parsed instanceof ChapterSyntaxError ? null : frontMatterFields(parsed.frontMatter);
    sources.push({ name, id: chapterId(name, fields?.slug), file: `${CHAPTERS_FOLDER}/${name}`, text, parsed, fields });
  }
  const routes = siteRoutes(site, sources);
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    diagnostics.push(...checkChapter(site, source.file, source.text, { id: source.id, dir, contentDir: path.join(root, 'content'), routes, chapters: sources }));
  }
  return [...diagnostics, ...sameOrder(sources)];
}

/**
 * The diagnostics of one chapter's source (`file` as reported). Without `context`, links are checked
 * against the site with this chapter alone, and relative images are not checked.
 */
export function checkChapter(site: Site, file: string, source: string, context?: ChapterContext): Diagnostic[] {
  const parsed = parseOrError(source);
  if (parsed instanceof ChapterSyntaxError) {
    // The front matter is read apart, so that an MDX error does not hide its problems (one round of fixes, not two).
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source)?.[1] ?? null;
    return [
      ...checkFrontMatter(file, frontMatter),
      {
        code: 'chapitre-illisible',
        severity: 'blocking',
        message: `Le chapitre n’est pas du MDX valide : ${frenchMdxMessage(parsed.message)}.`,
        hint: 'Vérifiez les balises des composants (« <Figure stat="items"/> », refermées par « /> ») ; écrivez « &lt; » ou « \\{ » pour un signe < ou { dans le texte.',
        file,
        ...parsed.place,
      },
    ];
  }
  const name = path.posix.basename(file);
  const fields = frontMatterFields(parsed.frontMatter);
  const own = { name, id: chapterId(name, fields?.slug) };
  const data = chapterData(file, parsed, context);
  const evaluation = evaluateChapter(file, parsed, data);
  const expressions = [...checkExpressions(file, parsed), ...data.diagnostics, ...evaluation.diagnostics];
  // A prop whose expression names nothing, or fails, is said once, blocking, not also as a value to check later.
  const unknownAt = new Set(expressions.filter((d) => d.code === UNKNOWN_NAME || d.code === FAILING_EXPRESSION).map((d) => `${d.line}:${d.column}`));
  const uses = checkUses(site, file, parsed, evaluation.props).filter((d) => d.code !== 'chapitre-valeur-calculee' || !unknownAt.has(`${d.line}:${d.column}`));
  const links = context ?? { ...own, routes: siteRoutes(site, [own]), chapters: [own] };
  const diagnostics = [
    ...checkFrontMatter(file, parsed.frontMatter, frontMatterKeysRead([...parsed.expressions.map((e) => e.source), ...parsed.esm.map((b) => b.source)])),
    ...expressions,
    ...uses,
    ...checkReferences(file, parsed, links),
    ...checkQueries(site, file, parsed.links, links.id, links.routes),
  ];
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The chapter's JSON imports, read when the chapter's folder and the content folder are known (not for a chapter checked alone). */
function chapterData(file: string, parsed: ParsedChapter, context: ChapterContext | undefined): ChapterData & { diagnostics: Diagnostic[] } {
  const imports = jsonImportsOf(parsed);
  if (!imports.length || !context?.dir || !context.contentDir) return { imports: [], values: {}, diagnostics: [] };
  return { imports, ...readJsonImports(file, imports, { chapterDir: context.dir, contentDir: context.contentDir }) };
}

function parseOrError(source: string): ParsedChapter | ChapterSyntaxError {
  try {
    return parseChapter(source);
  } catch (error) {
    if (error instanceof ChapterSyntaxError) return error;
    throw error;
  }
}

/** Two chapters with the same `ordre`: their order then follows their file names, which may not be meant. */
function sameOrder(sources: readonly Source[]): Diagnostic[] {
  const first = new Map<number, Source>();
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    const order = source.fields?.ordre;
    if (typeof order !== 'number' || !Number.isInteger(order)) continue;
    const other = first.get(order);
    if (!other) {
      first.set(order, source);
      continue;
    }
    const yaml = source.parsed instanceof ChapterSyntaxError ? '' : (source.parsed.frontMatter ?? '');
    diagnostics.push({
      code: 'chapitre-ordre-en-double',
      severity: 'warning',
      message: `${other.file} et ${source.file} ont le même ordre (${order}) : leur place dans le livre blanc dépend alors de leur nom de fichier.`,
      hint: `Donnez à chacun un ordre différent (par exemple « ordre: ${order + 1} » pour l’un d’eux, en décalant les suivants).`,
      file: source.file,
      line: frontMatterLine(yaml, 'ordre'),
      column: 1,
    });
  }
  return diagnostics;
}
