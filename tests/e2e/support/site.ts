/**
 * Shared by the end-to-end tests: build the demo consultation once (through the `build` command's
 * function), serve it with scripts/serve.ts on a free port, and launch Debian's Chromium.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSite, PACKAGE_DIR } from '../../../src/cli/build.ts';
import { readConsultation } from '../../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../../src/pipeline/synthesize.ts';
import { hashText } from '../../../src/pipeline/ids.ts';
import type { Synthesis } from '../../../src/pipeline/synthesis-model.ts';
import { serve, type RunningServer } from '../../../scripts/serve.ts';
import { withBuildLock } from './build-lock.ts';
import { makeOpenableFromFiles } from '../../../src/site/offline/openable-from-files.ts';

import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../../../src/export/pdf.ts';

export { CHROMIUM, CHROMIUM_ARGS };
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_MESSAGE = `Chromium introuvable (${CHROMIUM}) : tests de bout en bout ignorés. Installez-le avec « apt-get install -y chromium ».`;

export interface BuiltSite {
  dir: string;
  url: string;
  synthesis: Synthesis;
  buildMilliseconds: number;
  /** The steps `buildSite` reported, in order (kept in the completion marker for the other test files). */
  steps: string[];
  close(): Promise<void>;
}

/**
 * Test files of one vitest run share one build of the demo (each Astro build takes seconds): the
 * first file to get the build lock builds into a folder named after the run (the vitest process,
 * parent of every worker), the others find it complete. Folders of finished runs are removed, those
 * of other checkouts of the package too.
 */
const SHARED_DIR = path.join(os.tmpdir(), `livre-blanc-e2e-demo-${hashText(PACKAGE_DIR)}-${process.ppid}`);
/** Such a folder, of this checkout or another (a removed worktree leaves its own): its run's process id. */
const SHARED_NAME = /^livre-blanc-e2e-demo-[0-9a-z]+-(\d+)$/;
const COMPLETE = '.construction-terminee';

/** Builds the repository's demo consultation (once per test run) and serves it. */
export async function buildDemoSite(): Promise<BuiltSite> {
  const dir = SHARED_DIR;
  const buildMilliseconds = await withBuildLock(async () => {
    if (existsSync(path.join(dir, COMPLETE))) return 0;
    await removeFinishedRuns();
    const { synthesis, diagnostics } = synthesize(await readConsultation(PACKAGE_DIR));
    const blocking = diagnostics.filter((d) => d.severity === 'blocking');
    if (blocking.length) throw new Error(`La démo a ${blocking.length} erreur(s) bloquante(s) : ${blocking[0]?.file} ${blocking[0]?.message}`);
    const steps: string[] = [];
    const result = await buildSite({ synthesis, root: PACKAGE_DIR, outDir: dir, logLevel: 'error', onStep: (step) => steps.push(step) });
    await writeFile(path.join(dir, COMPLETE), JSON.stringify(steps));
    return result.milliseconds;
  });
  const steps = JSON.parse(await readFile(path.join(dir, COMPLETE), 'utf8')) as string[];
  // The site's own JSON is what the tests compare against: it is what a reader downloads.
  const published = JSON.parse(await readFile(path.join(dir, 'telechargements', 'synthese.json'), 'utf8')) as Synthesis;
  const server: RunningServer = await serve(dir, 0);
  return { dir, url: server.url, synthesis: published, buildMilliseconds, steps, close: () => server.close() };
}

async function removeFinishedRuns(): Promise<void> {
  for (const name of await readdir(os.tmpdir())) {
    const pid = Number(SHARED_NAME.exec(name)?.[1] ?? NaN);
    if (Number.isNaN(pid) || pid === process.ppid || alive(pid)) continue;
    await rm(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process lives, run by another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * The demo site and a browser for the tests of one `describe`: built (or found built) and launched
 * before them, closed after. Read `demo.site` and `demo.browser` inside the tests.
 */
export function demoSiteAndBrowser(): { readonly site: BuiltSite; readonly browser: Browser } {
  let site: BuiltSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await buildDemoSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() {
      return opened(site);
    },
    get browser() {
      return opened(browser);
    },
  };
}

/**
 * A consultation's own site (not the demo) and a browser for the tests of one `describe`: `build` writes the
 * site into a new temp folder (`prefix…`, given to it) and returns the built site's folder; it is served and
 * the browser launched before the tests; all closed, and the temp folder removed, after.
 */
export function ownSiteAndBrowser(prefix: string, build: (parent: string) => Promise<string>): { readonly dir: string; readonly url: string; readonly browser: Browser } {
  let parent: string | undefined;
  let dir: string | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), prefix));
    dir = await build(parent);
    server = await serve(dir, 0);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (parent) await rm(parent, { recursive: true, force: true });
  });
  return {
    get dir() {
      return opened(dir);
    },
    get url() {
      return opened(server).url;
    },
    get browser() {
      return opened(browser);
    },
  };
}

/** What a set-up above opened, read inside a test (before or after, it is not there). */
function opened<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('Le site et le navigateur ne sont ouverts que pendant les tests.');
  return value;
}

/**
 * A copy of the built demo as `build --hors-ligne` leaves it, in `<a temp folder>/<name>/` (the temp
 * folder serves it under the sub-path `/<name>/`). `converted` is the number of pages made openable.
 */
export async function offlineCopy(site: BuiltSite, prefix: string, name: string): Promise<{ parent: string; dir: string; converted: number }> {
  const parent = await mkdtemp(path.join(os.tmpdir(), prefix));
  const dir = path.join(parent, name);
  await cp(site.dir, dir, { recursive: true });
  return { parent, dir, converted: await makeOpenableFromFiles(dir) };
}

/** Collects console errors and uncaught exceptions of a page (CSP violations show up here too). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const AXE_SOURCE = readFile(path.join(PACKAGE_DIR, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page (evaluated through the DevTools protocol, so the page's CSP does not block it). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(await AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
}

/** Scrolls a page to its end in steps, so that lazily drawn charts come into view. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, 0);
  });
}

/**
 * Elements that stick out to the right of the viewport (at most 3, named with a bit of their text):
 * what scrolls a phone's page sideways. Content of a container that scrolls sideways on its own (tables in
 * `.table-scroll`) is left out.
 */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      // Inside a container that scrolls sideways on purpose (a wide table),
      // content beyond the screen is reached by scrolling that container, not the page.
      .filter((element) => {
        if (element.getBoundingClientRect().right <= width + 0.5) return false;
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return false;
        }
        return true;
      })
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${(element.textContent ?? '').trim().slice(0, 40)}`);
  });
}
