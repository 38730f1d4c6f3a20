/**
 * The language of a column of answers (franc-min over a sample spread across the column): French is
 * told from English on our own sentences and on the real exports, short answers give no verdict.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { answersLanguage, languageName, languageSample, MIN_SAMPLE_CHARACTERS } from '../../src/pipeline/text/language.ts';

const FRENCH = [
  'La recherche d’un jeune est rapide et fiable.',
  'On saisit deux fois les mêmes données dans deux outils différents.',
  'Les statistiques prennent des heures à sortir chaque mois.',
  'Un agenda partagé avec les partenaires nous ferait gagner du temps.',
  'Le système est très lent le lundi matin, quand tout le monde se connecte.',
  'Les pièces jointes se perdent souvent entre deux rendez-vous.',
];
const ENGLISH = [
  'Finding a young person’s file is quick and reliable.',
  'We type the same data twice in two different tools.',
  'Statistics take hours to extract every month.',
  'A calendar shared with our partners would save us a lot of time.',
  'The system is very slow on Monday mornings, when everybody logs in.',
  'Attachments are often lost between two appointments.',
];
const of = (texts: readonly string[]) => [texts.length, (index: number) => texts[index] ?? ''] as const;

describe('languageSample', () => {
  it('prend des réponses réparties sur toute la colonne, pas seulement les premières', () => {
    const texts = Array.from({ length: 10_000 }, (_, i) => `réponse ${i}`);
    const sample = languageSample(...of(texts)).split('\n');
    expect(sample).toHaveLength(64);
    expect(sample[0]).toBe('réponse 0');
    expect(Number(sample.at(-1)?.split(' ')[1])).toBeGreaterThan(9_000);
  });

  it('garde les réponses entières d’une petite colonne, et saute les vides', () => {
    const texts = ['', ...FRENCH, '   '];
    expect(languageSample(...of(texts))).toBe(FRENCH.join('\n'));
  });
});

describe('answersLanguage', () => {
  it('reconnaît le français et l’anglais', () => {
    expect(answersLanguage(...of(FRENCH))).toBe('fra');
    expect(answersLanguage(...of(ENGLISH))).toBe('eng');
  });

  it('ne conclut pas sur des réponses trop courtes ou d’un petit vocabulaire (« RAS », « Oui », des régions)', () => {
    const column = (words: string[]) => Array.from({ length: 500 }, (_, i) => words[i % words.length] as string);
    // Each of these samples is long enough for franc, which would name Cebuano, Portuguese, Kinyarwanda…
    for (const words of [['RAS', 'Oui', 'Non', 'NC'], ['Yes', 'No'], ['Bretagne', 'Normandie', 'Occitanie', 'Corse']]) {
      expect(languageSample(...of(column(words))).length, words.join('/')).toBeGreaterThanOrEqual(MIN_SAMPLE_CHARACTERS);
      expect(answersLanguage(...of(column(words))), words.join('/')).toBe('und');
    }
    expect(answersLanguage(...of(['Trop lent.', 'Rien.']))).toBe('und');
  });

  it('nomme la langue en français, ou donne son code', () => {
    expect(languageName('eng')).toBe('anglais');
    expect(languageName('xyz')).toBe('une langue de code ISO 639-3 « xyz »');
  });
});

const realData = path.resolve(import.meta.dirname, '../../..', 'shared/real-data');
const column = (file: string, name: string, delimiter?: string): string[] => {
  const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(realData, file), 'utf8'), { header: true, skipEmptyLines: true, ...(delimiter ? { delimiter } : {}) }).data;
  return rows.map((row) => row[name] ?? '');
};
const present = existsSync(realData);
if (!present) console.warn(`Données réelles absentes (${realData}) : tests de langue sur données réelles ignorés.`);

describe.skipIf(!present)('answersLanguage sur des exports réels', () => {
  it('les avis d’application en anglais sont de l’anglais', () => {
    expect(answersLanguage(...of(column('clap-app-reviews-en-sample/clap_3000_review_slice_offset150000.csv', 'review')))).toBe('eng');
  });

  it('les réponses du Grand Débat et les propositions Decidim sont du français', () => {
    expect(answersLanguage(...of(column('granddebat-services-publics/answers.csv', 'comment')))).toBe('fra');
    expect(answersLanguage(...of(column('decidim-mel-granddebat/propositions_libres.csv', 'body', ';')))).toBe('fra');
    expect(answersLanguage(...of(column('cahiers-doleances-sample/dataset.csv', 'content')))).toBe('fra');
  });
});
