/**
 * Element ids unique within one rendered page: the same chart may appear twice on a page (e.g. the
 * complete white paper), and duplicate ids break anchors and assistive technologies.
 */
const seen = new WeakMap<object, Map<string, number>>();

/** `base`, then `base-2`, `base-3`… for later uses within the same page (keyed by its request). */
export function uniqueId(page: object, base: string): string {
  let ids = seen.get(page);
  if (!ids) {
    ids = new Map();
    seen.set(page, ids);
  }
  const count = (ids.get(base) ?? 0) + 1;
  ids.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}
