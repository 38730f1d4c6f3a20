/**
 * The command that serves a built site, as the user can type it where they are: `npm run serve` in
 * the package's folder; run through `npx livre-blanc`, `npx livre-blanc serve`; elsewhere, the Node
 * running this command (it runs TypeScript) on the `livre-blanc` entry point (`npx node` would fetch a
 * Node outside the package).
 */
import path from 'node:path';
import { PACKAGE_DIR } from './package-dir.ts';

export function serveCommand(outDir: string, cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const quoted = (text: string) => (/^[\w./:@=+-]+$/.test(text) ? text : `"${text}"`);
  // Relative when below the current folder (`site`), absolute rather than climbing (`../../tmp/site`).
  const relative = path.relative(cwd, outDir);
  const shown = relative === '' ? '.' : relative.startsWith('..') ? outDir : relative;
  if (cwd === PACKAGE_DIR) return shown === 'dist' ? 'npm run serve' : `npm run serve -- ${quoted(shown)}`;
  if (env.npm_command === 'exec') return `npx livre-blanc serve ${quoted(shown)}`;
  return [process.execPath, path.join(PACKAGE_DIR, 'bin', 'livre-blanc.js'), 'serve', shown].map(quoted).join(' ');
}

/**
 * What `build` says to view its site: under `npm start`, which serves it right after, that its address
 * follows (« Pour le consulter : npm run serve » before a server that starts on its own misled);
 * elsewhere, the command to type.
 */
export function viewingHint(outDir: string, cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  if (env.npm_lifecycle_event === 'start' && cwd === PACKAGE_DIR) return 'Il est servi juste après : son adresse suit.';
  return `Pour le consulter : ${serveCommand(outDir, cwd, env)}`;
}
