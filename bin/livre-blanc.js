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
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
