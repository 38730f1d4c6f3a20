/**
 * Under `astro dev`, the chapters are checked as `check` and `build` check them (chapters-check/):
 * at start, whenever a chapter is saved, and whenever a new Synthesis is ready (a theme or a region
 * gone makes a chapter's filter wrong). Without this, a bad prop showed only as the component's own
 * error when its page rendered, and that page stopped there.
 */
import { settledChanges, SETTLE_MS } from '../../pipeline/io/consultation-changes.ts';
import type { Diagnostic } from '../../pipeline/model.ts';
import type { Synthesis } from '../../pipeline/synthesis-model.ts';
import { checkChapters } from '../chapters-check/index.ts';
import { isChapterFile } from '../chapters-source.ts';
import { chaptersTerminal } from './chapters-notice.ts';
import { CHAPTERS_EVENT, CHAPTERS_REQUEST, chapterProblems, type ChapterProblem, type ChaptersState } from './messages.ts';
import { pending } from './pending.ts';
import type { WatchLogger } from './watch-consultation.ts';

/** What the chapters' check needs of Vite's dev server. */
export interface ChaptersServer {
  watcher: { on(event: 'all', listener: (event: string, file: string) => void): unknown };
  ws: {
    send(payload: { type: 'custom'; event: string; data: ChaptersState }): void;
    on(event: string, listener: (data: unknown, client: { send(event: string, data: ChaptersState): void }) => void): unknown;
  };
}

export interface FollowedChapters {
  /** Checks the chapters again (on a new Synthesis). */
  recheck(): void;
  /** The blocking problems, once the chapters saved and the check under way are done. */
  problems(): Promise<ChapterProblem[]>;
  /** Says a component's own problem (a value the check could not read), once per check. */
  sayComponentProblem(message: string): void;
}

/** How long new problems wait for a further write of the chapter before they are said (ms). */
export const GRACE_MS = 250;

/** Whether the check finds a blocking problem the pages do not show yet. */
function addsProblems(state: ChaptersState, diagnostics: readonly Diagnostic[]): boolean {
  const key = (p: ChapterProblem) => `${p.file}:${p.line}:${p.column}:${p.message}`;
  const shown = new Set(state.problems.map(key));
  return chapterProblems(diagnostics).some((problem) => !shown.has(key(problem)));
}

/** Follows the chapters under `root`, checked against the Synthesis of the moment. */
export function followChapters(
  server: ChaptersServer,
  root: string,
  logger: WatchLogger,
  synthesisNow: () => Promise<Synthesis>,
  settleMs = SETTLE_MS,
  graceMs = GRACE_MS,
): FollowedChapters {
  let state: ChaptersState = { problems: [] };
  let runs = 0;
  const terminal = chaptersTerminal(logger);
  const checked = pending(); // a page asked for meanwhile waits for the check, rather than stop at the problem
  const publish = (diagnostics: Diagnostic[]) => {
    terminal.checked(diagnostics);
    state = { problems: chapterProblems(diagnostics) };
    server.ws.send({ type: 'custom', event: CHAPTERS_EVENT, data: state });
  };
  // A newer state of the chapters or of the Synthesis is coming: any check under way is outdated.
  const outdate = () => {
    checked.start();
    return ++runs;
  };
  const check = () => {
    const run = outdate();
    const done = () => run === runs && checked.end(); // else a newer check is under way
    const failed = (error: unknown) => logger.error(`Les chapitres n’ont pas pu être vérifiés : ${error instanceof Error ? error.message : String(error)}`);
    // New problems wait a moment before they are said: an editor that saves in several writes
    // (the file emptied, then written) gave a half-written chapter's « titre manque » for a valid file.
    // Its next write outdates this check, which then says nothing; fixes are said at once.
    const report = async (diagnostics: Diagnostic[]) => {
      if (run !== runs) return;
      if (addsProblems(state, diagnostics)) await new Promise((resolve) => setTimeout(resolve, graceMs));
      if (run === runs) publish(diagnostics);
    };
    synthesisNow()
      .then(
        (synthesis) => checkChapters(root, synthesis).then(report, failed),
        () => {}, // a Synthesis that fails is said by logged-synthesis.ts
      )
      .finally(done);
  };
  server.ws.on(CHAPTERS_REQUEST, (_data, client) => client.send(CHAPTERS_EVENT, state));
  // A chapter being saved is awaited from its first event, before it settles.
  const chapterSaved = (file: string) => {
    if (!isChapterFile(file)) return false;
    outdate();
    return true;
  };
  server.watcher.on('all', settledChanges(root, check, settleMs, chapterSaved));
  outdate(); // until the first Synthesis is checked
  return { recheck: check, problems: () => checked.done().then(() => state.problems), sayComponentProblem: terminal.componentProblem };
}
