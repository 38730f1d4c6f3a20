import { parse } from 'yaml';

/**
 * The front matter as the page's `frontmatter` holds it: read as Astro reads it (js-yaml: a date is a
 * Date), then written into the compiled chapter as JSON (a date becomes « 2026-01-01T00:00:00.000Z »).
 * Not frontMatterFields (front-matter.ts), where a date stays as written.
 */
export function mdxFrontMatter(yaml: string | null): Record<string, unknown> {
  if (yaml === null) return {};
  try {
    const data: unknown = JSON.parse(JSON.stringify(parse(yaml, { customTags: ['timestamp'] }) ?? {}));
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    // Not YAML: chapitre-entete says so.
    return {};
  }
}
