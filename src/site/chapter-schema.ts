/**
 * A chapter's front matter, as the chapters' collection requires it (src/content.config.ts). Apart so
 * that the tests can hold it against the chapters' check, which says the same rules in French
 * (chapters-check/front-matter.ts): under `astro dev` that check is the only one to speak.
 */
import { z } from 'astro/zod';

export const chapterSchema = z.object({
  /** The chapter's title, as the table of contents and the page show it. */
  titre: z.string().min(1),
  /** Its place in reading order (smaller first; ties by file name). */
  ordre: z.number().int(),
  /** A one-line summary for the table of contents. */
  resume: z.string().optional(),
});

/** Under `astro dev`, a chapter whose front matter is not valid yet (dev/tolerant-chapters.ts): named by its file, placed last. */
export function chapterStandIn(id: string): z.infer<typeof chapterSchema> {
  return { titre: id, ordre: Number.MAX_SAFE_INTEGER };
}
