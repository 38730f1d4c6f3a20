/**
 * Synthetic consultations of any size, for benchmarks: workshop notes and survey CSVs across every
 * region, in realistic French about the Missions Locales' information system. When the real Grand
 * Débat answers are present (`../shared/real-data/`), some survey cells are taken from them, so that
 * the vocabulary has the long tail of real text. Deterministic: same size and seed → same files.
 *
 *   node scripts/generate-consultation.ts --size 100000 --out /tmp/consultation-100k [--seed 1] [--sans-reel] [--varie]
 *
 * `generateItems` gives the same kind of text directly as published items, for measuring the search
 * index without running the pipeline.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { FeedbackItem, SessionFormat, Tag } from '../src/pipeline/model.ts';
import { stableId } from '../src/pipeline/ids.ts';
import { REGIONS, PROFILES, SUBJECTS, PREDICATES, OPENERS, CONTEXTS, THEME_IDS, HEADINGS, CONTEXT_SECTION, AMBASSADORS } from './generate/text-banks.ts';
import { encodeWindows1252 } from './generate/windows-1252.ts';

export { encodeWindows1252 };

const REPO = path.resolve(import.meta.dirname, '..');
export const REAL_ANSWERS = path.resolve(REPO, '..', 'shared/real-data/granddebat-services-publics/answers.csv');

/** mulberry32: small, fast, seedable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** One templated statement and its themes. */
export function sentence(rand: () => number, tag: Tag): { text: string; themes: string[] } {
  const theme = pick(rand, THEME_IDS);
  const themes = [theme];
  let subject = pick(rand, SUBJECTS[theme] ?? []);
  if (rand() < 0.25) {
    const other = pick(rand, THEME_IDS);
    if (other !== theme) {
      themes.push(other);
      subject = `${subject} et ${pick(rand, SUBJECTS[other] ?? [])}`;
    }
  }
  const opener = pick(rand, OPENERS[tag]);
  const [singular, plural] = pick(rand, PREDICATES[tag]);
  const predicate = subject.startsWith('les ') || subject.includes(' et ') ? plural : singular;
  const body = `${subject} ${predicate}${pick(rand, CONTEXTS)}.`;
  const text = opener === '' ? body.charAt(0).toUpperCase() + body.slice(1) : `${opener}${body}`;
  return { text: text.replace(/ +/g, ' '), themes: themes.sort() };
}

/** Real answers (Grand Débat, public services), or `[]` when the shared data is absent. */
export function loadRealAnswers(file = REAL_ANSWERS): string[] {
  if (!existsSync(file)) return [];
  const parsed = Papa.parse<{ comment?: string }>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => (row.comment ?? '').replace(/\s+/g, ' ').trim()).filter((text) => text.length > 2);
}

export interface GenerateOptions {
  seed?: number;
  /** Share of survey cells taken from real answers when available (0–1). */
  realShare?: number;
  realAnswers?: readonly string[];
  /**
   * Files as they come from the field (added for `npm run bench`; off by default, so the files above
   * stay byte for byte what they were): surveys alternately in UTF-8 with a BOM and in Windows-1252
   * (`encodage: auto`, `separateur: auto`), notes with the various headings people write, a context
   * section, nested items, `#theme` tags, votes and declared ambassadors, and a few phone numbers
   * and e-mails for the anonymiser to find.
   */
  variety?: boolean;
  /**
   * At most this many items in workshop notes (default: no bound, 10 % of the items). A national
   * consultation is hundreds of workshops and up to a million survey answers, not 37,000 workshops.
   */
  maxNoteItems?: number;
  /** Rows per survey file (default 5,000). */
  rowsPerSurvey?: number;
}

const TAG_OF_COLUMN: Tag[] = ['working', 'broken', 'needs'];

/**
 * Published-like items directly (no pipeline): 10 % from workshops, 90 % from surveys, across
 * every region; themes from the template (real answers get `autres` plus a random theme).
 */
