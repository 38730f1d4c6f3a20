/**
 * `livre-blanc tag`: tags free text outside a consultation. Adds the columns `tags`
 * (`working;broken;needs` subset in that order, or `none`), `confidence` and `themes` to a CSV.
 * Exit 0, or 2 on a usage problem (missing flag, unreadable file, unknown column).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RawItem, Tag } from '../pipeline/model.ts';
import { createReferentiels } from '../pipeline/referentiels/index.ts';
import { assignThemes } from '../pipeline/themes/index.ts';
import { tagText, type TaggedItem, type TextTagging } from '../pipeline/tag/index.ts';
import { formatTags } from '../pipeline/tag/labels.ts';
import { answersLanguage, languageName } from '../pipeline/text/language.ts';
import { findColumn, readTable, writeTable, type Table } from '../pipeline/tag/table.ts';
import { parseFlags, UsageError } from './args.ts';
import { createProgress } from './progress.ts';
import { formatCount } from './units.ts';

const HELP = `Utilisation : livre-blanc tag --input FICHIER.csv --text-column NOM [--context-column NOM]
                        [--out FICHIER] [--themes FICHIER]

Étiquette chaque texte libre d’un fichier CSV et ajoute trois colonnes :
  tags        sous-ensemble de working;broken;needs (dans cet ordre), ou none pour une non-réponse
  confidence  confiance de 0 à 1 (virgule décimale quand le séparateur est « ; »)
  themes      thèmes de la taxonomie (data/themes.yml du dossier courant, ou --themes), séparés par « ; »

--context-column : colonne qui contient la question posée (la même réponse « Hôpital de proximité »
est un besoin sous « Quels services vous manquent ? » et un éloge sous « Quels services se sont
améliorés ? »).
Sans --out, le CSV est écrit sur la sortie standard (UTF-8, même séparateur que l’entrée).
Code de sortie : 0, ou 2 en cas d’usage incorrect (option, fichier ou colonne introuvable).`;

export async function runTag(args: string[]): Promise<number> {
  const flags = parseFlags(
    args,
    {
      input: { type: 'string' },
      'text-column': { type: 'string' },
      'context-column': { type: 'string' },
      out: { type: 'string' },
      themes: { type: 'string' },
    },
    HELP,
  );
  if (!flags) return 0;
  const input = required(flags.input, '--input', HELP);
  const textName = required(flags['text-column'], '--text-column', HELP);
  const table = await loadTable(input);
  const textColumn = column(table, textName, input);
  const contextColumn = flags['context-column'] === undefined ? -1 : column(table, flags['context-column'], input);
  const themes = await loadThemes(flags.themes);
  const language = answersLanguage(table.rows.length, (index) => table.rows[index]?.[textColumn] ?? '');
  if (language !== 'fra' && language !== 'und') {
    process.stderr.write(
      `Attention : la colonne « ${textName} » semble écrite en ${languageName(language)}, pas en français : ` +
        "l’étiquetage et les thèmes lisent le français, et ses textes seront classés au hasard.\n",
    );
  }

  const progress = createProgress();
  const results: TextTagging[] = [];
  table.rows.forEach((row, index) => {
    const context = contextColumn >= 0 ? (row[contextColumn] ?? '') : null;
    results.push(tagText(row[textColumn] ?? '', context));
    if (index % 5000 === 0) progress.update('étiquetage', index, table.rows.length);
  });
  progress.stop();
  const themed = themeRows(table, textColumn, results, themes);

  const decimal = table.delimiter === ';' ? ',' : '.';
  const added = ['tags', 'confidence', 'themes'];
  const keep = table.header.map((_, i) => i).filter((i) => !added.includes(table.header[i] as string));
  const header = [...keep.map((i) => table.header[i] as string), ...added];
  const rows = table.rows.map((row, index) => {
    const result = results[index] as TextTagging;
    return [
      ...keep.map((i) => row[i] ?? ''),
      formatTags(result.tags, result.none),
      result.confidence.toFixed(2).replace('.', decimal),
      themed[index] ?? '',
    ];
  });
  const csv = writeTable(header, rows, table.delimiter, table.bom);
  if (flags.out) {
    await mkdir(path.dirname(path.resolve(flags.out)), { recursive: true });
    await writeFile(flags.out, csv);
    process.stderr.write(summary(results) + ` → ${flags.out}\n`);
  } else {
    process.stdout.write(csv);
  }
  return 0;
}

function summary(results: TextTagging[]): string {
  const count = (tag: Tag) => results.filter((r) => r.tags.includes(tag)).length;
  const none = results.filter((r) => r.none).length;
  return (
    `${formatCount(results.length)} lignes étiquetées : ${formatCount(count('working'))} « fonctionne », ${formatCount(count('broken'))} « dysfonctionne », ` +
    `${formatCount(count('needs'))} « besoins », ${formatCount(none)} non-réponses`
  );
}

/** Themes of each row (`a;b`), empty for non-answers. */
function themeRows(table: Table, textColumn: number, results: TextTagging[], themes: Awaited<ReturnType<typeof loadThemes>>): string[] {
  const items: TaggedItem[] = [];
  const rowOf: number[] = [];
  table.rows.forEach((row, index) => {
    const result = results[index] as TextTagging;
    if (result.none) return;
    items.push(rowItem(String(index), row[textColumn] ?? '', result.tags[0] ?? 'needs'));
    rowOf.push(index);
  });
  const out: string[] = new Array<string>(table.rows.length).fill('');
  assignThemes(items, themes).forEach((item, k) => {
    out[rowOf[k] as number] = item.themes.join(';');
  });
  return out;
}

