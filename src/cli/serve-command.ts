/**
 * A command of this tool, as the user can type it where they are: `npm run <command>` in the
 * package's folder; run through `npx livre-blanc`, `npx livre-blanc <command>`; elsewhere, the Node
 * running this command (it runs TypeScript) on the `livre-blanc` entry point (`npx node` would fetch a
 * Node outside the package). `args` are those of the command, folders already shown as typed.
 */
import path from 'node:path';
import { PACKAGE_DIR } from './package-dir.ts';

type Env = NodeJS.ProcessEnv;

const quoted = (text: string) => (/^[\w./:@=+-]+$/.test(text) ? text : `"${text}"`);

export function cliCommand(command: string, args: readonly string[], cwd = process.cwd(), env: Env = process.env): string {
  if (cwd === PACKAGE_DIR) return args.length ? `npm run ${command} -- ${args.map(quoted).join(' ')}` : `npm run ${command}`;
  if (env.npm_command === 'exec') return ['npx livre-blanc', command, ...args.map(quoted)].join(' ');
  return [process.execPath, path.join(PACKAGE_DIR, 'bin', 'livre-blanc.js'), command, ...args].map(quoted).join(' ');
}

/** A folder as the user would type it: relative when below `cwd` (`site`), absolute rather than climbing (`../../tmp/site`). */
function shownFolder(dir: string, cwd: string): string {
  const relative = path.relative(cwd, dir);
  return relative === '' ? '.' : relative.startsWith('..') ? dir : relative;
}

/** The command that serves a built site (`npm run serve` for the package's own `dist`). */
export function serveCommand(outDir: string, cwd = process.cwd(), env: Env = process.env): string {
  const shown = shownFolder(outDir, cwd);
  return cliCommand('serve', cwd === PACKAGE_DIR && shown === 'dist' ? [] : [shown], cwd, env);
}

/** The command that builds the site into `outDir` (`npm run build` for the package's own `dist`). */
export function buildSiteCommand(outDir: string, cwd = process.cwd(), env: Env = process.env): string {
  const shown = shownFolder(outDir, cwd);
  return cliCommand('build', cwd === PACKAGE_DIR && shown === 'dist' ? [] : ['--out', shown], cwd, env);
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
