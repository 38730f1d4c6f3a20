/** The evaluation as French text, for the `eval` command and the development-set script. */
import type { Label } from './labels.ts';
import { LABELS } from './labels.ts';
import type { Evaluation } from './metrics.ts';

const NAMES: Record<Label, string> = {
  working: 'working (fonctionne)',
  broken: 'broken (dysfonctionne)',
  needs: 'needs (besoins)',
  none: 'none (non-réponse)',
};

const pct = (n: number) => n.toFixed(3).replace('.', ',');

export function formatEvaluation(evaluation: Evaluation, title = "Évaluation de l’étiquetage"): string {
  const lines: string[] = [];
  lines.push(`${title} — ${evaluation.answers} réponses annotées`);
  lines.push('');
  lines.push(`${'étiquette'.padEnd(24)}${'précision'.padStart(10)}${'rappel'.padStart(9)}${'F1'.padStart(8)}` +
    `${'VP'.padStart(6)}${'FP'.padStart(6)}${'FN'.padStart(6)}${'VN'.padStart(6)}${'attendues'.padStart(11)}`);
  for (const s of evaluation.perLabel) {
    lines.push(
      `${NAMES[s.label].padEnd(24)}${pct(s.precision).padStart(10)}${pct(s.recall).padStart(9)}${pct(s.f1).padStart(8)}` +
        `${String(s.truePositives).padStart(6)}${String(s.falsePositives).padStart(6)}` +
        `${String(s.falseNegatives).padStart(6)}${String(s.trueNegatives).padStart(6)}${String(s.support).padStart(11)}`,
    );
  }
  lines.push('');
  lines.push(`F1 macro (moyenne des quatre F1) : ${pct(evaluation.macroF1)}`);
  const exact = evaluation.answers === 0 ? 0 : evaluation.exactMatches / evaluation.answers;
  lines.push(`Réponses dont toutes les étiquettes sont justes : ${evaluation.exactMatches} (${pct(exact)})`);
  lines.push('');
  lines.push('Tableau de confusion (multi-étiquette) : ligne = étiquette attendue, colonne = étiquette prédite ;');
  lines.push('une cellule compte les réponses qui attendaient la ligne et ont reçu la colonne.');
  lines.push(`${'attendue \\ prédite'.padEnd(20)}${LABELS.map((l) => l.padStart(9)).join('')}`);
  for (const expected of LABELS) {
    lines.push(`${expected.padEnd(20)}${LABELS.map((p) => String(evaluation.confusion[expected][p]).padStart(9)).join('')}`);
  }
  return lines.join('\n') + '\n';
}