export function generateItems(count: number, options: GenerateOptions = {}): FeedbackItem[] {
  const rand = random(options.seed ?? 1);
  const real = options.realAnswers ?? [];
  const realShare = real.length > 0 ? (options.realShare ?? 0.6) : 0;
  const items: FeedbackItem[] = [];
  let session = 0;
  while (items.length < count) {
    const [region] = pick(rand, REGIONS);
    const workshop = rand() < 0.1;
    const sessionId = `${workshop ? 'atelier' : 'enquete'}-${region}-${session++}`;
    const size = workshop ? 15 + Math.floor(rand() * 26) : 200 + Math.floor(rand() * 400);
    const format: SessionFormat = workshop ? pick(rand, ['presentiel', 'presentiel', 'distanciel', 'hybride'] as const) : 'enquete';
    const sessionProfile = workshop && rand() < 0.15 ? 'jeune' : null;
    for (let n = 0; n < size && items.length < count; n++) {
      const tag = workshop ? pick(rand, TAG_OF_COLUMN) : (TAG_OF_COLUMN[n % 3] ?? 'needs');
      const useReal = !workshop && rand() < realShare;
      const made = useReal
        ? { text: real[Math.floor(rand() * real.length)] ?? '', themes: rand() < 0.5 ? ['autres'] : [pick(rand, THEME_IDS)] }
        : sentence(rand, tag);
      const line = 12 + n;
      items.push({
        id: stableId(sessionId, line, n),
        sessionId,
        text: made.text,
        declaredTag: tag,
        explicitThemes: [],
        weight: workshop && rand() < 0.2 ? 1 + Math.floor(rand() * 12) : 1,
        region,
        department: null,
        profile: sessionProfile ?? (workshop ? null : pick(rand, PROFILES)),
        format,
        question: null,
        source: { file: `${sessionId}.csv`, line, column: 1 },
        tag,
        tagSource: 'explicit',
        confidence: 1,
        themes: made.themes,
      });
    }
  }
  return items;
}

/** Writes a consultation root: notes (10 % of items, see `maxNoteItems`), surveys (the rest), themes and settings. */
export function writeConsultation(root: string, count: number, options: GenerateOptions = {}): { notes: number; surveys: number } {
  const rand = random(options.seed ?? 1);
  const real = options.realAnswers ?? [];
  const realShare = real.length > 0 ? (options.realShare ?? 0.6) : 0;
  mkdirSync(path.join(root, 'content/ateliers'), { recursive: true });
  mkdirSync(path.join(root, 'data/enquetes'), { recursive: true });
  writeFileSync(path.join(root, 'data/themes.yml'), readFileSync(path.join(REPO, 'data/themes.yml')));
  writeFileSync(
    path.join(root, 'content/consultation.yml'),
    `titre: "Consultation synthétique de ${count} éléments"\n`,
  );
  let written = 0;
  let notes = 0;
  const noteTarget = Math.min(Math.round(count * 0.1), options.maxNoteItems ?? Infinity);
  while (written < noteTarget) {
    const [code, name, places] = REGIONS[notes % REGIONS.length] ?? ['11', 'Île-de-France', ['Paris']];
    const place = pick(rand, places);
    const youth = rand() < 0.15;
    const lines = [
      '---',
      `titre: "Atelier ${name} — ${place} n° ${notes + 1}"`,
      `date: 2026-${String(9 + (notes % 3)).padStart(2, '0')}-${String(1 + (notes % 28)).padStart(2, '0')}`,
      `format: ${pick(rand, ['presentiel', 'presentiel', 'distanciel', 'hybride'])}`,
      `region: "${code}"`,
      youth ? 'profil: jeune' : 'participants:\n  total: 12\n  profils: { conseiller: 8, direction: 2, accueil: 2 }',
      ...(options.variety ? varietyFrontMatter(rand, place) : []),
      '---',
      '',
    ];
    if (options.variety) lines.push(...CONTEXT_SECTION);
    const perSection = 5 + Math.floor(rand() * 9);
    for (const [heading, tag] of [['Ce qui fonctionne', 'working'], ['Ce qui dysfonctionne', 'broken'], ['Besoins et attentes', 'needs']] as const) {
      if (written >= noteTarget) break;
      lines.push(`## ${options.variety ? pick(rand, HEADINGS[tag]) : heading}`, '');
      for (let i = 0; i < perSection && written < noteTarget; i++, written++) {
        const votes = rand() < 0.2 ? ` (${1 + Math.floor(rand() * 12)} votes)` : '';
        if (!options.variety) {
          lines.push(`- ${sentence(rand, tag).text}${votes}`);
          continue;
        }
        const made = sentence(rand, tag);
        const hashtag = rand() < 0.2 ? ` #${made.themes[0] ?? 'saisie-ergonomie'}` : '';
        lines.push(`- ${made.text}${personalData(rand)}${hashtag}${votes}`);
        // A nested item is an item of its own (a detail someone added under a post-it).
        if (rand() < 0.1 && written + 1 < noteTarget) {
          lines.push(`  - ${sentence(rand, tag).text}`);
          written++;
        }
      }
      lines.push('');
    }
    const dir = path.join(root, 'content/ateliers', slug(name));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `atelier-${String(notes + 1).padStart(5, '0')}.md`), lines.join('\n'));
    notes++;
  }
  let surveys = 0;
  const rowsPerSurvey = options.rowsPerSurvey ?? 5000;
  while (written < count) {
    const header = ['Région', 'Vous êtes', 'Ce qui fonctionne bien', 'Ce qui vous gêne', 'Vos attentes', 'Satisfaction globale (1 à 5)'];
    const rows = [header];
    for (let r = 0; r < rowsPerSurvey && written < count; r++) {
      const [, name] = pick(rand, REGIONS);
      const cells = TAG_OF_COLUMN.map((tag) => {
        if (written >= count) return '';
        written++;
        return rand() < realShare ? (real[Math.floor(rand() * real.length)] ?? '') : sentence(rand, tag).text;
      });
      rows.push([name, pick(rand, PROFILES), ...cells, String(1 + Math.floor(rand() * 5))]);
    }
    const base = `enquete-${String(surveys + 1).padStart(3, '0')}`;
    const csv = Papa.unparse(rows, { delimiter: ';', newline: '\r\n' });
    // Excel in French: UTF-8 with a BOM, or Windows-1252 (older versions), one file out of two.
    const bytes = !options.variety ? csv : surveys % 2 === 0 ? `\ufeff${csv}` : encodeWindows1252(csv);
    writeFileSync(path.join(root, 'data/enquetes', `${base}.csv`), bytes);
    writeFileSync(
      path.join(root, 'data/enquetes', `${base}.yml`),
      [
        `titre: Questionnaire synthétique ${surveys + 1}`,
        options.variety ? 'encodage: auto' : 'encodage: utf-8',
        options.variety ? 'separateur: auto' : 'separateur: ";"',
        'colonnes:',
        '  region: "Région"',
        '  profil: "Vous êtes"',
        '  textes:',
        '    - { colonne: "Ce qui fonctionne bien", tag: working }',
        '    - { colonne: "Ce qui vous gêne", tag: broken }',
        '    - { colonne: "Vos attentes", tag: needs }',
        '  echelles:',
        '    - { colonne: "Satisfaction globale (1 à 5)" }',
        '',
      ].join('\n'),
    );
    surveys++;
  }
  return { notes, surveys };
}

