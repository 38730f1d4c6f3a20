/**
 * Renders one of the site's Astro components to HTML, as a page of the built site would, without
 * building the site: a Vite server with Astro's plugins compiles the component, Astro's container
 * renders it. The Synthesis is handed over as `livre-blanc build` does, so the component's `getSite()`
 * reads the one the test gives.
 */
import path from 'node:path';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { createServer, type InlineConfig } from 'vite';
import { handOverSynthesis, SYNTHESIS_ENV, withdrawSynthesis } from '../../../src/site/synthesis.ts';
import type { Synthesis } from '../../../src/pipeline/synthesis-model.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** `component` is a path from the repository's root (`src/components/VerbatimItem.astro`). */
export async function renderComponent(synthesis: Synthesis, component: string, props: Record<string, unknown>): Promise<string> {
  const key = handOverSynthesis(synthesis);
  const previous = process.env[SYNTHESIS_ENV];
  process.env[SYNTHESIS_ENV] = key;
  // The project's astro.config.mjs is left out: its dev integrations would watch the consultation.
  const config = (await getViteConfig(
    { root: ROOT, server: { middlewareMode: true, hmr: false, watch: null }, appType: 'custom', logLevel: 'silent' },
    { root: ROOT, configFile: false, logLevel: 'silent' },
  )({ command: 'serve', mode: 'test' })) as InlineConfig;
  const server = await createServer({ ...config, configFile: false });
  try {
    const module = (await server.ssrLoadModule(`/${component}`)) as { default: AstroComponentFactory };
    const container = await AstroContainer.create();
    return await container.renderToString(module.default, { props });
  } finally {
    await server.close();
    withdrawSynthesis(key);
    if (previous === undefined) delete process.env[SYNTHESIS_ENV];
    else process.env[SYNTHESIS_ENV] = previous;
  }
}
