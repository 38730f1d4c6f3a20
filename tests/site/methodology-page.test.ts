/**
 * The methodology page reads in two minutes for a reader who is not technical: it opens on a plain
 * summary whose figures are the Synthesis', the technical detail folded under « Détails techniques : … »
 * with the anchors other pages link to, and it publishes none of the bureau's or ambassadors'
 * diagnostics (the demo's example contact address, « personne ne la lira », is check's and build's).
 * The accessibility statement then gives no address rather than the example one.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { MEASURED_TAGGING_QUALITY } from '../../src/pipeline/tag/measured-quality.ts';
import { formatInteger } from '../../src/site/format.ts';
import { methodologySummary, timesInTen } from '../../src/site/methodology-summary.ts';
import { renderComponent } from '../export/support/render-component.ts';

const DEMO = path.resolve(import.meta.dirname, '../..');
/** Text as read: tags dropped, spaces (no-break ones too) made plain, the typographic apostrophe straight. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ').replace(/’/g, "'");
const strip = (html: string) => html.replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
/** The page's HTML outside its <details>: what a reader sees without unfolding anything. */
const unfolded = (html: string) => html.replace(/<details[\s\S]*?<\/details>/g, '');

describe('page Méthodologie, pour un lecteur non technicien', () => {
  let synthesis: Synthesis;
  let html: string;
  let main: string;
  beforeAll(async () => {
    ({ synthesis } = synthesize(await readConsultation(DEMO)));
    html = strip(await renderComponent(synthesis, 'src/pages/methodologie/index.astro', {}));
    main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  }, 120_000);

  it('opens on a plain summary whose figures are the Synthesis’', () => {
    const summary = text(/<section[^>]*data-summary[^>]*>([\s\S]*?)<\/section>/.exec(main)?.[1] ?? '');
    const workshops = synthesis.sessions.filter((s) => s.kind === 'workshop');
    const surveys = synthesis.sessions.filter((s) => s.kind === 'survey');
    const regions = new Set(workshops.map((s) => s.region)).size;
    // The answers kept, not every cell read: those set aside (« RAS ») are said by the set-aside sentence.
    const files = synthesis.reconciliation.files.filter((f) => surveys.some((s) => s.file === f.file));
    const answers = files.reduce((n, f) => n + f.kept, 0);
    expect(answers).toBeLessThan(files.reduce((n, f) => n + f.read, 0));
    const respondents = surveys.reduce((n, s) => n + (s.participants ?? 0), 0);
    expect(respondents).toBeGreaterThan(0);
    expect(summary).toContain(
      `${workshops.length} ateliers tenus dans ${regions} régions et de ${surveys.length} enquêtes (${text(formatInteger(respondents))} répondants, ${text(formatInteger(answers))} réponses écrites retenues)`,
    );
    expect(summary).toContain(`lecture automatique du texte (${text(formatInteger(synthesis.items.filter((i) => i.tagSource !== 'explicit').length))} éléments)`);
    // The reliability in plain words, from the measurement the page publishes, and where it was measured.
    expect(summary).toContain(`juste ${timesInTen(MEASURED_TAGGING_QUALITY.heldOutMacroF1)} lors d'un test sur le Grand Débat national, pas sur cette consultation`);
    // The ideas the rule finds, and how many are published: the Synthesis keeps the strongest.
    expect(synthesis.ideasFound).toBeGreaterThan(synthesis.ideas.length);
    expect(summary).toContain(`: ${synthesis.ideasFound} ici, dont les ${synthesis.ideas.length} plus partagées sont publiées.`);
    expect(summary).toContain(
      `Sur ${text(formatInteger(synthesis.reconciliation.read))} réponses et lignes de notes lues, ${synthesis.reconciliation.rejected} ont été écartées (${countOf('non-reponses-ecartees')} non-réponses, ${countOf('coordonnees-laissees')} réponses qui laissent des coordonnées)`,
    );
    function countOf(reason: string): number {
      return synthesis.reconciliation.reasons.find((r) => r.reason === reason)?.count ?? 0;
    }
    // Five or six lines, not a page.
    expect([...summary.matchAll(/\. /g)].length).toBeLessThanOrEqual(8);
  });

  it('publishes no diagnostic of the dry run: no example address, no « personne ne la lira », no codes table', () => {
    expect(synthesis.diagnostics.some((d) => d.code === 'contact-accessibilite-exemple'), 'the demo has an example contact').toBe(true);
    expect(main).not.toContain('personne ne la lira');
    expect(main).not.toContain('example.org');
    expect(main).not.toMatch(/id="diagnostics/);
    for (const code of ['contact-accessibilite-exemple', 'donnee-personnelle', 'region-en-chiffres', 'petit-groupe', 'audit-accessibilite-absent']) {
      expect(main, code).not.toContain(code);
    }
    expect(text(main)).not.toMatch(/tir à blanc/i);
    // The data-quality facts stay: the bilan, the reasons, the profiles withheld for privacy.
    expect(main).toContain('id="bilan-fichiers"');
    expect(main).toContain('class="set-aside-reasons"');
    expect(text(main)).toMatch(/Pour protéger leurs auteurs, \d+ éléments d'enquête sont publiés sans leur profil/);
  });

  it('folds the technical detail under « Détails techniques : … », keeping the anchors pages link to', () => {
    const details = [...main.matchAll(/<details[^>]*>\s*<summary[^>]*>([\s\S]*?)<\/summary>/g)].map((m) => text(m[1] ?? '').trim());
    expect(details.length).toBeGreaterThanOrEqual(6);
    for (const summary of details) expect(summary).toMatch(/^Détails techniques : \p{Ll}/u);
    for (const term of ['Jensen-Shannon', 'MinHash', 'F1 macro', 'score z', 'log-rapport', 'taxonomie']) {
      expect(main, term).toContain(term);
      expect(unfolded(main), `${term} hors des détails repliés`).not.toContain(term);
    }
    expect(main).not.toMatch(/<details[^>]*\bopen\b/);
    for (const anchor of ['demarche', 'bilan', 'etiquetage', 'convergence', 'distinctifs', 'idees-fortes', 'reproductibilite']) {
      expect(unfolded(main), anchor).toMatch(new RegExp(`<h2 id="${anchor}"`));
    }
  });
});

describe('déclaration d’accessibilité : l’adresse de contact', () => {
  it('gives no example address to readers, but a real one', async () => {
    const { synthesis } = synthesize(await readConsultation(DEMO));
    expect(synthesis.accessibilityContact).toMatch(/example\.org$/);
    const example = text(strip(await renderComponent(synthesis, 'src/pages/accessibilite/index.astro', {})));
    expect(example).not.toContain('example.org');
    expect(example).not.toContain('personne ne la lira');
    expect(example).toContain("par l'intermédiaire de l'organisme qui vous a invité à participer à la consultation");
    expect(example).not.toMatch(/ambassadeur|Mission Locale|équipe nationale/);
    const real: Synthesis = {
      ...synthesis,
      accessibilityContact: 'accessibilite@mission-locale.fr',
      diagnostics: synthesis.diagnostics.filter((d) => d.code !== 'contact-accessibilite-exemple'),
    };
    const html = strip(await renderComponent(real, 'src/pages/accessibilite/index.astro', {}));
    expect(html).toContain('<a href="mailto:accessibilite@mission-locale.fr">accessibilite@mission-locale.fr</a>');
  }, 120_000);
});

describe('methodologySummary', () => {
  it('counts the survey answers kept and their respondents, and the regions of the workshops', async () => {
    const { synthesis } = synthesize(await readConsultation(path.resolve(import.meta.dirname, '../fixtures/bilan-motifs')));
    const summary = methodologySummary(synthesis);
    const surveyFiles = synthesis.sessions.filter((s) => s.kind === 'survey').map((s) => s.file);
    expect(summary.surveyAnswers).toBe(synthesis.reconciliation.files.filter((f) => surveyFiles.includes(f.file)).reduce((n, f) => n + f.kept, 0));
    expect(summary.respondents).toBe(synthesis.sessions.reduce((n, s) => n + (s.kind === 'survey' ? (s.participants ?? 0) : 0), 0));
    expect(summary.rejected).toBe(synthesis.reconciliation.rejected);
    expect(summary.reliability).toBe(MEASURED_TAGGING_QUALITY.heldOutMacroF1);
  }, 60_000);

  it('says a score as « environ N fois sur 10 »', () => {
    expect(timesInTen(0.876)).toBe('environ 9 fois sur 10');
    expect(timesInTen(0.64)).toBe('environ 6 fois sur 10');
    expect(timesInTen(1)).toBe('environ 10 fois sur 10');
  });
});