function varietyFrontMatter(rand: () => number, place: string): string[] {
  const first = pick(rand, AMBASSADORS);
  const second = pick(rand, AMBASSADORS);
  const names = first === second ? [first] : [first, second];
  return [`structures: ["Mission Locale de ${place}"]`, `ambassadeurs: [${names.map((n) => `"${n}"`).join(', ')}]`];
}

/** Now and then, what people really type into a post-it: a number or an address to call back. */
function personalData(rand: () => number): string {
  const draw = rand();
  if (draw < 0.002) return ` Rappeler au 06 ${String(10 + Math.floor(rand() * 89))} 45 78 90.`;
  if (draw < 0.003) return ' Contact : referent.si@mission-locale.fr.';
  return '';
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function argValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const size = Number(argValue(args, '--size') ?? '1000');
  const out = argValue(args, '--out');
  if (!out || !Number.isInteger(size) || size <= 0) {
    process.stderr.write('Utilisation : node scripts/generate-consultation.ts --size N --out DOSSIER [--seed S] [--sans-reel] [--varie]\n');
    process.exit(2);
  }
  const realAnswers = args.includes('--sans-reel') ? [] : loadRealAnswers();
  const result = writeConsultation(path.resolve(out), size, {
    seed: Number(argValue(args, '--seed') ?? '1'),
    realAnswers,
    variety: args.includes('--varie'),
  });
  process.stdout.write(
    `Consultation de ${size} éléments écrite dans ${out} : ${result.notes} notes d'atelier, ${result.surveys} enquêtes` +
      `${realAnswers.length > 0 ? ' (avec des réponses réelles du Grand Débat)' : ''}.\n`,
  );
}
