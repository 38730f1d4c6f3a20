/**
 * Real third-party exports from ../shared/real-data (never copied into the repository). Each count is
 * checked against papaparse run directly on the same bytes, not against a number we made up.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseSurvey } from '../../src/pipeline/ingest/surveys/index.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { IngestResult } from '../../src/pipeline/ingest/result.ts';
import { tagItems } from '../../src/pipeline/tag/index.ts';
import type { RawItem } from '../../src/pipeline/model.ts';
import { referentiels } from './helpers.ts';

const realData = path.resolve(import.meta.dirname, '../../..', 'shared/real-data');
const decidim = path.join(realData, 'decidim-mel-granddebat');
const granddebat = path.join(realData, 'granddebat-services-publics');
const absent = (dir: string) => (existsSync(dir) ? false : (console.warn(`Données réelles absentes (${dir}) : tests ignorés.`), true));

function ingest(dir: string, name: string, sidecar?: string): { result: IngestResult; bytes: Buffer } {
  const bytes = readFileSync(path.join(dir, name));
  const yml = sidecar === undefined ? null : { file: `data/enquetes/${name.replace(/\.csv$/, '.yml')}`, content: sidecar };
  const result = parseSurvey({ file: `data/enquetes/${name}`, bytes: new Uint8Array(bytes), sidecar: yml }, referentiels);
  return { result, bytes };
}

/** Rows as papaparse alone reads them (header mode), for an independent count. */
function papaRows(text: string, delimiter: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(text, { header: true, delimiter, skipEmptyLines: true }).data;
}

describe.skipIf(absent(decidim))('real Decidim exports (Métropole Européenne de Lille)', () => {
  it('reads all 196 proposals of the UTF-8 ; file with multi-line cells and mixed line endings, accents intact', () => {
    const { result, bytes } = ingest(decidim, 'propositions_libres.csv');
    const text = bytes.toString('utf8');
    expect(/\r\n/.test(text) && /[^\r]\n/.test(text)).toBe(true); // the file really mixes CRLF and LF
    expect(result.diagnostics).toEqual([]);
    expect(result.items).toHaveLength(196);
    expect(result.reconciliation[0]).toMatchObject({ read: 196, kept: 196, rejected: 0 });
    expect(result.items.some((i) => i.text.startsWith('Non au déploiement forcé des compteurs intelligents Linky.'))).toBe(true);
    expect(result.items.some((i) => i.text.includes('\r') || i.text.includes('\ufffd'))).toBe(false);
    // Every body, as papaparse reads it, is in an item, byte for byte (line breaks normalised).
    const bodies = papaRows(text, ';').map((row) => (row.body ?? '').replace(/\r\n?/g, '\n').trim()).filter((b) => b !== '');
    const texts = result.items.map((i) => i.text).join('\u0000');
    expect(bodies.filter((body) => !texts.includes(body))).toEqual([]);
    // Each item points at the physical line where its proposal starts: its first words are there.
    const lines = text.split(/\r\n|\n/);
    const misplaced = result.items.filter((item) => !lines[item.source.line - 1]?.replaceAll('""', '"').includes(item.text.split(/[.\n]/)[0]?.slice(0, 20) ?? ''));
    expect(misplaced.map((i) => i.source.line)).toEqual([]);
    expect(Math.max(...result.items.map((i) => i.source.line))).toBeGreaterThan(600);
    expect(new Set(result.items.map((i) => i.question))).toContain('Transition écologique');
  });

  it('reads the 30 Windows-1252 , proposals with their accents decoded', () => {
    const { result, bytes } = ingest(decidim, 'propositions_libres_travaillee_cp1252.csv');
    expect(bytes.includes(0xe9)).toBe(true); // é as one byte: really Windows-1252
    expect(result.diagnostics).toEqual([]);
    expect(result.items).toHaveLength(30);
    const all = result.items.map((i) => i.text).join('\n');
    expect(all).toContain('Le kérosène, le carburant des avions, n\'est pas taxé');
    expect(all).not.toMatch(/\ufffd|Ã©|Ã¨/);
    expect(result.items.every((i) => i.question === 'Transition écologique')).toBe(true);
  });

  it('reads the 693 debate comments and never copies an author name', () => {
    const { result, bytes } = ingest(decidim, 'commentaires_debats.csv');
    const rows = papaRows(bytes.toString('utf8'), ';');
    expect(rows).toHaveLength(693);
    const nonEmpty = rows.filter((row) => (row.body ?? '').trim() !== '').length;
    expect(result.items).toHaveLength(nonEmpty);
    expect(result.items.length).toBeGreaterThan(680);
    const bodies = rows.map((row) => row.body ?? '').join('\n');
    const names = [...new Set(rows.map((row) => row['author/name'] ?? ''))].filter((n) => n.length >= 4 && !bodies.includes(n));
    expect(names.length).toBeGreaterThan(50);
    const json = JSON.stringify({ ...result, participantNames: [] });
    expect(names.filter((name) => json.includes(name))).toEqual([]);
    // The names go to the anonymise stage only (masked where a comment quotes them).
    expect(result.participantNames.length).toBeGreaterThan(50);
  });

  it('masks the author names that comments quote, and nothing else of theirs', () => {
    const name = 'commentaires_debats.csv';
    const bytes = new Uint8Array(readFileSync(path.join(decidim, name)));
    const input = { notes: [], surveys: [{ file: `data/enquetes/${name}`, bytes, sidecar: null }], themes: null, pseudonyms: null, settings: null };
    const { synthesis } = synthesize(input);
    const rows = papaRows(Buffer.from(bytes).toString('utf8'), ';');
    // Names written as names (every word capitalised) that some comment quotes: none is published.
    const quoted = [...new Set(rows.map((row) => (row['author/name'] ?? '').trim()))].filter(
      (n) => /^\p{Lu}\S*(\s+\p{Lu}\S*)+$/u.test(n) && rows.some((row) => (row.body ?? '').includes(n)),
    );
    expect(quoted.length).toBeGreaterThan(0);
    const published = synthesis.items.map((item) => item.text).join('\n');
    expect(quoted.filter((n) => published.includes(n))).toEqual([]);
    // Masking whole names only: a handful of comments change, not hundreds (display names of common words mask nothing).
    const masked = synthesis.items.filter((item) => item.text.includes('[personne]')).length;
    expect(masked).toBeGreaterThan(0);
    expect(masked).toBeLessThan(10);
  });
});

