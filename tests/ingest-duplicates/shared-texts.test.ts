import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { MIN_SHARED_CHARACTERS, textHash } from '../../src/pipeline/ingest/shared-texts.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const temp = tempDirs('lb-textes-partages-');

const LONG = [
  'Le portail est rapide et les démarches se font en quelques minutes depuis le téléphone.',
  'Ma conseillère m’écoute vraiment et me rappelle toujours quand elle l’a promis.',
  'Il faudrait des rendez-vous le samedi matin pour ceux qui travaillent en semaine.',
  'Changer de rendez-vous en ligne devrait être possible sans appeler l’agence.',
];

function plant(files: Record<string, string>): string {
  const root = temp();
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

async function check(root: string): Promise<Synthesis> {
  return synthesize(await readConsultation(root)).synthesis;
}

/** The full export: one text per row, under « Ce qui fonctionne ». */
const FULL = ['Région;Ce qui fonctionne', ...LONG.map((text) => `Bretagne;"${text}"`), 'Bretagne;Rien à dire de plus, merci'].join('\n') + '\n';
/** A reworked extract: other columns, three of the full export's texts (case, spaces and punctuation changed), a short one of its own, one short text shared. */
const EXTRACT =
  [
    'Ce qui fonctionne;Thème',
    `"${(LONG[0] as string).toUpperCase()}";Accueil`,
    `"${(LONG[1] as string).replaceAll('’', "'").replaceAll(' ', '  ')}";Accueil`,
    `"${(LONG[2] as string).replace(/\.$/, '')} !";Horaires`,
    '"Un numéro unique, vite.";Accueil',
    'Rien à dire de plus, merci;Accueil',
  ].join('\n') + '\n';

describe('the same long answers in two survey files', () => {
  it('sets the copies aside in the smaller file, with one warning naming the other and the count; the bilan still adds up', async () => {
    const synthesis = await check(plant({ 'data/enquetes/export.csv': FULL, 'data/enquetes/export-travaille.csv': EXTRACT }));
    const warnings = synthesis.diagnostics.filter((d) => d.code === 'copie-d-un-autre-fichier');
    expect(warnings.map((d) => [d.file, d.severity, d.line])).toEqual([['data/enquetes/export-travaille.csv', 'warning', 2]]);
    expect(warnings[0]?.message).toContain('3 réponses de ce fichier figurent mot pour mot dans data/enquetes/export.csv : le même contenu exporté deux fois ?');
    const files = Object.fromEntries(synthesis.reconciliation.files.map((f) => [f.file, f]));
    expect(files['data/enquetes/export.csv']).toMatchObject({ read: 5, kept: 5, rejected: 0 });
    expect(files['data/enquetes/export-travaille.csv']).toMatchObject({ read: 5, kept: 2, rejected: 3, reasons: [{ reason: 'copie-d-un-autre-fichier', count: 3 }] });
    const { read, kept, rejected } = synthesis.reconciliation;
    expect([read, kept + rejected, rejected]).toEqual([10, 10, 3]);
    // Each long text published once; the extract's own text and the short answer (too short to tell) stay.
    const extract = synthesis.sessions.find((s) => s.file === 'data/enquetes/export-travaille.csv')?.id;
    const fromExtract = synthesis.items.filter((item) => item.sessionId === extract).map((item) => item.source.row);
    expect([...new Set(fromExtract)].sort()).toEqual([4, 5]);
    expect(synthesis.setAside.filter((e) => e.reason === 'copie-d-un-autre-fichier').map((e) => e.source.row)).toEqual([1, 2, 3]);
  });

  it('keeps answers some of which another file also holds: people writing the same words (a campaign’s text) each count', async () => {
    const own = Array.from({ length: 7 }, (_, i) => `Réponse personnelle numéro ${i + 1} sur les horaires de l’accueil et les rendez-vous du matin.`);
    const campaign = ['Région;Ce qui fonctionne', ...[...LONG.slice(0, 3), ...own].map((text) => `Bretagne;"${text}"`)].join('\n') + '\n';
    const synthesis = await check(plant({ 'data/enquetes/export.csv': FULL, 'data/enquetes/campagne.csv': campaign }));
    // 3 of its 10 long answers are in the other file: no re-export, nothing set aside.
    expect(synthesis.diagnostics.filter((d) => d.code === 'copie-d-un-autre-fichier')).toEqual([]);
    expect(synthesis.reconciliation.rejected).toBe(0);
    expect(synthesis.items.filter((item) => item.text === LONG[0])).toHaveLength(2);
  });

  it('leaves a text repeated within one file to the duplicate warning, and two files without a shared text alone', async () => {
    const repeated = ['Région;Ce qui fonctionne', `Bretagne;"${LONG[0]}"`, `Bretagne;"${LONG[0]}"`].join('\n') + '\n';
    const other = ['Région;Ce qui manque', `Bretagne;"${LONG[3]}"`].join('\n') + '\n';
    const synthesis = await check(plant({ 'data/enquetes/a.csv': repeated, 'data/enquetes/b.csv': other }));
    expect(synthesis.diagnostics.filter((d) => d.code === 'copie-d-un-autre-fichier')).toEqual([]);
    expect(synthesis.reconciliation.rejected).toBe(0);
    // The in-file duplicate's advice fits any export, not only a questionnaire.
    const doublon = synthesis.diagnostics.find((d) => d.code === 'doublon');
    expect(doublon?.hint).toContain('la même réponse envoyée ou exportée deux fois');
  });
});

describe('textHash', () => {
  it('reads case, spaces and punctuation as the same text, and not the letters or a short text', () => {
    const text = LONG[1] as string;
    expect(textHash(`  ${text.toUpperCase()} `)).toBe(textHash(text));
    expect(textHash(text.replaceAll('’', "' ").replaceAll(',', ' , '))).toBe(textHash(text));
    expect(textHash(text.replace('écoute', 'ecoute'))).not.toBe(textHash(text));
    expect(textHash('a'.repeat(MIN_SHARED_CHARACTERS - 1))).toBe(-1);
    expect(textHash('a'.repeat(MIN_SHARED_CHARACTERS))).not.toBe(-1);
  });
});
