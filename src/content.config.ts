/**
 * The white paper's chapters: `content/livre-blanc/*.mdx` of the consultation root. `livre-blanc build`
 * points `LIVRE_BLANC_CHAPTERS` at them; without it (`astro dev`), those of `LIVRE_BLANC_ROOT`, as the
 * pages' Synthesis; and without either, the package's own folder (the demo).
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chaptersDir } from './site/chapters-source.ts';

const dir = chaptersDir();

const chapitres = defineCollection({
  // A missing folder loads nothing, rather than Astro's English warning; the French notice is the dev log's and build's.
  loader: existsSync(dir) ? glob({ pattern: '*.mdx', base: dir }) : { name: 'sans-chapitres', load: async () => {} },
  schema: z.object({
    /** The chapter's title, as the table of contents and the page show it. */
    titre: z.string().min(1),
    /** Its place in reading order (smaller first; ties by file name). */
    ordre: z.number().int(),
    /** A one-line summary for the table of contents. */
    resume: z.string().optional(),
  }),
});

export const collections = { chapitres };