describe.skipIf(absent(granddebat))('real Grand Débat answers (143,719 rows)', () => {
  // How fast is the bench's (npm run bench); the timeout only guards against a hang.
  it('parses answers.csv into one item per non-empty comment', { timeout: 60_000 }, () => {
    const { result, bytes } = ingest(granddebat, 'answers.csv');
    const rows = papaRows(bytes.toString('utf8'), ',');
    expect(rows).toHaveLength(143_719);
    const nonEmpty = rows.filter((row) => (row.comment ?? '').trim() !== '').length;
    expect(result.items).toHaveLength(nonEmpty);
    expect(result.reconciliation[0]).toMatchObject({ read: nonEmpty, kept: nonEmpty, rejected: 0 });
    // question_key is read as each row's question; its codes alone tell the tagger nothing: said once.
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['question-sans-libelle', 2, 1]]);
    expect(result.diagnostics[0]?.message).toContain('« Q172 »');
    expect(result.items[0]).toMatchObject({ text: 'Manque de médecins spécialistes', question: null, source: { line: 2, row: 1, column: 4, field: 'comment' } });
    const last = result.items[result.items.length - 1];
    expect(last?.source.row).toBe(143_719);
  });
});

/** `questions:` of a sidecar, from a code → text table. */
function questionsYaml(labels: ReadonlyArray<readonly [string, string]>): string {
  return `questions:\n${labels.map(([code, text]) => `  ${JSON.stringify(code)}: ${JSON.stringify(text)}`).join('\n')}\n`;
}

function tagShares(items: RawItem[]): Record<string, number> {
  const tagged = tagItems(items).items;
  const shares: Record<string, number> = {};
  for (const item of tagged) shares[item.tag] = (shares[item.tag] ?? 0) + 1 / tagged.length;
  return shares;
}

