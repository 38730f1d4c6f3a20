/** Other platforms' exports, read through the same mapping as a sidecar would give. */
import type { Mapping } from '../mapping-types.ts';
import { commentsMapping } from './comments.ts';
import { decidimMapping } from './decidim.ts';

export function adapterMapping(header: readonly string[]): Mapping | null {
  return decidimMapping(header) ?? commentsMapping(header);
}
