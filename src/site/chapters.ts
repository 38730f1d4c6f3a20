/** The white paper's chapters, in reading order. */
import { getCollection } from 'astro:content';
import { chaptersDir, hasChapters } from './chapters-source.ts';

/** A chapter entry (front matter in French: `titre`, `ordre`, `resume`; see src/content.config.ts). */
export interface Chapter {
  id: string;
  data: { titre: string; ordre: number; resume?: string | undefined };
}

export async function getChapters(): Promise<Chapter[]> {
  // Astro warns (in English) on an empty collection: a consultation without chapters is a normal case.
  if (!hasChapters(chaptersDir())) return [];
  const chapters = (await getCollection('chapitres')) as Chapter[];
  return chapters.sort((a, b) => a.data.ordre - b.data.ordre || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
