/**
 * `watchConsultationFiles` on a real folder, with Node's own watch: files saved in `content/` and
 * `data/` are reported, and so are folders created, copied in whole or replaced after the start.
 */
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeChange, settledChanges, watchConsultationFiles } from '../../src/pipeline/io/consultation-changes.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const temp = tempDirs('lb-changes-');
const stagingDir = tempDirs('lb-changes-staging-');

/** Watches `root` and collects each settled batch of changes. */
function watching(root: string) {
  const batches: string[][] = [];
  const stop = watchConsultationFiles(root, settledChanges(root, (files) => batches.push(files), 50));
  const settled = async (holds: (files: string[]) => boolean): Promise<string[]> => {
    for (const started = Date.now(); Date.now() - started < 10_000; ) {
      const found = batches.find(holds);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`Aucun lot attendu parmi : ${JSON.stringify(batches)}`);
  };
  return { batches, stop, settled };
}

let stopWatching: (() => void) | undefined;
afterEach(() => stopWatching?.());

describe('watchConsultationFiles', () => {
  it('signale une note enregistrée, et ignore les fichiers que la consultation ne lit ni ne signale', async () => {
    const root = temp();
    mkdirSync(path.join(root, 'content/ateliers/bretagne'), { recursive: true });
    const watch = watching(root);
    stopWatching = watch.stop;
    // An editor's hidden swap file (a .txt would be reported as ignored, so it counts: see read-consultation).
    writeFileSync(path.join(root, 'content/ateliers/bretagne/.2026-09-12-rennes.md.swp'), 'pas une note');
    writeFileSync(path.join(root, 'content/ateliers/bretagne/2026-09-12-rennes.md'), '# Rennes\n');
    const files = await watch.settled((batch) => batch.includes('content/ateliers/bretagne/2026-09-12-rennes.md'));
    expect(files).toEqual(['content/ateliers/bretagne/2026-09-12-rennes.md']);
  });

  it('suit un dossier data/ créé après le départ, copié en entier avec ses enquêtes', async () => {
    const root = temp();
    mkdirSync(path.join(root, 'content'));
    const watch = watching(root);
    stopWatching = watch.stop;
    // A copy made elsewhere then moved in: its files are there before any watch could see them.
    const staging = stagingDir();
    cpSync(path.join(REPO, 'data'), path.join(staging, 'data'), { recursive: true });
    renameSync(path.join(staging, 'data'), path.join(root, 'data'));
    const files = await watch.settled((batch) => batch.includes('data/themes.yml'));
    expect(files.some((file) => /^data\/enquetes\/.+\.csv$/.test(file))).toBe(true);

    // …and then followed like any other: a later save in it is reported.
    watch.batches.length = 0;
    writeFileSync(path.join(root, 'data/themes.yml'), 'themes: []\n');
    expect(await watch.settled((batch) => batch.includes('data/themes.yml'))).toEqual(['data/themes.yml']);
  });

  it('suit encore content/ après qu’il a été supprimé puis recréé', async () => {
    const root = temp();
    mkdirSync(path.join(root, 'content/ateliers'), { recursive: true });
    const watch = watching(root);
    stopWatching = watch.stop;
    rmSync(path.join(root, 'content'), { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    mkdirSync(path.join(root, 'content/ateliers/corse'), { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    writeFileSync(path.join(root, 'content/ateliers/corse/2026-10-01-ajaccio.md'), '# Ajaccio\n');
    const files = await watch.settled((batch) => batch.includes('content/ateliers/corse/2026-10-01-ajaccio.md'));
    expect(files).toContain('content/ateliers/corse/2026-10-01-ajaccio.md');
  });
});

describe('describeChange', () => {
  it('nomme un fichier, ou compte les fichiers et en nomme trois', () => {
    expect(describeChange(['data/themes.yml'])).toBe('data/themes.yml a changé');
    expect(describeChange(['a.md', 'b.md', 'c.md', 'd.md'])).toBe('4 fichiers ont changé (a.md, b.md, c.md…)');
  });
});
