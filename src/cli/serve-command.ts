/**
 * The command that serves a built site, as the user can type it where they are: `npm run serve` in
 * the package's folder; elsewhere, the Node running this command (it runs TypeScript) on serve.ts
 * (`npx node` would fetch a Node outside the package).
 */
import path from 'node:path';
import { PACKAGE_DIR } from './package-dir.ts';

export function serveCommand(outDir: string, cwd = process.cwd()): string {
  const quoted = (text: string) => (/^[\w./:@=+-]+$/.test(text) ? text : `"${text}"`);
  if (cwd === PACKAGE_DIR) {
    const relative = path.relative(cwd, outDir);
    return relative === 'dist' ? 'npm run serve' : `npm run serve -- ${quoted(relative || '.')}`;
  }
  return [process.execPath, path.join(PACKAGE_DIR, 'scripts', 'serve.ts'), path.relative(cwd, outDir) || '.'].map(quoted).join(' ');
}
