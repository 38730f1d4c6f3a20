/** Shared fixtures of the entry tests: the repository's taxonomy and a complete draft. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createReferentiels } from '../../src/pipeline/referentiels/index.ts';
import { emptyDraft, type NoteDraft } from '../../src/entry/draft.ts';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const THEMES_FILE = { file: 'data/themes.yml', content: readFileSync(path.join(REPO, 'data/themes.yml'), 'utf8') };
export const referentiels = createReferentiels(THEMES_FILE).referentiels;

export function sampleDraft(): NoteDraft {
  return {
    ...emptyDraft(),
    lieu: 'Saintes',
    date: '2026-09-12',
    format: 'presentiel',
    region: '75',
    departements: ['17'],
    structures: ['Mission Locale de la Saintonge'],
    ambassadeurs: ['Prénom N.'],
    participants: { total: 14, profils: { conseiller: 8, direction: 3, accueil: 3 } },
    items: {
      working: [{ text: "La recherche d'un jeune par son nom est rapide.", themes: ['saisie'], votes: null }],
      broken: [{ text: 'Saisir une situation demande d’ouvrir quatre écrans.', themes: ['saisie'], votes: 12 }],
      needs: [{ text: 'Un tableau de bord par conseiller, prêt à l’emploi.', themes: ['pilotage'], votes: null }],
    },
  };
}
