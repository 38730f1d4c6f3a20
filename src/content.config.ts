/**
 * The white paper's chapters: `content/livre-blanc/*.mdx` of the consultation root. `livre-blanc build`
 * points `LIVRE_BLANC_CHAPTERS` at them; without it (`astro dev`), those of `LIVRE_BLANC_ROOT`, as the
 * pages' Synthesis; and without either, the package's own folder (the demo).
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { ROOT_ENV } from './site/synthesis.ts';

export const CHAPTERS_ENV = 'LIVRE_BLANC_CHAPTERS';

const chapitres = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env[CHAPTERS_ENV] ?? path.join(process.env[ROOT_ENV] ?? '.', 'content', 'livre-blanc') }),
  schema: z.object({
    titre: z.string().min(1),
    ordre: z.number().int(),
    resume: z.string().optional(),
  }),
});

export const collections = { chapitres };
