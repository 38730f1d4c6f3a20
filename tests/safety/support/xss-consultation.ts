/**
 * A consultation where every XSS vector of tests/fixtures/safety/xss-vectors.txt is planted in every
 * place a user writes: one workshop note per vector (title, structures, an unknown front-matter key,
 * context paragraph, list items, nested item, an item with votes, a section heading, hashtags) and
 * two surveys (text cells, profile, region and scale cells, a column header, a sidecar title).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES } from './planted.ts';

export async function readVectors(): Promise<string[]> {
  const text = await readFile(path.join(FIXTURES, 'xss-vectors.txt'), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '');
}

const REGIONS = [
  ['auvergne-rhone-alpes', 'Auvergne-Rhône-Alpes'], ['bourgogne-franche-comte', 'Bourgogne-Franche-Comté'], ['bretagne', 'Bretagne'],
  ['centre-val-de-loire', 'Centre-Val de Loire'], ['corse', 'Corse'], ['grand-est', 'Grand Est'], ['hauts-de-france', 'Hauts-de-France'],
  ['ile-de-france', 'Île-de-France'], ['normandie', 'Normandie'], ['nouvelle-aquitaine', 'Nouvelle-Aquitaine'], ['occitanie', 'Occitanie'],
  ['pays-de-la-loire', 'Pays de la Loire'], ['provence-alpes-cote-d-azur', "Provence-Alpes-Côte d'Azur"],
] as const;

/** Title of the session page of vector `index` (the test finds it back as text in the page). */
export function noteTitle(index: number, vector: string): string {
  return `Atelier ${index + 1} ${vector}`;
}

export const CONSULTATION_TITLE_PREFIX = 'Livre blanc piégé ';

export async function writeXssConsultation(root: string, vectors: readonly string[]): Promise<void> {
  const y = (value: string) => JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar
  await mkdir(path.join(root, 'content'), { recursive: true });
  await mkdir(path.join(root, 'data', 'enquetes'), { recursive: true });
  await writeFile(path.join(root, 'content', 'consultation.yml'), `titre: ${y(CONSULTATION_TITLE_PREFIX + (vectors[0] ?? ''))}\n`);
  await writeFile(path.join(root, 'data', 'themes.yml'), await readFile(path.join(FIXTURES, 'planted', 'data', 'themes.yml'), 'utf8'));

  for (const [index, vector] of vectors.entries()) {
    const [slug, region] = REGIONS[index % REGIONS.length] ?? REGIONS[0];
    const note = [
      '---',
      `titre: ${y(noteTitle(index, vector))}`,
      `date: 2026-10-${String((index % 28) + 1).padStart(2, '0')}`,
      `format: ${index % 2 ? 'distanciel' : 'presentiel'}`,
      `region: ${y(region)}`,
      `structures: [${y(vector)}, ${y(`Mission Locale ${index + 1}`)}]`,
      'ambassadeurs: ["Animatrice Test"]',
      'participants: 6',
      `${y(`clé ${vector}`)}: oui`,
      '---',
      '',
      `Paragraphe de contexte : ${vector}`,
      '',
      '## Ce qui dysfonctionne',
      '',
      `- ${vector}`,
      `- Avant ${vector} après, la saisie est lente. #saisie-ergonomie`,
      `  - Sous-élément : ${vector}`,
      '',
      '## Besoins et attentes',
      '',
      `- Besoin : ${vector} (2 votes)`,
      `- Un rappel par SMS #onerror #script${index}`,
      '',
      `## ${vector}`,
      '',
      `- Sous un titre piégé : ${vector}`,
      '',
    ].join('\n');
    const dir = path.join(root, 'content', 'ateliers', slug);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `2026-10-01-atelier-${String(index + 1).padStart(3, '0')}.md`), note);
  }

  // Survey without sidecar: columns recognised from their headers; one of them carries a vector.
  const header = ['Région', 'Vous êtes', 'Ce qui vous gêne', 'Vos attentes', 'Commentaire <img src=x onerror="window.__xss=1;alert(1)">', 'Satisfaction globale (1 à 5)'];
  const rows = vectors.map((vector, index) => [
    REGIONS[index % REGIONS.length]?.[1] ?? '', vector, vector, `Attente : ${vector}`, `Commentaire : ${vector}`,
    // Mostly valid answers, so that the column is read as a scale and the odd vector is reported.
    index % 10 === 3 ? vector : String((index % 5) + 1),
  ]);
  rows.push(['Bretagne <script>window.__xss=1;alert(1)</script>', 'conseiller', 'Une ligne de plus.', '', '', '3']);
  await writeFile(path.join(root, 'data', 'enquetes', 'questionnaire.csv'), '\uFEFF' + csv([header, ...rows], ';'));

  // Survey with a sidecar whose title is a vector.
  await writeFile(
    path.join(root, 'data', 'enquetes', 'avis.yml'),
    [`titre: ${y(`Enquête ${vectors[1] ?? ''}`)}`, 'colonnes:', '  region_fixe: Bretagne', '  textes:', '    - { colonne: "Texte", tag: auto }', ''].join('\n'),
  );
  await writeFile(path.join(root, 'data', 'enquetes', 'avis.csv'), csv([['Texte'], ...vectors.map((v) => [v])], ','));
}

/** RFC 4180: every cell quoted, quotes doubled, CRLF. */
function csv(rows: readonly (readonly string[])[], delimiter: string): string {
  return rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(delimiter)).join('\r\n') + '\r\n';
}
