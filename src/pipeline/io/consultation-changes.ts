/**
 * Changes to a consultation's files, settled: a burst of file events (an editor's save, a copy, a
 * /saisie save) becomes one call with the files that changed. Shared by `check --suivre` (through
 * `watchConsultationFiles`) and the dev server (through Vite's watcher).
 */
import { existsSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { isConsultationFile } from './read-consultation.ts';

/** A file event: its kind (`add`, `change`, `unlink`; others are ignored) and its absolute path. */
export type FileEventListener = (event: string, file: string) => void;

/** Changes closer than this are one: an editor or a copy often writes several files. */
export const SETTLE_MS = 150;

/**
 * A listener for file events under `root` that calls `onSettled` with the consultation's files that
 * changed (relative, `/` separators, sorted) once no other change came for `settleMs`. `watched`
 * says which files count (by default those the Synthesis depends on).
 */
export function settledChanges(
  root: string,
  onSettled: (files: string[]) => void,
  settleMs = SETTLE_MS,
  watched: (file: string) => boolean = isConsultationFile,
): FileEventListener {
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (event, file) => {
    if (event !== 'add' && event !== 'change' && event !== 'unlink') return;
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (relative.startsWith('../') || !watched(relative)) return;
    changed.add(relative);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed].sort();
      changed.clear();
      onSettled(files);
    }, settleMs);
  };
}

/** « x a changé », « 3 fichiers ont changé (a, b, c) ». */
export function describeChange(files: readonly string[]): string {
  if (files.length === 1) return `${files[0]} a changé`;
  return `${files.length} fichiers ont changé (${files.slice(0, 3).join(', ')}${files.length > 3 ? '…' : ''})`;
}

/** The folders a consultation's files live in (only these are watched: the root may hold node_modules/). */
export const WATCHED_DIRS = ['content', 'data'];

/**
 * Watches `content/` and `data/` under `root` with Node's own recursive watch; returns the function
 * that stops it. Node reports additions and removals alike as `rename`: both are passed as `change`,
 * which is all `settledChanges` needs. The root itself is watched (not recursively) so that a folder
 * created, copied in or replaced after the start is followed too.
 */
export function watchConsultationFiles(root: string, listener: FileEventListener): () => void {
  const watchers = new Map<string, FSWatcher>();
  const follow = (dir: string, announce: boolean): void => {
    watchers.get(dir)?.close();
    watchers.delete(dir);
    const absolute = path.join(root, dir);
    if (!existsSync(absolute)) return;
    watchers.set(
      dir,
      watch(absolute, { recursive: true }, (_kind, name) => {
        if (name) listener('change', path.join(absolute, name.toString()));
      }),
    );
    // A folder copied in whole comes with its files, and no event names them.
    if (announce) {
      for (const name of readdirSync(absolute, { recursive: true, encoding: 'utf8' })) listener('change', path.join(absolute, name));
    }
  };
  for (const dir of WATCHED_DIRS) follow(dir, false);
  const rootWatcher = watch(root, (_kind, name) => {
    const dir = name?.toString();
    if (dir && WATCHED_DIRS.includes(dir)) follow(dir, true);
  });
  return () => {
    rootWatcher.close();
    watchers.forEach((watcher) => watcher.close());
  };
}