function rowItem(id: string, text: string, tag: Tag): TaggedItem {
  const raw: RawItem = {
    id,
    sessionId: 'tag',
    text,
    declaredTag: 'auto',
    explicitThemes: [],
    weight: 1,
    region: null,
    department: null,
    profile: null,
    format: 'enquete',
    question: null,
    source: { file: 'tag', line: 1, column: 1 },
  };
  return { ...raw, tag, tagSource: 'inferred', confidence: 0 };
}

/** The taxonomy: --themes, else data/themes.yml or themes.yml of the current directory, else none. */
async function loadThemes(flag: string | undefined) {
  const candidates = flag !== undefined ? [flag] : ['data/themes.yml', 'themes.yml'];
  const found = candidates.find((file) => existsSync(file));
  if (flag !== undefined && found === undefined) throw new UsageError(`Fichier de thèmes introuvable : « ${flag} ».`);
  if (found === undefined) {
    process.stderr.write("Aucun fichier de thèmes (data/themes.yml ou themes.yml ici, ou --themes FICHIER) : chaque texte ira dans le thème « Autres ».\n");
  }
  const file = found === undefined ? null : { file: found, content: await readFile(found, 'utf8') };
  const { referentiels, diagnostics } = createReferentiels(file);
  // The pipeline's « data/themes.yml est absent » would not name --themes: said above instead.
  for (const d of diagnostics) if (d.code !== 'themes-absents') process.stderr.write(`${d.file}:${d.line}:${d.column} ${d.message}\n`);
  return referentiels.themes;
}

export function required(value: string | undefined, flag: string, help: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`Option obligatoire manquante : ${flag}.\n\n${help}`);
  return value;
}

/** Reads a CSV file, or explains in French why it cannot (exit 2). */
export async function loadTable(file: string): Promise<Table> {
  if (!existsSync(file)) throw new UsageError(`Fichier introuvable : « ${file} ».`);
  const table = readTable(new Uint8Array(await readFile(file)), file);
  const blocking = table.diagnostics.filter((d) => d.severity === 'blocking');
  if (table.header.length === 0 || blocking.length > 0) {
    const reasons = blocking.map((d) => `  ${d.file}:${d.line}:${d.column} ${d.message}`).join('\n');
    throw new UsageError(`Impossible de lire « ${file} » comme un tableau CSV.${reasons ? `\n${reasons}` : ' Le fichier est vide.'}`);
  }
  return table;
}

/** Index of a column, or a French usage error listing the columns there are. */
export function column(table: Table, name: string, file: string): number {
  const index = findColumn(table.header, name);
  if (index >= 0) return index;
  const available = table.header.map((h) => `« ${h} »`).join(', ');
  throw new UsageError(`Colonne « ${name} » introuvable dans « ${file} ». Colonnes disponibles : ${available}.`);
}
