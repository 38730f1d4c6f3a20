/**
 * The chapters as the checks after `build` read them (built-anchors.ts, built-titles.ts): each parsed,
 * with its file as reported and its id (its page is `/livre-blanc/<id>/`). A chapter that does not parse
 * is left out: it was said before the build, which it stopped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHAPTERS_FOLDER, chaptersDirOf, hasChapters } from '../site/chapters-source.ts';
import { frontMatterFields } from '../site/chapters-check/front-matter.ts';
import { ChapterSyntaxError, parseChapter, type ParsedChapter } from '../site/chapters-check/parse.ts';
import { chapterId } from '../site/chapters-check/routes.ts';

export interface BuiltChapter {
  /** `content/livre-blanc/<name>.mdx`, as diagnostics name it. */
  file: string;
  id: string;
  parsed: ParsedChapter;
}

export function builtChapters(root: string): BuiltChapter[] {
  const dir = chaptersDirOf(root);
  if (!hasChapters(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      let parsed: ParsedChapter;
      try {
        parsed = parseChapter(readFileSync(path.join(dir, name), 'utf8'));
      } catch (error) {
        if (error instanceof ChapterSyntaxError) return [];
        throw error;
      }
      return [{ file: `${CHAPTERS_FOLDER}/${name}`, id: chapterId(name, frontMatterFields(parsed.frontMatter)?.slug), parsed }];
    });
}
