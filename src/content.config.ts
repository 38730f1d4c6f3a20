/**
 * The white paper's chapters: `content/livre-blanc/*.mdx` of the consultation root. `livre-blanc build`
 * points `LIVRE_BLANC_CHAPTERS` at them; without it (`astro dev`), those of `LIVRE_BLANC_ROOT`, as the
 * pages' Synthesis; and without either, the package's own folder (the demo).
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, chapterStandIn } from './site/chapter-schema.ts';
import { chaptersDir } from './site/chapters-source.ts';
import { tolerantInDev } from './site/dev/tolerant-chapters.ts';

const dir = chaptersDir();

const chapitres = defineCollection({
  // A missing folder loads nothing, rather than Astro's English warning; the French notice is the dev log's and build's.
  // Under `astro dev`, a front matter the schema refuses is said by the chapters' check, in French, not by Astro (see the module).
  loader: existsSync(dir) ? tolerantInDev(glob({ pattern: '*.mdx', base: dir }), chapterStandIn) : { name: 'sans-chapitres', load: async () => {} },
  schema: chapterSchema,
});

export const collections = { chapitres };
