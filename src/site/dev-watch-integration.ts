/**
 * Dev only. Under `astro dev`, the site follows the consultation: when a note (saved from /saisie or
 * written by hand), a survey, its sidecar or a settings file is added, changed or removed, the
 * Synthesis is computed anew at once, and the pages open in a browser reload when it is ready.
 * Astro's own watch does not see these files: no page imports them, the pipeline reads them.
 *
 * The Synthesis is computed here, when the files settle rather than at the next page shown, and
 * handed to the pages (synthesis.ts): a page open meanwhile keeps showing the previous state instead
 * of waiting on a blank load (on the 143,719 real answers a Synthesis takes ~5 s).
 *
 * The chapters are checked as `build` checks them, at start, on each chapter saved and on each new
 * Synthesis (dev/follow-chapters.ts): their problems are said in the terminal and over the pages, and
 * a page they would stop shows them instead (dev/chapters-guard.ts). A chapter's front matter never
 * stops Astro's collection meanwhile (dev/tolerant-chapters.ts), and a renamed chapter's old address
 * leads to its new one (dev/renamed-chapters.ts).
 *
 * Vite's watch is told to leave alone the sites built inside the project (dev/built-sites.ts: any
 * `--out` folder, `dist/`) and the folders `livre-blanc build` stages a site in (`.astro/construction-…`,
 * see src/cli/astro-build.ts): a build run beside `npm run dev` filled the terminal with a `[watch]`
 * line per page written, and each one reloaded the pages open.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chaptersDir, hasChapters, noChaptersNotice } from './chapters-source.ts';
import { markDevServer } from './dev-server.ts';
import { synthesizeLogged } from './dev/logged-synthesis.ts';
import { inBuiltSite } from './dev/built-sites.ts';
import { chaptersGuard } from './dev/chapters-guard.ts';
import { provideProblemReporter } from './dev/component-problems.ts';
import { followChapters } from './dev/follow-chapters.ts';
import { chapterAddresses, renamedChapters } from './dev/renamed-chapters.ts';
import { CHAPTERS_CLIENT, RELOAD_CLIENT } from './dev/reload-client.ts';
import { watchConsultation } from './dev/watch-consultation.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { provideDevSynthesis, ROOT_ENV } from './synthesis.ts';

/** Where `livre-blanc build` stages a site it builds outside the package (src/cli/astro-build.ts). */
export const BUILD_STAGING_GLOB = '**/.astro/construction-*/**';

export function devWatchIntegration(): AstroIntegration {
  // A build also sets up a short-lived Vite server (to sync content) when NODE_ENV is not
  // `production` (vitest sets `test`): only `astro dev` is followed.
  let serving = false;
  return {
    name: 'livre-blanc:suivi-dev',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript, updateConfig }) => {
        serving = command === 'dev';
        if (!serving) return;
        injectScript('page', RELOAD_CLIENT);
        injectScript('page', CHAPTERS_CLIENT);
        const builtSite = inBuiltSite(fileURLToPath(config.root), config.build.assets);
        updateConfig({ vite: { server: { watch: { ignored: [BUILD_STAGING_GLOB, builtSite] } } } });
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!serving) return;
        markDevServer();
        const root = path.resolve(process.env[ROOT_ENV] ?? process.cwd());
        // Each new Synthesis, once ready, has the chapters checked against it.
        const synthesize = (at: string): Promise<Synthesis> => {
          const synthesis = synthesizeLogged(at, logger);
          synthesis.then(() => chapters.recheck(), () => {});
          return synthesis;
        };
        const synthesisNow = watchConsultation(server, root, logger, synthesize);
        const chapters = followChapters(server, root, logger, synthesisNow);
        const chaptersFolder = chaptersDir();
        const addresses = chapterAddresses(path.resolve(chaptersFolder));
        server.watcher.on('all', addresses.seen);
        server.middlewares.use(renamedChapters(path.resolve(chaptersFolder), addresses, logger));
        server.middlewares.use(chaptersGuard(chapters.problems));
        provideProblemReporter(chapters.sayComponentProblem);
        provideDevSynthesis(synthesisNow);
        void synthesisNow().catch(() => {}); // at start, not at the first page: the chapters are checked at once
        if (!hasChapters(chaptersFolder)) logger.info(noChaptersNotice(path.relative(process.cwd(), chaptersFolder) || '.'));
      },
    },
  };
}
