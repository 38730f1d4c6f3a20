/**
 * A note item without a known section gets its tag from its text: once tagged, the report says at
 * the item's line which tag it received, so the ambassador can check it. Survey answers are not listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAG_LABELS } from '../../src/pipeline/model.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { FIXTURES, FRONT_MATTER, NOTE_FILE } from './helpers.ts';

const SURVEY = 'data/enquetes/retours.csv';

function run(body: string) {
  return synthesize({
    notes: [{ file: NOTE_FILE, content: `${FRONT_MATTER}\n${body}` }],
    surveys: [
      {
        file: SURVEY,
        bytes: new TextEncoder().encode('Région;Remarque\nBretagne;Le portail plante souvent le lundi matin.\n'),
        sidecar: {
          file: 'data/enquetes/retours.yml',
          content: 'colonnes:\n  region: "Région"\n  textes:\n    - { colonne: "Remarque", tag: auto }\n',
        },
      },
    ],
    themes: { file: 'data/themes.yml', content: readFileSync(path.join(FIXTURES, 'themes.yml'), 'utf8') },
    pseudonyms: null,
    settings: null,
  });
}

describe('tags inferred for note items without a section', () => {
  it('says at each item’s line which tag it received, and nothing for explicit items or survey answers', () => {
    const { synthesis, diagnostics } = run(
      ['## Remarques', '', '- Un tableau de bord par conseiller serait utile.', '', '## Ce qui fonctionne', '', '- Le portail.'].join('\n'),
    );
    const inferred = diagnostics.filter((d) => d.code === 'etiquette-deduite');
    const item = synthesis.items.find((i) => i.source.file === NOTE_FILE && i.source.line === 11);
    expect(item?.tagSource).toBe('inferred');
    expect(inferred).toHaveLength(1);
    expect(inferred[0]).toMatchObject({ file: NOTE_FILE, line: 11, column: 1, severity: 'warning' });
    expect(inferred[0]?.message).toMatch(/^Élément sous « Remarques », qui n’est pas le titre d’une des trois parties : publié dans « /);
    expect(inferred[0]?.message).toContain(`publié dans « ${TAG_LABELS[item?.tag ?? 'needs']} » (étiquette déduite du texte`);
    expect(synthesis.items.some((i) => i.source.file === SURVEY && i.tagSource === 'inferred')).toBe(true);
    expect(diagnostics.find((d) => d.code === 'section-inconnue')?.message).toContain('dite à la ligne de l’élément');
  });

  it('names each part of an item split in several statements, in one diagnostic, and says a doubtful tag is unsure', () => {
    const { synthesis, diagnostics } = run("- La recherche est rapide, mais l'agenda plante tous les lundis.\n");
    const parts = synthesis.items.filter((i) => i.source.file === NOTE_FILE);
    const inferred = diagnostics.filter((d) => d.code === 'etiquette-deduite');
    expect(parts).toHaveLength(2);
    expect(inferred).toHaveLength(1);
    expect(inferred[0]).toMatchObject({ line: 9, column: 1 });
    expect(inferred[0]?.message).toMatch(/^Élément placé avant tout titre de partie : découpé en 2 et publié ainsi : /);
    for (const part of parts) expect(inferred[0]?.message).toContain(`« ${part.text} » dans « ${TAG_LABELS[part.tag]} »`);
    expect(inferred[0]?.message.includes('peu sûre')).toBe(parts.some((p) => p.confidence < 0.5));
  });
});
