import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// Dev only: lets /saisie save a note into content/ateliers/ under `astro dev` (no effect on builds).
import { devSaveIntegration } from './src/entry/node/dev-save-integration.ts';
// Dev only: a note, survey or settings file that changes refreshes the Synthesis and reloads the pages.
import { devWatchIntegration } from './src/site/dev-watch-integration.ts';

// The site is plain static files under a strict Content-Security-Policy (no inline script or style,
// see src/site/nav.ts): stylesheets are always external files, and scripts are never inlined
// (Astro inlines processed scripts smaller than Vite's `assetsInlineLimit`; 0 turns that off).
export default defineConfig({
  integrations: [mdx(), devSaveIntegration(), devWatchIntegration()],
  output: 'static',
  // Astro 7 collapses whitespace by JSX rules by default ('jsx'): a line break between a word and an
  // element (`dans⏎<code>`, `</strong>⏎est`) vanished, and prose read « dans<code>… », « …</strong>est ».
  // `true` collapses it the HTML way, keeping one space wherever the source had some.
  compressHTML: true,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
  },
  vite: {
    // Scripts find the chunks they preload next to themselves (import.meta.url), not at the address's
    // root: a site built with relative links (build --hors-ligne) may be served under a sub-path.
    experimental: {
      renderBuiltUrl: (_filename, { hostType }) => (hostType === 'js' ? { relative: true } : undefined),
    },
    build: {
      assetsInlineLimit: 0,
      // /saisie/ runs the pipeline's own check in the browser (reading, tagging lexicons, referentials,
      // the anonymiser and its first-name list): one chunk of ~500 kB (~160 kB compressed), loaded by
      // that page only. Vite's English notice about chunks over 500 kB reached the bureau's terminal.
      chunkSizeWarningLimit: 800,
      rollupOptions: {
        // MDX chapters carry Astro's "use astro:head-inject" directive; the bundler's notice about it is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Astro's log, less its English copies of a chapter's French error (chapter-error-log.ts), and with
  // its dev warning for an address no page makes in French (see the module).
  logger: { entrypoint: './src/site/dev/dev-log.ts' },
});
