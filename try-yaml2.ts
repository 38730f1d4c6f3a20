import { parseDocument } from 'yaml';
for (const c of ['titre: "Atelier Bretagne — Rennes\ndate: 2026-09-12\nformat: presentiel\nregion: Bretagne\n', 'titre: Atelier\ndate: 2026-09-12\n  format: presentiel\nregion: Bretagne\n', 'a: 1\nb: [1, 2\nc: 3\n']) {
  const d = parseDocument(c);
  console.log(d.errors.map(e => [e.code, e.pos, e.message.split('\n')[0]]));
}
