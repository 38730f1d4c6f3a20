/**
 * Under `astro dev`, a site built inside the project (`livre-blanc build --out site/`, `dist/`, any
 * folder) is not watched: each page a build wrote was a `[watch]` line in the terminal and reloaded
 * the pages open. A built site is recognised by what it holds, not by a list of names (`--out` may
 * name any folder): Astro's assets folder (`_astro/`, its `build.assets` setting), which Astro writes
 * before any page — the very sign `build` reads before it replaces a folder (src/cli/output-folder.ts) —,
 * or the `.prerender/` folder Astro writes first while it builds, before the copy of `public/` and the
 * assets: every file of a build is left alone, not only its pages.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/** Astro's working folder in a site being built (removed once the pages are written). */
const BUILDING = '.prerender';

/** Whether `dir` holds a folder `name`. */
function holds(dir: string, name: string): boolean {
  return statSync(path.join(dir, name), { throwIfNoEntry: false })?.isDirectory() === true;
}

/**
 * For Vite's watch (`server.watch.ignored`): whether a path lies in a built site under `projectRoot`,
 * or is one. The project's root itself is not a candidate, nor anything outside it (a consultation
 * root elsewhere is watched for its `content/` and `data/` only).
 */
export function inBuiltSite(projectRoot: string, assets = '_astro'): (file: string) => boolean {
  return (file) => {
    const relative = path.relative(projectRoot, path.resolve(projectRoot, file));
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    let dir = projectRoot;
    for (const part of relative.split(path.sep)) {
      dir = path.join(dir, part);
      if (holds(dir, assets) || holds(dir, BUILDING)) return true;
    }
    return false;
  };
}
