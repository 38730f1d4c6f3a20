/**
 * The embedded demo consultation: the survey generator is reproducible and writes files the way
 * French Excel does; the workshop notes and the taxonomy meet the volumes and formats of DESIGN §4.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../support/temp-dirs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const surveys = path.join(root, 'data/enquetes');
const notesDir = path.join(root, 'content/ateliers');
const COUNSELLORS = 'questionnaire-conseillers.csv';
const YOUNG = 'questionnaire-jeunes.csv';

function readSurvey(name: string, encoding: string): string[][] {
  const text = new TextDecoder(encoding).decode(readFileSync(path.join(surveys, name)));
  const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('générateur des enquêtes de démonstration', () => {
  const tempDir = tempDirs('lb-demo-');
  const dirs = [tempDir(), tempDir()];

  it('écrit deux fois les mêmes octets, identiques aux fichiers versionnés', () => {
    for (const dir of dirs) {
      execFileSync(process.execPath, [path.join(root, 'scripts/generate-demo-surveys.ts'), dir], { stdio: 'pipe' });
    }
    for (const name of [COUNSELLORS, YOUNG]) {
      const first = readFileSync(path.join(dirs[0]!, name));
      const second = readFileSync(path.join(dirs[1]!, name));
      expect(first.equals(second), `${name} diffère d'une exécution à l'autre`).toBe(true);
      expect(first.equals(readFileSync(path.join(surveys, name))), `${name} versionné n'est pas à jour : relancez le générateur`).toBe(true);
    }
  });
});

describe('questionnaire conseillers (Excel français)', () => {
  const bytes = readFileSync(path.join(surveys, COUNSELLORS));

  it('est en Windows-1252, pas en UTF-8', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.includes(0xe9)).toBe(true); // é
    expect(bytes.includes(0x92)).toBe(true); // ’
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  });

  it('sépare par « ; », termine les enregistrements par CRLF et garde LF dans les cellules', () => {
    const text = new TextDecoder('windows-1252').decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^Horodateur;Région;/);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(/\r(?!\n)/.test(text)).toBe(false);
    const rows = readSurvey(COUNSELLORS, 'windows-1252');
    expect(rows.length - 1).toBeGreaterThanOrEqual(320);
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([11]));
    const cells = rows.flat();
    expect(cells.some((cell) => cell.includes('\n'))).toBe(true);
    expect(cells.some((cell) => cell.includes(';') && cell.includes('"'))).toBe(true);
  });

  it('varie les réponses et écrit les régions de plusieurs façons', () => {
    const [header, ...rows] = readSurvey(COUNSELLORS, 'windows-1252');
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)] ?? '');
    for (const name of ['Ce qui fonctionne bien', 'Ce qui vous gêne au quotidien', 'Vos attentes pour le futur SI', 'Commentaire libre']) {
      const answers = column(name).filter(Boolean);
      expect(new Set(answers).size, name).toBeGreaterThanOrEqual(120);
      expect(answers.length, name).toBeLessThan(rows.length);
    }
    const regions = new Set(column('Région'));
    for (const spelling of ['Île-de-France', 'ile de france', 'IDF', '11', 'La Réunion']) expect(regions).toContain(spelling);
    expect(column('Commentaire libre')).toContain('RAS');
  });
});

describe('questionnaire jeunes (CSV UTF-8)', () => {
  const bytes = readFileSync(path.join(surveys, YOUNG));

  it('commence par la marque d’ordre des octets UTF-8 et se lit en UTF-8', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    expect(new TextDecoder().decode(bytes).includes('\r\n')).toBe(true);
  });

  it('a au moins 220 réponses dont les codes postaux existent', () => {
    const [header, ...rows] = readSurvey(YOUNG, 'utf-8');
    expect(rows.length).toBeGreaterThanOrEqual(220);
    const require = createRequire(import.meta.url);
    const codesPostaux = require('codes-postaux') as { find(code: string): unknown[] };
    const index = header!.indexOf('Code postal');
    const codes = new Set(rows.map((row) => row[index] ?? ''));
    expect(codes.size).toBeGreaterThanOrEqual(60);
    const unknown = [...codes].filter((code) => codesPostaux.find(code).length === 0);
    expect(unknown).toEqual([]);
  });
});

describe('fichiers de correspondance des enquêtes', () => {
  it.each([
    [COUNSELLORS, 'windows-1252'],
    [YOUNG, 'utf-8'],
  ])('%s : chaque colonne citée existe dans l’en-tête', (name, encoding) => {
    const header = readSurvey(name, encoding)[0]!;
    const sidecar = parse(readFileSync(path.join(surveys, name.replace(/\.csv$/, '.yml')), 'utf8')) as {
      colonnes: Record<string, unknown> & { textes: { colonne: string; tag: string }[]; echelles: { colonne: string }[] };
    };
    const named = [
      ...['region', 'profil', 'code_postal', 'departement'].flatMap((key) => (typeof sidecar.colonnes[key] === 'string' ? [sidecar.colonnes[key]] : [])),
      ...sidecar.colonnes.textes.map((text) => text.colonne),
      ...sidecar.colonnes.echelles.map((scale) => scale.colonne),
    ];
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const column of named) expect(header).toContain(column);
    for (const text of sidecar.colonnes.textes) expect(['working', 'broken', 'needs', 'auto']).toContain(text.tag);
  });
});

interface Note {
  file: string;
  front: Record<string, unknown>;
  body: string;
}

function readNotes(): Note[] {
  const files = readdirSync(notesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).sort();
  return files.map((file) => {
    const content = readFileSync(path.join(notesDir, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
    if (!match) throw new Error(`${file} : pas d'en-tête YAML`);
    return { file, front: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
  });
}

/** The departments of the regions the demo notes come from (INSEE codes). */
const DEPARTMENTS: Record<string, string[]> = {
  'ile-de-france': ['75', '77', '78', '91', '92', '93', '94', '95'],
  'hauts-de-france': ['02', '59', '60', '62', '80'],
  'nouvelle-aquitaine': ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  occitanie: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  'auvergne-rhone-alpes': ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  bretagne: ['22', '29', '35', '56'],
  'grand-est': ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  'provence-alpes-cote-d-azur': ['04', '05', '06', '13', '83', '84'],
  'la-reunion': ['974'],
};

