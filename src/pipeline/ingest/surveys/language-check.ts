/**
 * A warning for each text column that does not read as French (language.ts): its answers are
 * tagged and themed by French word lists, so by chance. Kept, not rejected: the ambassador decides.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { answersLanguage, languageName } from '../../text/language.ts';
import type { Table } from './csv.ts';
import { htmlToText } from './html.ts';
import type { TextColumn } from './mapping-types.ts';

export function languageDiagnostics(table: Table, texts: readonly TextColumn[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const spec of texts) {
    const cell = (index: number): string => {
      const raw = table.records[index]?.fields[spec.column] ?? '';
      return spec.html ? htmlToText(raw) : raw;
    };
    const language = answersLanguage(table.records.length, cell);
    if (language === 'fra' || language === 'und') continue;
    diagnostics.push(
      diagnostic({
        code: 'langue-non-francaise',
        severity: 'warning',
        message:
          `La colonne « ${spec.header} » semble écrite en ${languageName(language)}, pas en français : l’étiquetage et ` +
          'les thèmes lisent le français, et ses réponses seraient classées au hasard.',
        hint:
          'Traduisez ces réponses, ou donnez une étiquette à la colonne dans la fiche .yml (tag: working, broken ' +
          'ou needs) et relisez ses thèmes. Si elle est bien en français, ignorez cet avertissement.',
        file,
        line: table.headerLine,
        column: spec.column + 1,
      }),
    );
  }
  return diagnostics;
}
