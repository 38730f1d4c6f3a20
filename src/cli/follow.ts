/**
 * `check --suivre`: stays open and runs the dry run again each time the consultation's files settle
 * after a change, one run at a time (changes during a run make one more run after it). Ctrl+C stops;
 * the exit code is the last run's.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeChange, SETTLE_MS, settledChanges, WATCHED_DIRS, watchConsultationFiles } from '../pipeline/io/consultation-changes.ts';
import { isConsultationFile } from '../pipeline/io/read-consultation.ts';
import { isChapterFile } from '../site/chapters-source.ts';

/** Clears a terminal, so that each report starts at the top (not on a pipe or a file). */
const CLEAR = '\x1b[2J\x1b[H';

export function followConsultation(root: string, blocking: boolean, rerun: () => Promise<boolean>): Promise<number> {
  const say = (text: string) => process.stderr.write(text);
  say('\nSuivi de la consultation : chaque note, enquête, chapitre ou réglage enregistré relance le tir à blanc (Ctrl+C pour arrêter).\n');
  if (!WATCHED_DIRS.some((dir) => existsSync(path.join(root, dir)))) {
    say(`Attention : ${root} n’a ni content/ ni data/ ; ils seront suivis dès leur création.\n`);
  }
  let lastBlocking = blocking;
  let running = false;
  let pending: string[] | null = null;
  const run = (files: string[]): void => {
    if (running) {
      pending = [...new Set([...(pending ?? []), ...files])].sort();
      return;
    }
    if (process.stdout.isTTY) process.stdout.write(CLEAR);
    say(`${describeChange(files)} : nouveau tir à blanc.\n\n`);
    running = true;
    void rerun()
      .then((result) => {
        lastBlocking = result;
      })
      .catch((error: unknown) => {
        say(`Le tir à blanc a échoué : ${error instanceof Error ? error.message : String(error)}\n`);
      })
      .finally(() => {
        running = false;
        const next = pending;
        pending = null;
        if (next) run(next);
      });
  };
  // The chapters too: the dry run checks their components against the Synthesis.
  const stop = watchConsultationFiles(root, settledChanges(root, run, SETTLE_MS, (file) => isConsultationFile(file) || isChapterFile(file)));
  return new Promise((resolve) => {
    process.once('SIGINT', () => {
      stop();
      say('\nSuivi arrêté.\n');
      resolve(lastBlocking ? 1 : 0);
    });
  });
}
