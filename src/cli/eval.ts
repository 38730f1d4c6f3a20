/**
 * `livre-blanc eval`: measures the tagger against hand-made labels. Prints precision, recall and F1
 * per label (working, broken, needs, none), macro-F1 and the confusion table, in French or JSON.
 * The labels are a column of the input, or a separate file joined on key columns (so a development
 * set can keep only ids and labels, never the third-party text).
 */
import { tagText } from '../pipeline/tag/index.ts';
import { labelsOf, parseLabels, type Label } from '../pipeline/tag/labels.ts';
import { evaluate, type Judged } from '../pipeline/tag/metrics.ts';
import { formatEvaluation } from '../pipeline/tag/report.ts';
import { joinLabels } from '../pipeline/tag/join.ts';
import { oneOf, parseFlags, UsageError } from './args.ts';
import { column, loadTable, required } from './tag.ts';

const HELP = `Utilisation : livre-blanc eval --input FICHIER.csv --text-column NOM --labels-column NOM
                         [--context-column NOM] [--format text|json]
       livre-blanc eval --input FICHIER.csv --text-column NOM --labels ÉTIQUETTES.csv
                         --key-columns COL1,COL2 [--labels-column NOM] [--context-column NOM]

Compare l’étiquetage automatique à des étiquettes posées à la main, et affiche pour chaque
étiquette (working, broken, needs, none) la précision, le rappel et le F1, la F1 macro
(moyenne des quatre) et le tableau de confusion.
Étiquettes : « working;broken;needs » (sous-ensemble), « none » pour une non-réponse ; séparateurs ; , |
acceptés. Chaque étiquette est jugée seule (présente ou absente dans chaque réponse).
--labels : fichier d’étiquettes séparé, joint à l’entrée par --key-columns (colonne « labels »
par défaut) ; les lignes de l’entrée sans étiquette sont ignorées.
Code de sortie : 0, ou 2 en cas d’usage incorrect.`;

export async function runEval(args: string[]): Promise<number> {
  const flags = parseFlags(
    args,
    {
      input: { type: 'string' },
      'text-column': { type: 'string' },
      'labels-column': { type: 'string' },
      'context-column': { type: 'string' },
      labels: { type: 'string' },
      'key-columns': { type: 'string' },
      format: { type: 'string' },
    },
    HELP,
  );
  if (!flags) return 0;
  const format = oneOf(flags.format, ['text', 'json'] as const, 'text', '--format');
  const input = required(flags.input, '--input', HELP);
  const table = await loadTable(input);
  const textColumn = column(table, required(flags['text-column'], '--text-column', HELP), input);
  const contextColumn = flags['context-column'] === undefined ? -1 : column(table, flags['context-column'], input);

  const labelText = new Map<number, string>();
  if (flags.labels !== undefined) {
    const keys = required(flags['key-columns'], '--key-columns', HELP).split(',').map((k) => k.trim()).filter(Boolean);
    const labels = await loadTable(flags.labels);
    const joined = joinLabels(table, labels, keys, flags['labels-column'] ?? 'labels');
    if (joined.missing.length > 0) {
      throw new UsageError(`Colonnes introuvables pour la jointure : ${joined.missing.map((m) => `« ${m} »`).join(', ')}.`);
    }
    for (const [row, text] of joined.labels) labelText.set(row, text);
    if (joined.unmatched > 0) process.stderr.write(`${joined.unmatched} étiquettes ne correspondent à aucune ligne de « ${input} ».\n`);
  } else {
    const labelsColumn = column(table, required(flags['labels-column'], '--labels-column', HELP), input);
    table.rows.forEach((row, index) => labelText.set(index, row[labelsColumn] ?? ''));
  }

  const judged: Judged[] = [];
  const unreadable: string[] = [];
  let unlabelled = 0;
  for (const [index, text] of [...labelText].sort((a, b) => a[0] - b[0])) {
    if (text.trim() === '') {
      unlabelled++;
      continue;
    }
    const expected = parseLabels(text);
    if (!expected) {
      unreadable.push(`ligne ${table.lines[index] ?? index + 2} : « ${text} »`);
      continue;
    }
    const row = table.rows[index] as string[];
    const result = tagText(row[textColumn] ?? '', contextColumn >= 0 ? (row[contextColumn] ?? '') : null);
    judged.push({ expected, predicted: labelsOf(result.tags, result.none) });
  }
  if (unreadable.length > 0) {
    throw new UsageError(
      `Étiquettes illisibles (attendu : working, broken, needs, none) :\n  ${unreadable.slice(0, 10).join('\n  ')}` +
        (unreadable.length > 10 ? `\n  … et ${unreadable.length - 10} autres.` : ''),
    );
  }
  if (judged.length === 0) throw new UsageError('Aucune ligne étiquetée : rien à évaluer.');

  const evaluation = evaluate(judged);
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ ...evaluation, unlabelled, labels: LABEL_ORDER }, null, 2) + '\n');
  } else {
    process.stdout.write(formatEvaluation(evaluation));
    if (unlabelled > 0) process.stdout.write(`\n${unlabelled} lignes sans étiquette ont été ignorées.\n`);
  }
  return 0;
}

const LABEL_ORDER: readonly Label[] = ['working', 'broken', 'needs', 'none'];
