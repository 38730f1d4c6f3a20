import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { tempDirs } from '../support/temp-dirs.ts';
import { windows1252 } from '../surveys/helpers.ts';

const temp = tempDirs('lb-doublons-');
const NOTE_FILE = 'content/ateliers/bretagne/2026-10-01-rennes.md';
const NOTE =
  '---\nregion: Bretagne\ndate: 2026-10-01\nlieu: Rennes\nformat: presentiel\nparticipants: 12\n---\n\n' +
  '## Ce qui fonctionne\n\n- Le portail est rapide.\n- Les conseillers répondent vite.\n\n## Besoins et attentes\n\n- Un numéro de téléphone unique.\n';
const SURVEY_FILE = 'data/enquetes/questionnaire-jeunes.csv';
const HEADER = ['Région', 'Ce qui fonctionne', 'Ce qui manque'];
const ROWS = [
  ['Bretagne', 'Le portail est rapide', 'Des rappels par SMS'],
  ['Normandie', 'Ma conseillère m’écoute', 'Des rendez-vous le samedi'],
  ['Occitanie', 'L’appli est claire', 'Changer de rendez-vous en ligne'],
  ['Bretagne', 'L’accueil, vraiment', 'Plus de permanences en mairie'],
];

function plant(files: Record<string, string | Uint8Array>, root = temp()): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

function csv(rows: string[][], separator = ';', newline = '\n'): string {
  const cell = (text: string) => (text.includes(separator) ? `"${text}"` : text);
  return [HEADER, ...rows].map((row) => row.map(cell).join(separator)).join(newline) + newline;
}

async function check(root: string): Promise<Synthesis> {
  return synthesize(await readConsultation(root)).synthesis;
}

function doubles(synthesis: Synthesis): Array<[string, string, string]> {
  return synthesis.diagnostics.filter((d) => d.code === 'fichier-en-double' || d.code === 'enquete-incluse').map((d) => [d.code, d.severity, d.file]);
}

describe('a note dropped twice', () => {
  it('is read once, the copies each a blocking diagnostic naming the note kept, whatever their name, line endings, BOM or trailing spaces', async () => {
    const single = await check(plant({ [NOTE_FILE]: NOTE }));
    const root = plant({
      [NOTE_FILE]: NOTE,
      'content/ateliers/bretagne/2026-10-01-rennes (copie).md': NOTE,
      'content/ateliers/bretagne/2026-10-01-rennes-v2.md': `\uFEFF${NOTE.replace(/\n/g, '  \r\n')}\r\n\r\n`,
      'content/ateliers/bretagne/2026-10-01-rennes.MD': NOTE,
      'content/ateliers/bretagne/2026-10-01-rennes.markdown': NOTE,
      'content/ateliers/bretagne/2026-10-08-brest.md': NOTE.replace('Rennes', 'Brest'),
    });
    const synthesis = await check(root);
    expect(doubles(synthesis)).toEqual([
      ['fichier-en-double', 'blocking', 'content/ateliers/bretagne/2026-10-01-rennes (copie).md'],
      ['fichier-en-double', 'blocking', 'content/ateliers/bretagne/2026-10-01-rennes-v2.md'],
      ['fichier-en-double', 'blocking', 'content/ateliers/bretagne/2026-10-01-rennes.MD'],
      ['fichier-en-double', 'blocking', 'content/ateliers/bretagne/2026-10-01-rennes.markdown'],
    ]);
    const copy = synthesis.diagnostics.find((d) => d.file.endsWith('(copie).md'));
    expect(copy?.message).toContain(`Même contenu que ${NOTE_FILE}`);
    expect(copy?.hint).toMatch(/Supprimez l’un des deux/);
    // Rennes once, Brest (another workshop, one word apart) read as well.
    const sessions = synthesis.sessions.map((s) => s.file).sort();
    expect(sessions).toEqual([NOTE_FILE, 'content/ateliers/bretagne/2026-10-08-brest.md']);
    expect(synthesis.items.filter((item) => item.source.file === NOTE_FILE)).toHaveLength(single.items.length);
    expect(synthesis.reconciliation.files.find((f) => f.file.endsWith('-v2.md'))).toMatchObject({ read: 0, kept: 0 });
  });
});

