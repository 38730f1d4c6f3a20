#!/usr/bin/env node
// Entry point of the `livre-blanc` command. The sources are TypeScript run directly by Node ≥ 22.18
// (type stripping), so there is no build step between editing and running. The project pins its own
// Node (devDependency `node`): npm scripts and `npx livre-blanc` use it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `livre-blanc demande Node ≥ 22.18 (ici ${process.versions.node}).\n` +
      'Lancez-le par « npx livre-blanc … » ou « npm run … » après « npm install » : le projet fournit son propre Node.\n',
  );
  process.exit(2);
}
// Node's compile cache keeps the stripped TypeScript and V8's code cache on disk (in the system's temporary
// folder, or NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off): loading the command's modules
// drops from ~0.5 s to ~0.2 s from the second command on, for every check, build and export.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