describe.skipIf(absent(granddebat))('real Grand Débat answers: each row tagged under its own question', () => {
  const questions = () => papaRows(readFileSync(path.join(granddebat, 'questions.csv'), 'utf8'), ',');

  it('gives each answer its question (question_key found from its header, the codes\' texts from questions:), and Q178 reads as praise', () => {
    const labels = questions().map((row) => [row.question_key ?? '', row.question_text ?? ''] as const);
    // question_key is found from its header; the sidecar only adds the texts of the codes.
    const { result, bytes } = ingest(granddebat, 'answers_sample.csv', questionsYaml(labels));
    expect(result.diagnostics.filter((d) => d.code === 'question-sans-libelle' || d.severity === 'blocking')).toEqual([]);
    const rows = papaRows(bytes.toString('utf8'), ',');
    const textOf = new Map(labels);
    expect(result.items.filter((item) => item.question !== textOf.get(rows[(item.source.row ?? 0) - 1]?.question_key ?? ''))).toEqual([]);
    const q178 = result.items.filter((item) => rows[(item.source.row ?? 0) - 1]?.question_key === 'Q178');
    expect(q178.length).toBeGreaterThan(90);
    const shares = tagShares(q178);
    // « Quels services ont évolué de manière positive ? »: praise, with the « aucun » answers as complaints.
    expect(shares.working).toBeGreaterThan(0.5);
    expect(shares.needs ?? 0).toBeLessThan(0.1);
    // Under the header « comment » (French « how »), as before, the same answers read mostly as needs.
    const underHeader = tagShares(q178.map((item) => ({ ...item, question: 'comment' })));
    expect(underHeader.needs).toBeGreaterThan(0.5);
    console.log(`Q178 : ${JSON.stringify(shares)} ; sous « comment » : ${JSON.stringify(underHeader)}`);
  });
});

describe.skipIf(absent(decidim))('real Decidim exports: questions and votes', () => {
  it('keeps the question column of hand-reworked comments when a sidecar only sets the region', () => {
    const name = 'commentaires_debats_organisation_etat.csv';
    const { result, bytes } = ingest(decidim, name, 'colonnes:\n  region_fixe: Hauts-de-France\n');
    expect(result.diagnostics.filter((d) => d.severity === 'blocking')).toEqual([]);
    const rows = papaRows(bytes.toString('utf8'), ';');
    expect(result.items.length).toBe(rows.filter((row) => (row.body ?? '').trim() !== '').length);
    expect(result.items.every((item) => item.region === '32' && item.source.field === 'body')).toBe(true);
    expect(result.items.filter((item) => item.question !== (rows[(item.source.row ?? 0) - 1]?.question ?? '').trim())).toEqual([]);
  });

  it('gives every debate comment, replies included, its debate title from debats.csv through questions:', () => {
    const debates = papaRows(readFileSync(path.join(decidim, 'debats.csv'), 'utf8'), ';');
    const titles = debates.map((row) => [row.id ?? '', (row['title/fr'] ?? '').trim()] as const);
    const { result, bytes } = ingest(decidim, 'commentaires_debats.csv', questionsYaml(titles));
    expect(result.diagnostics.filter((d) => d.code === 'question-sans-libelle')).toEqual([]);
    const rows = papaRows(bytes.toString('utf8'), ';');
    const titleOf = new Map(titles);
    const debateOf = (item: RawItem) => /\/debates\/(\d+)$/.exec(rows[(item.source.row ?? 0) - 1]?.root_commentable_url ?? '')?.[1] ?? '';
    expect(result.items.filter((item) => item.question === null || item.question !== titleOf.get(debateOf(item)))).toEqual([]);
    const replies = result.items.filter((item) => rows[(item.source.row ?? 0) - 1]?.depth !== '0');
    expect(replies.length).toBeGreaterThan(100);
    // Without the titles, the debates' numbers are named once.
    expect(ingest(decidim, 'commentaires_debats.csv').result.diagnostics.filter((d) => d.code === 'question-sans-libelle')).toHaveLength(1);
  });

  it('weighs each proposal by its votes', () => {
    const { result, bytes } = ingest(decidim, 'propositions_libres.csv');
    expect(result.diagnostics).toEqual([]);
    const rows = papaRows(bytes.toString('utf8'), ';');
    expect(result.items.filter((item) => item.weight !== Number(rows[(item.source.row ?? 0) - 1]?.votes))).toEqual([]);
    expect(result.items.reduce((sum, item) => sum + item.weight, 0)).toBe(rows.reduce((sum, row) => sum + Number(row.votes), 0));
  });
});
