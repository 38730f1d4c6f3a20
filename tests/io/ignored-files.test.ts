import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isConsultationFile, readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { synthesisKey } from '../../src/cli/synthesis-cache.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const temp = tempDirs('lb-ignores-');
const NOTE = '---\nregion: Bretagne\ndate: 2026-10-01\nlieu: Rennes\n---\n\n## Ce qui fonctionne\n\n- Le portail est rapide.\n';

function plant(root: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
}

describe('files that are neither a note nor a survey', () => {
  it('are each reported with what to do, system files left alone', async () => {
    const root = temp();
    plant(root, {
      'content/ateliers/bretagne/2026-10-01-rennes.md': NOTE,
      'content/ateliers/bretagne/quimper.txt': 'notes',
      'content/ateliers/bretagne/tableau.jpg': 'x',
      'content/ateliers/bretagne/compte-rendu.docx': 'x',
      'content/ateliers/.DS_Store': 'x',
      'content/ateliers/bretagne/.gitkeep': '',
      'content/ateliers/bretagne/2026-10-01-rennes.md~': NOTE,
      'content/ateliers/bretagne/#2026-10-01-rennes.md#': NOTE,
      'content/ateliers/bretagne/lisez-moi.txt': 'Une note par atelier.',
      'content/ateliers/bretagne/enquete.xlsx': 'x',
      'data/enquetes/questionnaire.ods': 'x',
      'data/enquetes/2026-10-01-brest.md': NOTE,
      'data/enquetes/~$questionnaire.xlsx': 'x',
      'data/enquetes/jeunes.csv': 'texte\nbonjour\n',
      'data/enquetes/jeunes.yml': 'titre: Jeunes\n',
      'data/enquetes/conseillers.yaml': 'titre: x\n',
    });
    const input = await readConsultation(root);
    expect(input.ignored).toEqual([
      'content/ateliers/bretagne/compte-rendu.docx',
      'content/ateliers/bretagne/enquete.xlsx',
      'content/ateliers/bretagne/lisez-moi.txt',
      'content/ateliers/bretagne/quimper.txt',
      'content/ateliers/bretagne/tableau.jpg',
      'data/enquetes/2026-10-01-brest.md',
      'data/enquetes/conseillers.yaml',
      'data/enquetes/questionnaire.ods',
    ]);
    const warnings = synthesize(input).diagnostics.filter((d) => d.code === 'fichier-ignore');
    const hint = (file: string) => warnings.find((d) => d.file === file)?.hint ?? '';
    // Blocking when feedback would be lost (a workbook, a report, a file in the other's folder); a warning for a photo, a read-me, a misnamed sidecar.
    expect(Object.fromEntries(warnings.map((d) => [d.file, d.severity]))).toEqual({
      'content/ateliers/bretagne/compte-rendu.docx': 'blocking',
      'content/ateliers/bretagne/enquete.xlsx': 'blocking',
      'content/ateliers/bretagne/lisez-moi.txt': 'warning',
      'content/ateliers/bretagne/quimper.txt': 'blocking',
      'content/ateliers/bretagne/tableau.jpg': 'warning',
      'data/enquetes/2026-10-01-brest.md': 'blocking',
      'data/enquetes/conseillers.yaml': 'warning',
      'data/enquetes/questionnaire.ods': 'blocking',
    });
    expect(hint('data/enquetes/questionnaire.ods')).toContain('CSV UTF-8');
    expect(hint('content/ateliers/bretagne/enquete.xlsx')).toContain('data/enquetes/');
    expect(hint('data/enquetes/2026-10-01-brest.md')).toContain('content/ateliers/<région>/');
    expect(hint('content/ateliers/bretagne/compte-rendu.docx')).toContain('/saisie/');
    expect(hint('content/ateliers/bretagne/tableau.jpg')).toContain('photos ne sont pas lues');
    expect(hint('data/enquetes/conseillers.yaml')).toContain('.yml');
    // Watched as the files read are: adding one changes the report.
    for (const file of input.ignored ?? []) expect(isConsultationFile(file), file).toBe(true);
    expect(isConsultationFile('content/ateliers/.DS_Store')).toBe(false);
    expect(isConsultationFile('data/enquetes/~$questionnaire.xlsx')).toBe(false);
    expect(isConsultationFile('content/ateliers/bretagne/2026-10-01-rennes.md~')).toBe(false);
  });

  it('are part of the cached synthesis key, so that a new one is reported without LIVRE_BLANC_CACHE=0', async () => {
    const root = temp();
    plant(root, { 'content/ateliers/bretagne/2026-10-01-rennes.md': NOTE });
    const before = synthesisKey(await readConsultation(root), 'code');
    plant(root, { 'data/enquetes/questionnaire.xlsx': 'x' });
    expect(synthesisKey(await readConsultation(root), 'code')).not.toBe(before);
  });
});

describe('a consultation with nothing to read', () => {
  it('cannot be published; one file read is enough', async () => {
    const root = temp();
    plant(root, { 'data/themes.yml': 'themes: []\n', 'content/ateliers/bretagne/lisez-moi.txt': 'x' });
    const blocking = synthesize(await readConsultation(root)).diagnostics.filter((d) => d.severity === 'blocking');
    expect(blocking.map((d) => d.code)).toEqual(['consultation-vide']);
    plant(root, { 'content/ateliers/bretagne/2026-10-01-rennes.md': NOTE });
    expect(synthesize(await readConsultation(root)).diagnostics.map((d) => d.code)).not.toContain('consultation-vide');
  });
});
