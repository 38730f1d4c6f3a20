/**
 * The question each row answers (one row per answer, the question in a column): named in the sidecar
 * (`colonnes.question`), recognised from the headers, its codes given a text (`questions:`), and
 * handed to the tagger, which reads a bare answer by its question.
 */
import { describe, expect, it } from 'vitest';
import { tagItems } from '../../src/pipeline/tag/index.ts';
import { roleOfHeader } from '../../src/pipeline/ingest/surveys/header-aliases.ts';
import { codes, only, parse, SIDECAR } from './helpers.ts';

const PRAISE = 'Quels services publics ont évolué de manière positive ?';
const LACK = 'Quels services publics vous manquent ?';

/** One row per answer, the question by its code, the answer in an English `comment` column (the Grand Débat's layout). */
const BY_CODE = ['question_key,source_row,comment', 'Q178,1,La carte grise sur internet', 'Q172,2,La carte grise sur internet', 'Q178,3,Hôpital de proximité'].join('\n');
const LABELS = `questions:\n  Q178: "${PRAISE}"\n  Q172: "${LACK}"\n`;

const tagsOf = (items: Parameters<typeof tagItems>[0]) => tagItems(items).items.map((i) => [i.text, i.tag]);

describe('per-row question', () => {
  it('reads the question column the sidecar names, and gives each row its question text', () => {
    const result = parse(BY_CODE, `colonnes:\n  question: question_key\n${LABELS}`);
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => i.question)).toEqual([PRAISE, LACK, PRAISE]);
    // One row per answer: the rows are answers, not people, and nothing here counts the people.
    expect(result.sessions[0]?.participants).toBeNull();
    // The same bare answer is praise under one question and a need under the other.
    expect(tagsOf(result.items)).toEqual([
      ['La carte grise sur internet', 'working'],
      ['La carte grise sur internet', 'needs'],
      ['Hôpital de proximité', 'working'],
    ]);
  });

  it('recognises an obvious question column without sidecar, preferring question texts to codes', () => {
    const csv = ['question_key,question,comment', `Q178,"${PRAISE}",La carte grise sur internet`, `Q172,"${LACK}",La carte grise sur internet`].join('\n');
    const result = parse(csv);
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => i.question)).toEqual([PRAISE, LACK]);
    expect(tagsOf(result.items).map(([, tag]) => tag)).toEqual(['working', 'needs']);
    for (const header of ['question', 'Question', 'question_key', 'Intitulé de la question', 'Thème', 'category/name/fr']) {
      expect(roleOfHeader(header)?.kind, header).toBe('question');
    }
  });

  it('uses codes without a text as no question, and says once how to give their texts', () => {
    const result = parse(BY_CODE);
    // Never the header « comment », which the tagger would read as French « how » (a need).
    expect(result.items.map((i) => i.question)).toEqual([null, null, null]);
    const d = only(result.diagnostics, 'question-sans-libelle');
    expect([d.line, d.column, d.severity]).toEqual([2, 1, 'warning']);
    expect(d.message).toContain('« question_key »');
    expect(d.message).toContain('« Q178 », « Q172 »');
    expect(d.hint).toContain('questions: { Q178:');
    // A code the sidecar gives no text is still named, the others are read.
    const partial = parse(BY_CODE, `questions:\n  Q178: "${PRAISE}"\n`);
    expect(partial.items.map((i) => i.question)).toEqual([PRAISE, null, PRAISE]);
    expect(only(partial.diagnostics, 'question-sans-libelle').message).toContain('(« Q172 »)');
  });

  it('does not take an English export field for the question', () => {
    const result = parse('comment\nLa carte grise sur internet\n');
    expect(result.items[0]?.question).toBeNull();
    // A French label names the column in messages and says nothing to the tagger: it stays.
    expect(parse('Commentaire libre\nRien\n').items[0]?.question).toBe('Commentaire libre');
  });

  it('lets a text column state the question its header does not say', () => {
    const result = parse('comment\nHôpital de proximité\n', `colonnes:\n  textes:\n    - { colonne: comment, question: "${LACK}" }\n`);
    expect(result.diagnostics).toEqual([]);
    expect(result.items[0]?.question).toBe(LACK);
    expect(tagsOf(result.items)).toEqual([['Hôpital de proximité', 'needs']]);
  });

  it('warns when questions: has no question column to apply to', () => {
    const result = parse('comment\nRien\n', LABELS);
    expect(codes(result.diagnostics)).toEqual(['questions-sans-colonne@1']);
    expect(result.diagnostics[0]?.file).toBe(SIDECAR);
  });

  it('blocks on a question column missing from the header, at its line', () => {
    const result = parse(BY_CODE, 'colonnes:\n  question: question_id\n');
    const d = only(result.diagnostics, 'colonne-introuvable');
    expect([d.file, d.line]).toEqual([SIDECAR, 2]);
    expect(d.hint).toContain('« question_key »');
  });
});

describe('a sidecar overrides only what it says', () => {
  /** Decidim comments reworked by hand: body, the debate's question, a category. */
  const DEBATE = [
    'body;question;categorie',
    '"il y a trop de redondances dans les échelons";Y a-t-il trop d’échelons administratifs ?;Organisation de l’Etat',
    'Supprimer les départements;Y a-t-il trop d’échelons administratifs ?;Organisation de l’Etat',
  ].join('\n');
  const QUESTION = 'Y a-t-il trop d’échelons administratifs ?';

  it('reads the body and the question from the headers without sidecar', () => {
    const result = parse(DEBATE);
    // The category, a second candidate, is left unread, as any column of repeated choices.
    expect(codes(result.diagnostics)).toEqual(['colonnes-fermees-non-lues@1']);
    expect(result.items.map((i) => [i.source.field, i.question])).toEqual([['body', QUESTION], ['body', QUESTION]]);
  });

  it('keeps them with a sidecar that only sets the region', () => {
    const result = parse(DEBATE, 'colonnes:\n  region_fixe: Hauts-de-France\n');
    expect(codes(result.diagnostics)).toEqual(['colonnes-fermees-non-lues@1']);
    expect(result.items.map((i) => [i.source.field, i.question, i.region])).toEqual([['body', QUESTION, '32'], ['body', QUESTION, '32']]);
  });

  it('keeps the question with a sidecar that names the text column', () => {
    const result = parse(DEBATE, 'colonnes:\n  textes: [{ colonne: body, tag: needs }]\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((i) => [i.declaredTag, i.question])).toEqual([['needs', QUESTION], ['needs', QUESTION]]);
  });

  it('replaces the question when it names one, and takes a column it gives another role from its found role', () => {
    const category = parse(DEBATE, 'colonnes:\n  question: categorie\n');
    expect(category.items.map((i) => i.question)).toEqual(['Organisation de l’Etat', 'Organisation de l’Etat']);
    // The question column read as answers: no longer the question of the rows.
    const asText = parse(DEBATE, 'colonnes:\n  textes: [body, question]\n');
    expect(asText.diagnostics).toEqual([]);
    expect(asText.items.map((i) => [i.source.field, i.question])).toEqual([
      ['body', null],
      ['question', 'question'],
      ['body', null],
      ['question', 'question'],
    ]);
  });

  it('replaces the place as a whole: region_fixe wins over a region column it does not name', () => {
    const csv = 'Région;Commentaire\nBretagne;Bien\n';
    expect(parse(csv).items[0]?.region).toBe('53');
    expect(parse(csv, 'colonnes:\n  region_fixe: Normandie\n').items[0]?.region).toBe('28');
  });
});
