/**
 * The Métropole Européenne de Lille's Grand Débat on Decidim, read as one consultation: the raw exports
 * and the two « travaillée » extracts that repeat some of them under other columns. The real files are
 * read from ../shared/real-data and copied only into a temporary folder, never into the repository.
 * Skipped when the folder is absent.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const DIR = path.resolve(import.meta.dirname, '../../..', 'shared/real-data/decidim-mel-granddebat');
const FILES = [
  'propositions_libres.csv',
  'propositions_libres_travaillee_cp1252.csv',
  'commentaires_debats.csv',
  'commentaires_debats_organisation_etat.csv',
  'commentaires_propositions_libres.csv',
];
const present = FILES.every((file) => existsSync(path.join(DIR, file)));
if (!present) console.warn(`Données réelles absentes (${DIR}) : tests de la consultation MEL ignorés.`);

const temp = tempDirs('lb-mel-');
const survey = (name: string) => `data/enquetes/${name}`;

describe.skipIf(!present)('the MEL Grand Débat exports as one consultation (../shared/real-data)', () => {
  let synthesis: Synthesis;
  beforeAll(async () => {
    const root = temp();
    mkdirSync(path.join(root, 'data/enquetes'), { recursive: true });
    for (const file of FILES) {
      copyFileSync(path.join(DIR, file), path.join(root, survey(file)));
      const encoding = file.includes('cp1252') ? 'encodage: windows-1252\n' : '';
      writeFileSync(path.join(root, survey(file.replace(/\.csv$/, '.yml'))), `${encoding}colonnes:\n  departement_fixe: "59"\n`);
    }
    synthesis = synthesize(await readConsultation(root)).synthesis;
  }, 60_000);

  it('sets aside the 30 proposals and the 30 comments the « travaillée » extracts repeat, each pair of files named once', () => {
    const copies = synthesis.diagnostics.filter((d) => d.code === 'copie-d-un-autre-fichier');
    expect(copies.map((d) => [d.file, d.message.slice(0, d.message.indexOf(' :'))])).toEqual([
      [survey('commentaires_debats_organisation_etat.csv'), `30 réponses de ce fichier figurent mot pour mot dans ${survey('commentaires_debats.csv')}`],
      [survey('propositions_libres_travaillee_cp1252.csv'), `30 réponses de ce fichier figurent mot pour mot dans ${survey('propositions_libres.csv')}`],
    ]);
    const file = (name: string) => synthesis.reconciliation.files.find((f) => f.file === survey(name));
    expect(file('propositions_libres_travaillee_cp1252.csv')).toMatchObject({ read: 30, kept: 0, rejected: 30 });
    expect(file('propositions_libres.csv')).toMatchObject({ read: 196, kept: 196 });
    const { read, kept, rejected } = synthesis.reconciliation;
    expect(kept + rejected).toBe(read);
    // Nothing of the extracts is published: every answer of theirs is already published from the full export.
    const extracts = new Set([survey('propositions_libres_travaillee_cp1252.csv'), survey('commentaires_debats_organisation_etat.csv')]);
    expect(synthesis.items.filter((item) => extracts.has(item.source.file))).toEqual([]);
  });

  it('publishes every proposal as a request (« Besoins et attentes »), proposal 472 (« Une taxe est à appliquer ») included; comments keep the tagger', () => {
    const proposals = synthesis.items.filter((item) => item.source.file === survey('propositions_libres.csv'));
    expect(proposals.length).toBeGreaterThanOrEqual(190);
    expect(proposals.filter((item) => item.tag !== 'needs').map((item) => item.text.slice(0, 60))).toEqual([]);
    expect(proposals.find((item) => item.text.includes('Une taxe est à appliquer'))?.tag).toBe('needs');
    const comments = synthesis.items.filter((item) => item.source.file === survey('commentaires_debats.csv'));
    expect(new Set(comments.map((item) => item.tag))).toEqual(new Set(['working', 'broken', 'needs']));
  });

  it('counts the debate comments’ 118 participants by their distinct author ids, and leaves the surveys undated', () => {
    const session = (name: string) => synthesis.sessions.find((s) => s.file === survey(name));
    expect(session('commentaires_debats.csv')?.participants).toBe(118);
    expect(session('commentaires_propositions_libres.csv')?.participants).toBe(20);
    // The proposals export names no author: its rows are proposals, not people.
    expect(session('propositions_libres.csv')?.participants).toBeNull();
    expect(synthesis.sessions.map((s) => s.date)).toEqual(synthesis.sessions.map(() => null));
  });

  it('tells the reworked comments’ « categorie » (one label, 30 times) in an information, not as 30 answers set aside', () => {
    const file = survey('commentaires_debats_organisation_etat.csv');
    const codes = synthesis.diagnostics.filter((d) => d.file === file).map((d) => `${d.code}:${d.severity}`);
    expect(codes).toContain('colonne-de-libelles-non-lue:info');
    expect(codes).not.toContain('colonne-non-reconnue:warning');
    expect(synthesis.reconciliation.files.find((f) => f.file === file)).toMatchObject({ read: 30, rejected: 30, reasons: [{ reason: 'copie-d-un-autre-fichier', count: 30 }] });
  });
});