describe('a survey dropped twice', () => {
  it('the same bytes (a copy and its copied sidecar): counted once, blocking on the copy', async () => {
    const single = await check(plant({ [SURVEY_FILE]: csv(ROWS), 'data/enquetes/questionnaire-jeunes.yml': 'titre: Jeunes\n' }));
    const synthesis = await check(
      plant({
        [SURVEY_FILE]: csv(ROWS),
        'data/enquetes/questionnaire-jeunes.yml': 'titre: Jeunes\n',
        'data/enquetes/questionnaire-jeunes-copie.csv': csv(ROWS),
        'data/enquetes/questionnaire-jeunes-copie.yml': 'titre: Jeunes\n',
      }),
    );
    expect(doubles(synthesis)).toEqual([['fichier-en-double', 'blocking', 'data/enquetes/questionnaire-jeunes-copie.csv']]);
    expect(synthesis.diagnostics.find((d) => d.code === 'fichier-en-double')?.message).toContain(`Même contenu que ${SURVEY_FILE}`);
    expect(synthesis.items).toHaveLength(single.items.length);
    const totals = ({ read, kept, rejected, published }: Synthesis['reconciliation']) => ({ read, kept, rejected, published });
    expect(totals(synthesis.reconciliation)).toEqual(totals(single.reconciliation));
    expect(synthesis.sessions).toHaveLength(1);
  });

  it('the same rows in another encoding, separator, line ending or order, or in a workbook: counted once, blocking', async () => {
    const root = plant({
      [SURVEY_FILE]: csv(ROWS),
      'data/enquetes/questionnaire-jeunes-export.csv': windows1252(csv([...ROWS].reverse(), ',', '\r\n')),
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Feuil1');
    sheet.addRow(HEADER);
    for (const row of ROWS) sheet.addRow(row);
    await workbook.xlsx.writeFile(path.join(root, 'data/enquetes/questionnaire-jeunes.xlsx'));
    const synthesis = await check(root);
    expect(doubles(synthesis)).toEqual([
      ['fichier-en-double', 'blocking', 'data/enquetes/questionnaire-jeunes-export.csv'],
      ['fichier-en-double', 'blocking', 'data/enquetes/questionnaire-jeunes.xlsx'],
    ]);
    expect(synthesis.diagnostics.find((d) => d.file.endsWith('.xlsx'))?.message).toContain(`Mêmes réponses que ${SURVEY_FILE}`);
    expect(synthesis.items).toHaveLength(ROWS.length * 2);
  });

  it('an earlier export whose rows are all in a later one: a warning naming both, its rows counted once', async () => {
    const synthesis = await check(
      plant({
        'data/enquetes/jeunes-septembre.csv': csv(ROWS.slice(0, 2)),
        'data/enquetes/jeunes-octobre.csv': csv(ROWS),
      }),
    );
    expect(doubles(synthesis)).toEqual([['enquete-incluse', 'warning', 'data/enquetes/jeunes-septembre.csv']]);
    const message = synthesis.diagnostics.find((d) => d.code === 'enquete-incluse')?.message ?? '';
    expect(message).toContain('Les 2 lignes');
    expect(message).toContain('data/enquetes/jeunes-octobre.csv, qui en compte 4');
    expect(synthesis.items).toHaveLength(ROWS.length * 2);
    expect(synthesis.sessions.map((s) => s.file)).toEqual(['data/enquetes/jeunes-octobre.csv']);
  });

  it('surveys that share rows but not all, or not their columns, are all counted', async () => {
    const synthesis = await check(
      plant({
        'data/enquetes/a.csv': csv(ROWS.slice(0, 3)),
        'data/enquetes/b.csv': csv(ROWS.slice(1)),
        'data/enquetes/c.csv': csv(ROWS).replace('Ce qui manque', 'Ce que tu aimerais'),
      }),
    );
    expect(doubles(synthesis)).toEqual([]);
    expect(synthesis.sessions).toHaveLength(3);
  });
});
