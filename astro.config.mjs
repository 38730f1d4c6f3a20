import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The site is plain static files under a strict Content-Security-Policy (no inline script or style,
// see src/site/nav.ts): stylesheets are always external files, and scripts are never inlined
// (Astro inlines processed scripts smaller than Vite's `assetsInlineLimit`; 0 turns that off).
export default defineConfig({
  integrations: [mdx()],
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
