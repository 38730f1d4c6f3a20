/**
 * The entries set aside, listed one by one for the bureau (« Écartés » sheet, `ecartes.csv`): as many
 * per file and reason as the bilan counts, each at its real line with its text as read — masked like a
 * published text, and cut.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { ConsultationInput } from '../../src/pipeline/io/consultation-input.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { SET_ASIDE_TEXT_LENGTH } from '../../src/pipeline/model.ts';
import { exportTables } from '../../src/export/tables.ts';
import { writeExports } from '../../src/export/index.ts';
import { checkSetAside, inputFiles } from '../fuzz/invariants.ts';
import { itemsSetAside, publishSetAside } from '../../src/pipeline/set-aside.ts';
import { setAsideTable } from '../../src/export/set-aside-table.ts';
import { rawItem } from '../support/raw-item.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-ecartes-');

const REPO = path.resolve(import.meta.dirname, '../..');
const NOTE = 'content/ateliers/bretagne/2026-09-12-rennes.md';
const SURVEY = 'data/enquetes/conseillers.csv';
const RETIREMENT = 'data/enquetes/retraite.csv';
const MIXED = 'Si vous avez été amené à préparer votre retraite, pouvez-vous indiquer les éléments de satisfaction et/ou les difficultés rencontrées ?';

describe('liste des écartés', () => {
  it('lists each entry of the bilan of tests/fixtures/bilan-motifs, at its line, with its reason and text', async () => {
    const input = await readConsultation(path.join(REPO, 'tests/fixtures/bilan-motifs'));
    const { synthesis } = synthesize(input);
    expect(checkSetAside(synthesis.setAside, synthesis.reconciliation.files, inputFiles(input), SET_ASIDE_TEXT_LENGTH)).toEqual([]);
    expect(synthesis.setAside).toHaveLength(synthesis.reconciliation.rejected);
    const listed = synthesis.setAside.map((e) => [e.source.file, e.source.line, e.source.column, e.source.row, e.reason, e.text]);
    expect(listed).toEqual([
      [NOTE, 16, 1, undefined, 'texte-hors-liste', 'La recherche d\'un dossier par le nom du jeune va vite, tout le monde l\'a dit.'],
      [NOTE, 19, 1, undefined, 'element-vide', ''],
      [NOTE, 20, 1, undefined, 'non-reponses-ecartees', 'RAS'],
      [SURVEY, 3, 4, 2, 'non-reponses-ecartees', 'RAS'],
      [SURVEY, 3, 5, 2, 'non-reponses-ecartees', 'Néant'],
      // A row with a field in excess, set aside whole as written (its cells may be shifted).
      [SURVEY, 4, 1, 3, 'ligne-decalee', 'Occitanie;Chargée d’accueil;L’agenda partagé;La double saisie avec France Travail;Des SMS automatiques aux jeunes;Un champ en trop'],
      [SURVEY, 5, 3, 4, 'non-reponses-ecartees', 'Rien à signaler'],
      // Named without a judgement under a « satisfaction et/ou difficultés » question: not a non-answer.
      [RETIREMENT, 2, 2, 1, 'sans-jugement-lisible', 'Les temps de réponse de la CNAV'],
      [RETIREMENT, 3, 2, 2, 'non-reponses-ecartees', 'RAS'],
      [RETIREMENT, 4, 2, 3, 'sans-jugement-lisible', 'La caisse de retraite'],
    ]);
  });

  it('the « Écartés » table: one row per entry, the reason in French and its code', async () => {
    const { synthesis } = synthesize(await readConsultation(path.join(REPO, 'tests/fixtures/bilan-motifs')));
    const table = exportTables(synthesis).find((t) => t.name === 'ecartes');
    expect(table?.sheet).toBe('Écartés');
    expect(table?.headers).toEqual(['Fichier', 'Ligne', 'Réponse n°', 'Colonne', 'En-tête de colonne (s’il diffère de la question)', 'Question', 'Motif', 'Code', 'Texte lu']);
    expect(table?.rows).toHaveLength(synthesis.reconciliation.rejected);
    // A survey answer's number as the site cites it; its column's header only where it is not the question.
    expect(table?.rows).toContainEqual([SURVEY, 3, 2, 5, '', 'Vos attentes', 'non-réponse', 'non-reponses-ecartees', 'Néant']);
    expect(table?.rows).toContainEqual([SURVEY, 4, 3, 1, '', '', 'ligne décalée', 'nombre-de-champs-incorrect', 'Occitanie;Chargée d’accueil;L’agenda partagé;La double saisie avec France Travail;Des SMS automatiques aux jeunes;Un champ en trop']);
    expect(table?.rows).toContainEqual([NOTE, 20, null, 1, '', '', 'non-réponse', 'non-reponses-ecartees', 'RAS']);
    expect(table?.rows).toContainEqual([RETIREMENT, 2, 1, 2, '', MIXED, 'réponse sans jugement lisible', 'sans-jugement-lisible', 'Les temps de réponse de la CNAV']);
    const quality = exportTables(synthesis).find((t) => t.name === 'qualite-des-donnees');
    expect(quality?.rows.find((row) => row[1] === 'Total')?.[7]).toContain('feuille « Écartés », ecartes.csv');
    expect(quality?.rows.find((row) => row[1] === RETIREMENT)?.[7]).toBe('2 réponses sans jugement lisible [sans-jugement-lisible], 1 non-réponse [non-reponses-ecartees]');
  });

  it('the « Écartés » table of a consultation that sets nothing aside says so in one row, not headers alone', () => {
    const table = setAsideTable({ setAside: [] } as unknown as Synthesis);
    expect(table.rows).toEqual([['Aucun élément écarté : chaque entrée lue a été retenue.', ...table.headers.slice(1).map(() => null)]]);
  });
});

describe('liste des écartés : la question de chaque réponse', () => {
  it('gives a survey answer the question its row answers, apart from its column header, masked like the items', () => {
    const answer = rawItem('Oui', {
      question: 'Faut-il rappeler Camille Dufour au 06 12 34 56 78 ?',
      source: { file: 'data/enquetes/debats.csv', line: 3, column: 2, row: 2, field: 'body' },
    });
    const redact = (text: string) => {
      const masked = text.replace('06 12 34 56 78', '[téléphone]');
      return masked === text ? { text, found: [], matches: [] } : { text: masked, found: ['téléphone'], matches: ['06 12 34 56 78'] };
    };
    const { entries } = publishSetAside(itemsSetAside([{ reason: 'non-reponses-ecartees', items: [answer, rawItem('RAS')] }]), redact);
    expect(entries.map((e) => [e.source.field, e.question])).toEqual([
      [undefined, undefined],
      ['body', 'Faut-il rappeler Camille Dufour au [téléphone] ?'],
    ]);
    const synthesis = { setAside: entries } as unknown as Synthesis;
    expect(setAsideTable(synthesis).rows[1]?.slice(2, 6)).toEqual([2, 2, 'body', 'Faut-il rappeler Camille Dufour au [téléphone] ?']);
  });
});

describe('liste des écartés : vie privée', () => {
  const PHONE = '06 12 34 56 78';
  const MAIL = 'jeanne.rival@example.org';
  const NAME = 'Camille Dufour';
  const note = [
    '---', 'titre: Atelier Bretagne — Brest', 'date: 2026-09-14', 'format: presentiel', 'region: Bretagne',
    `ambassadeurs: ["${NAME}"]`, '---', '', '## Ce qui fonctionne', '',
    `Introduction de ${NAME}, joignable au ${PHONE} pour la suite.`, '',
    '- Le suivi des entretiens est clair.', '',
    '## Ce qui dysfonctionne', '',
    `| Constat | Proposition |`, '|---|---|', `| Appeler ${NAME} au ${PHONE} | Écrire à ${MAIL} |`, '',
    '- Les écrans sont lents.', '',
    '## Besoins et attentes', '',
    // Before the section's list: set aside (it may be the section's introduction).
    `Un long paragraphe mis à part : ${'les échanges ont porté sur bien des sujets, '.repeat(15)} et ${PHONE} à la fin.`, '',
    `- ${'Un texte très long recopié d’un compte rendu. '.repeat(20)}`, '',
  ].join('\n');
  const csv = `Région;Vos attentes\nBretagne;Des SMS automatiques;Écrire à ${MAIL} ou au ${PHONE}\nBretagne;RAS, voir ${NAME}\n`;
  const input: ConsultationInput = {
    notes: [{ file: 'content/ateliers/bretagne/2026-09-14-brest.md', content: note }],
    surveys: [{ file: SURVEY, bytes: new TextEncoder().encode(csv), sidecar: null }],
    themes: null, pseudonyms: null, settings: null,
  };
  let synthesis: Synthesis;
  let out: string;

  beforeAll(async () => {
    synthesis = synthesize(input).synthesis;
    out = tempDir();
    await writeExports(synthesis, out);
  });

  it('masks phone numbers, e-mails and declared names in the texts set aside, and says so at their line', () => {
    expect(checkSetAside(synthesis.setAside, synthesis.reconciliation.files, inputFiles(input), SET_ASIDE_TEXT_LENGTH)).toEqual([]);
    const texts = synthesis.setAside.map((e) => e.text).join('\n');
    expect(texts).toContain('[téléphone]');
    expect(texts).toContain('[courriel]');
    expect(texts).toContain('[personne]');
    for (const secret of [PHONE, MAIL, NAME, 'Dufour', 'Camille']) expect(texts).not.toContain(secret);
    const masked = synthesis.diagnostics.filter((d) => d.code === 'donnee-personnelle' && /texte écarté/.test(d.message));
    expect(masked.map((d) => `${d.file}:${d.line}`)).toContain('content/ateliers/bretagne/2026-09-14-brest.md:11');
    expect(masked.map((d) => `${d.file}:${d.line}`)).toContain(`${SURVEY}:2`);
  });

  it('cuts a long text after masking it, with « … »', () => {
    const long = synthesis.setAside.find((e) => e.text.startsWith('Un long paragraphe'));
    expect(long?.text).toHaveLength(SET_ASIDE_TEXT_LENGTH);
    expect(long?.text.endsWith('…')).toBe(true);
  });

  it('ecartes.csv and the workbook hold no personal data', () => {
    const csvText = readFileSync(path.join(out, 'ecartes.csv'), 'utf8');
    expect(csvText.startsWith('\uFEFFFichier;Ligne;Réponse n°;Colonne;En-tête de colonne (s’il diffère de la question);Question;Motif;Code;Texte lu\r\n')).toBe(true);
    expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(synthesis.reconciliation.rejected + 1);
    const flat = (text: string) => text.replace(/[\s.\-_]/g, '');
    for (const file of ['ecartes.csv', 'synthese.json', 'qualite-des-donnees.csv']) {
      const text = flat(readFileSync(path.join(out, file), 'utf8'));
      for (const secret of [PHONE, MAIL, NAME]) expect(text, file).not.toContain(flat(secret));
    }
  });
});
