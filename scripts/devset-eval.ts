/**
 * Measures the tagger on the hand-labelled development set: joins
 * `tests/fixtures/devset/labels.csv` (ids and labels only) with the Grand Débat answers and their
 * question texts in `../shared/real-data/granddebat-services-publics/`, then evaluates the tuning
 * half, the held-out half and the whole. Halves: within each question, answers ranked by
 * `source_row` alternate tuning (rank 0, 2, 4…) and held-out (rank 1, 3, 5…). (Parity of `source_row`
 * itself would not do: the upstream sampling stride is even for many questions, so a question's
 * rows can all be odd.)
 *
 *   node scripts/devset-eval.ts [--errors tuning|held-out|all] [--format json] [--held-out]
 *
 * Only the tuning half is printed unless `--held-out` is given: while rules are being chosen, the
 * held-out figures and texts stay out of sight, and looking at them is a deliberate, counted act.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tagText } from '../src/pipeline/tag/tag-text.ts';
import { contextKind } from '../src/pipeline/tag/context.ts';
import { formatTags, labelsOf, parseLabels, type Label } from '../src/pipeline/tag/labels.ts';
import { evaluate, type Evaluation } from '../src/pipeline/tag/metrics.ts';
import { formatEvaluation } from '../src/pipeline/tag/report.ts';
import { readTable, findColumn } from '../src/pipeline/tag/table.ts';
import { joinLabels } from '../src/pipeline/tag/join.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const DEVSET_LABELS = path.join(ROOT, 'tests/fixtures/devset/labels.csv');
export const DEVSET_DATA = path.resolve(ROOT, '..', 'shared/real-data/granddebat-services-publics');

export interface DevsetAnswer {
  questionKey: string;
  sourceRow: number;
  text: string;
  question: string;
  expected: Set<Label>;
  /** Which half the answer belongs to. */
  half: 'tuning' | 'heldOut';
}

/** The labelled answers with their texts, or null when the labels or the real data are absent. */
export function loadDevset(labelsFile = DEVSET_LABELS, dataDir = DEVSET_DATA): DevsetAnswer[] | null {
  const answersFile = path.join(dataDir, 'answers_sample.csv');
  const questionsFile = path.join(dataDir, 'questions.csv');
  if (![labelsFile, answersFile, questionsFile].every((f) => existsSync(f))) return null;
  const answers = readTable(readFileSync(answersFile));
  const labels = readTable(readFileSync(labelsFile));
  const questions = readTable(readFileSync(questionsFile));
  const qKey = findColumn(questions.header, 'question_key');
  const qText = findColumn(questions.header, 'question_text');
  const questionText = new Map(questions.rows.map((row) => [row[qKey] ?? '', row[qText] ?? '']));
  const joined = joinLabels(answers, labels, ['question_key', 'source_row'], 'labels');
  if (joined.missing.length > 0) throw new Error(`Colonnes absentes : ${joined.missing.join(', ')}`);
  const [keyCol, rowCol, textCol] = ['question_key', 'source_row', 'comment'].map((c) => findColumn(answers.header, c));
  const result: DevsetAnswer[] = [];
  const rank = new Map<string, number>();
  const ordered = [...joined.labels].sort((a, b) => {
    const ra = answers.rows[a[0]] as string[];
    const rb = answers.rows[b[0]] as string[];
    const qa = ra[keyCol as number] ?? '';
    const qb = rb[keyCol as number] ?? '';
    return qa < qb ? -1 : qa > qb ? 1 : Number(ra[rowCol as number]) - Number(rb[rowCol as number]);
  });
  for (const [index, labelText] of ordered) {
    const row = answers.rows[index] as string[];
    const expected = parseLabels(labelText);
    if (!expected || expected.size === 0) throw new Error(`Étiquettes illisibles : « ${labelText} »`);
    const questionKey = row[keyCol as number] ?? '';
    const r = rank.get(questionKey) ?? 0;
    rank.set(questionKey, r + 1);
    result.push({
      questionKey,
      sourceRow: Number(row[rowCol as number]),
      text: row[textCol as number] ?? '',
      question: questionText.get(questionKey) ?? '',
      expected,
      half: r % 2 === 0 ? 'tuning' : 'heldOut',
    });
  }
  return result;
}

export interface DevsetReport {
  tuning: Evaluation;
  heldOut: Evaluation;
  all: Evaluation;
  /** The whole set labelled from its question alone (what the question asks about; both for a mixed one; none when it says nothing): the baseline. */
  questionOnly: Evaluation;
}

/** The labels a question alone suggests. */
function questionLabels(question: string): Set<Label> {
  const kind = contextKind(question);
  return new Set<Label>(kind === null ? ['none'] : kind === 'mixed' ? ['working', 'broken'] : [kind]);
}

/** Tags every answer and evaluates the tuning and held-out halves and the whole. */
export function evaluateDevset(answers: DevsetAnswer[]): DevsetReport {
  const judged = answers.map((a) => {
    const result = tagText(a.text, a.question);
    return { answer: a, expected: a.expected, predicted: labelsOf(result.tags, result.none) };
  });
  return {
    tuning: evaluate(judged.filter((j) => j.answer.half === 'tuning')),
    heldOut: evaluate(judged.filter((j) => j.answer.half === 'heldOut')),
    all: evaluate(judged),
    questionOnly: evaluate(answers.map((a) => ({ answer: a, expected: a.expected, predicted: questionLabels(a.question) }))),
  };
}

function main(): number {
  const { values } = parseArgs({
    options: { errors: { type: 'string' }, format: { type: 'string' }, 'held-out': { type: 'boolean' } },
  });
  const showHeldOut = values['held-out'] === true;
  if (!showHeldOut && values.errors !== undefined && values.errors !== 'tuning') {
    process.stderr.write('Les erreurs de la moitié témoin ne s’affichent qu’avec --held-out.\n');
    return 2;
  }
  const answers = loadDevset();
  if (!answers) {
    process.stderr.write(`Jeu de développement absent (${DEVSET_LABELS} ou ${DEVSET_DATA}).\n`);
    return 2;
  }
  const report = evaluateDevset(answers);
  if (values.format === 'json') {
    const shown = showHeldOut ? report : { tuning: report.tuning };
    process.stdout.write(JSON.stringify(shown, null, 2) + '\n');
  } else {
    process.stdout.write(formatEvaluation(report.tuning, 'Moitié de réglage') + '\n');
    if (showHeldOut) {
      process.stdout.write(formatEvaluation(report.heldOut, 'Moitié témoin') + '\n');
      process.stdout.write(formatEvaluation(report.all, 'Ensemble') + '\n');
      process.stdout.write(formatEvaluation(report.questionOnly, 'Ensemble, d’après la seule question (référence)') + '\n');
    }
  }
  if (values.errors) {
    const half = values.errors === 'tuning' ? 'tuning' : values.errors === 'held-out' ? 'heldOut' : null;
    for (const a of answers) {
      if (half && a.half !== half) continue;
      const r = tagText(a.text, a.question);
      const predicted = formatTags(r.tags, r.none);
      const expected = [...a.expected].sort().join(';');
      if ([...labelsOf(r.tags, r.none)].sort().join(';') === expected) continue;
      process.stdout.write(`${a.questionKey} ${a.sourceRow} attendu=${[...a.expected].join(';')} prédit=${predicted} | ${a.text.replace(/\s+/g, ' ').slice(0, 300)}\n`);
    }
  }
  return 0;
}

if (import.meta.main) process.exitCode = main();
