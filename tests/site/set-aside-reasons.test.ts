/**
 * The methodology page says, under its bilan, what each reason for setting entries aside means: the
 * short answers to a « satisfaction et/ou difficultés » question that judge nothing under their own
 * reason, apart from the non-answers, with the counts of the same bilan as `check`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { renderComponent } from '../export/support/render-component.ts';
import { REJECTION_REASONS } from '../../src/pipeline/rejection-reasons.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/bilan-motifs');
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('page Méthodologie : motifs des écartés', () => {
  it('counts the unjudged answers apart from the non-answers and explains each reason', async () => {
    const { synthesis } = synthesize(await readConsultation(FIXTURE));
    // Rendered in dev mode: each element carries its source location, left out here.
    const html = (await renderComponent(synthesis, 'src/pages/methodologie/index.astro', {})).replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
    const row = /<tr><th scope="row"><code>data\/enquetes\/retraite\.csv<\/code><\/th>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(text(row)).toContain('2 réponses sans jugement lisible [sans-jugement-lisible], 1 non-réponse [non-reponses-ecartees]');
    const total = /<tfoot>(.*?)<\/tfoot>/s.exec(html)?.[1] ?? '';
    expect(text(total)).toContain('5 non-réponses [non-reponses-ecartees], 2 réponses sans jugement lisible [sans-jugement-lisible]');
    const list = /<ul[^>]*class="set-aside-reasons"[^>]*>(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
    const items = [...list.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => text(m[1] ?? ''));
    // One per reason of the total, in its order.
    // Each named by the code of the diagnostic that says it (a shifted row's: « nombre-de-champs-incorrect »).
    expect(items.map((i) => /\[([^\]]+)\]/.exec(i)?.[1])).toEqual(synthesis.reconciliation.reasons.map((r) => REJECTION_REASONS[r.reason].codes.join(', ')));
    expect(items[1]).toBe(
      'Réponse sans jugement lisible [sans-jugement-lisible] : réponse brève à une question sur la satisfaction et les difficultés, sans rien qui dise laquelle.',
    );
  }, 60_000);
});
