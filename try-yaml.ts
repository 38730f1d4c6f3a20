import { readYaml } from './src/pipeline/text/yaml-source.ts';
const cases = [
  'titre: "Atelier Bretagne — Rennes\ndate: 2026-09-12\nformat: presentiel\nregion: Bretagne\n',
  'titre: Atelier\ndate: 2026-09-12\n  format: presentiel\nregion: Bretagne\n',
  'titre: Atelier\ndate: 2026-09-12\nformat: presentiel\nregion: Bretagne\ndepartements: ["35", "22"\nstructures: [a]\n',
  'titre: Atelier: Rennes\ndate: 2026-09-12\n',
  'titre: Atelier\nregion: Bretagne\nregion: Normandie\n',
  'titre: Atelier\nparticipants:\n  total: 3\n profils: {a: 1}\n',
  'titre: Atelier\n\tdate: 2026\n',
];
for (const c of cases) console.log(JSON.stringify(readYaml(c, 1).problem));