describe('notes d’atelier de démonstration', () => {
  const notes = readNotes();

  it('compte au moins 12 notes dans au moins 7 régions, dans tous les formats', () => {
    expect(notes.length).toBeGreaterThanOrEqual(12);
    expect(new Set(notes.map((note) => note.file.split(/[\\/]/)[0])).size).toBeGreaterThanOrEqual(7);
    const formats = notes.map((note) => note.front.format);
    expect(formats).toContain('presentiel');
    expect(formats).toContain('distanciel');
    expect(formats.filter((format) => format === 'hybride')).toHaveLength(1);
    expect(notes.filter((note) => note.front.profil === 'jeune')).toHaveLength(2);
  });

  it.each(readNotes().map((note) => [note.file, note] as const))('%s : en-tête cohérent et 15 à 40 éléments rangés dans des sections', (file, note) => {
    const [folder, name] = file.split(/[\\/]/);
    expect(name).toMatch(/^2026-(09|10|11)-\d\d-[a-z0-9-]+\.md$/);
    expect(String(note.front.date)).toBe(name!.slice(0, 10));
    expect(['presentiel', 'distanciel', 'hybride']).toContain(note.front.format);
    for (const code of note.front.departements as string[]) expect(DEPARTMENTS[folder!]).toContain(code);
    expect((note.front.structures as string[]).every((s) => s.startsWith('Mission Locale'))).toBe(true);
    for (const ambassador of note.front.ambassadeurs as string[]) expect(ambassador).toMatch(/^\p{Lu}[\p{L}-]+ \p{Lu}\.$/u);
    const participants = note.front.participants as { total: number; profils: Record<string, number> };
    expect(Object.values(participants.profils).reduce((a, b) => a + b, 0)).toBe(participants.total);

    const items = note.body.match(/^[ \t]*- .+$/gm) ?? [];
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(items.length).toBeLessThanOrEqual(40);
    const beforeFirstHeading = note.body.split(/^#{2,3} /m)[0] ?? '';
    expect(beforeFirstHeading).not.toMatch(/^[ \t]*- /m);
  });

  it('n’utilise que des étiquettes connues de data/themes.yml', () => {
    const { themes } = parse(readFileSync(path.join(root, 'data/themes.yml'), 'utf8')) as {
      themes: { id: string; libelle: string; description: string; mots_cles: string[]; etiquettes: string[] }[];
    };
    expect(themes).toHaveLength(15);
    for (const theme of themes) {
      expect(theme.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(theme.mots_cles.length).toBeGreaterThanOrEqual(15);
      expect(theme.mots_cles.length).toBeLessThanOrEqual(30);
      expect(theme.etiquettes.length).toBeGreaterThan(0);
    }
    // An alias must point at one theme only.
    const all = themes.flatMap((theme) => [...new Set([theme.id, ...theme.etiquettes])]);
    const aliases = new Set(all);
    expect(aliases.size).toBe(all.length);
    const used = notes.flatMap((note) => note.body.match(/(?<=\s)#[\p{L}\d-]+/gu) ?? []).map((tag) => tag.slice(1));
    expect(used.length).toBeGreaterThan(120);
    expect(used.filter((tag) => !aliases.has(tag))).toEqual([]);
  });

  it('fait revenir les idées fortes dans plusieurs régions', () => {
    const regionsMentioning = (pattern: RegExp) =>
      new Set(notes.filter((note) => pattern.test(note.body)).map((note) => note.file.split(/[\\/]/)[0])).size;
    expect(regionsMentioning(/double saisie|saisir deux fois|deux saisies|ressaisi|recopi/i)).toBeGreaterThanOrEqual(7);
    expect(regionsMentioning(/tableau de bord/i)).toBeGreaterThanOrEqual(7);
    expect(regionsMentioning(/lent|rame|ralenti/i)).toBeGreaterThanOrEqual(7);
    expect(regionsMentioning(/rappel/i)).toBeGreaterThanOrEqual(7);
  });
});
