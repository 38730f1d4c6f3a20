/**
 * Synthetic consultations of any size, for benchmarks: workshop notes and survey CSVs across every
 * region, in realistic French about the Missions Locales' information system. When the real Grand
 * Débat answers are present (`../shared/real-data/`), some survey cells are taken from them, so that
 * the vocabulary has the long tail of real text. Deterministic: same size and seed → same files.
 *
 *   node scripts/generate-consultation.ts --size 100000 --out /tmp/consultation-100k [--seed 1] [--sans-reel] [--varie]
 *
 * `generateItems` gives the same kind of text directly as published items, for measuring the search
 * index without running the pipeline.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { FeedbackItem, SessionFormat, Tag } from '../src/pipeline/model.ts';
import { stableId } from '../src/pipeline/ids.ts';

const REPO = path.resolve(import.meta.dirname, '..');
export const REAL_ANSWERS = path.resolve(REPO, '..', 'shared/real-data/granddebat-services-publics/answers.csv');

/** INSEE code, name, and a few places for workshop titles. */
const REGIONS: Array<[string, string, string[]]> = [
  ['01', 'Guadeloupe', ['Pointe-à-Pitre', 'Basse-Terre']],
  ['02', 'Martinique', ['Fort-de-France', 'Le Lamentin']],
  ['03', 'Guyane', ['Cayenne', 'Saint-Laurent-du-Maroni']],
  ['04', 'La Réunion', ['Saint-Denis', 'Saint-Pierre']],
  ['06', 'Mayotte', ['Mamoudzou']],
  ['11', 'Île-de-France', ['Paris', 'Créteil', 'Cergy', 'Évry', 'Saint-Denis', 'Nanterre']],
  ['24', 'Centre-Val de Loire', ['Orléans', 'Tours', 'Bourges']],
  ['27', 'Bourgogne-Franche-Comté', ['Dijon', 'Besançon', 'Auxerre']],
  ['28', 'Normandie', ['Rouen', 'Caen', 'Le Havre']],
  ['32', 'Hauts-de-France', ['Lille', 'Amiens', 'Arras', 'Valenciennes']],
  ['44', 'Grand Est', ['Strasbourg', 'Metz', 'Reims', 'Nancy']],
  ['52', 'Pays de la Loire', ['Nantes', 'Angers', 'Le Mans']],
  ['53', 'Bretagne', ['Rennes', 'Brest', 'Quimper', 'Vannes']],
  ['75', 'Nouvelle-Aquitaine', ['Bordeaux', 'Limoges', 'Poitiers', 'Saintes']],
  ['76', 'Occitanie', ['Toulouse', 'Montpellier', 'Nîmes', 'Perpignan']],
  ['84', 'Auvergne-Rhône-Alpes', ['Lyon', 'Grenoble', 'Clermont-Ferrand', 'Saint-Étienne']],
  ['93', "Provence-Alpes-Côte d'Azur", ['Marseille', 'Nice', 'Toulon', 'Avignon']],
  ['94', 'Corse', ['Ajaccio', 'Bastia']],
];

const PROFILES = ['conseiller', 'conseiller', 'conseiller', 'direction', 'accueil', 'partenaire', 'jeune'];

/** Subjects by theme id (`data/themes.yml`); sentences combine them with a tag's predicates. */
const SUBJECTS: Record<string, string[]> = {
  'saisie-ergonomie': [
    "la saisie d'un entretien", 'le formulaire de situation', 'les listes déroulantes', "l'écran d'accueil du dossier",
    'la navigation entre les onglets', 'les champs obligatoires', 'le copier-coller des propositions',
  ],
  'lenteurs-disponibilite': [
    "l'ouverture d'un dossier", 'la connexion le lundi matin', 'le chargement des listes', "l'application en fin de mois",
    'les temps de réponse', 'la disponibilité du serveur',
  ],
  'pilotage-statistiques': [
    'les requêtes statistiques', 'le tableau de bord du conseiller', 'les indicateurs de la convention',
    "l'export des données vers le tableur", 'les statistiques régionales', 'le suivi des objectifs',
  ],
  dispositifs: [
    "le suivi du contrat d'engagement jeune", 'le PACEA', "l'obligation de formation", 'les phases du CEJ',
    "l'allocation du CEJ", 'les sorties de dispositif',
  ],
  interoperabilite: [
    'la double saisie avec France Travail', "l'échange de données avec les partenaires", 'la synchronisation avec le Département',
    "l'import des prescriptions", "l'interface avec la plateforme de l'État",
  ],
  'agenda-rendez-vous': [
    "l'agenda partagé", 'la prise de rendez-vous', 'les rappels de rendez-vous', 'les ateliers collectifs', 'le planning des permanences',
  ],
  'communication-jeunes': [
    'les SMS aux jeunes', "l'application pour les jeunes", 'les messages groupés', 'la messagerie avec les jeunes', 'les notifications',
  ],
  'documents-pieces-jointes': [
    'les pièces jointes', 'la numérisation des justificatifs', 'le classement des documents', 'la signature électronique',
  ],
  'offres-entreprises': [
    "les offres d'emploi", 'le suivi des entreprises partenaires', 'les immersions en entreprise', 'la mise en relation avec les employeurs',
  ],
  'aides-financieres': ['les aides financières', 'le fonds d’aide aux jeunes', "l'aide au permis", 'le versement des allocations'],
  'formation-assistance': [
    "l'assistance utilisateurs", 'la formation des nouveaux conseillers', 'la documentation en ligne', 'le support régional',
  ],
  'ia-redaction': ["l'aide à la rédaction des comptes rendus", "l'intelligence artificielle", 'la reformulation automatique des synthèses'],
  'qualite-donnees-rgpd': [
    'la qualité des données', 'les doublons de dossiers', 'la durée de conservation des données', 'le consentement des jeunes',
  ],
  'mobilite-nomade': ['le travail en permanence délocalisée', "l'accès depuis une tablette", 'le mode hors connexion', "l'accès depuis le téléphone"],
  'dossier-parcours': ["l'historique du parcours", 'le dossier du jeune', 'la vue synthétique du parcours', 'le transfert de dossier entre structures'],
};

/** Predicates by tag, singular and plural. */
const PREDICATES: Record<Tag, Array<[string, string]>> = {
  working: [
    ['fonctionne bien au quotidien', 'fonctionnent bien au quotidien'],
    ['est simple à prendre en main', 'sont simples à prendre en main'],
    ['fait gagner du temps', 'font gagner du temps'],
    ['est appréciée par toute l’équipe', 'sont appréciées par toute l’équipe'],
    ['est fiable depuis la dernière version', 'sont fiables depuis la dernière version'],
    ['permet de retrouver rapidement les informations', 'permettent de retrouver rapidement les informations'],
    ['est claire pour les jeunes', 'sont claires pour les jeunes'],
  ],
  broken: [
    ['est beaucoup trop lente', 'sont beaucoup trop lentes'],
    ['plante régulièrement', 'plantent régulièrement'],
    ['demande de ressaisir les mêmes informations', 'demandent de ressaisir les mêmes informations'],
    ['oblige à ouvrir plusieurs écrans', 'obligent à ouvrir plusieurs écrans'],
    ['ne correspond pas à nos pratiques', 'ne correspondent pas à nos pratiques'],
    ['est incomplète', 'sont incomplètes'],
    ['bloque quand la connexion est faible', 'bloquent quand la connexion est faible'],
    ['donne des chiffres faux', 'donnent des chiffres faux'],
  ],
  needs: [
    ['devrait être automatisée', 'devraient être automatisées'],
    ['doit être accessible depuis le téléphone', 'doivent être accessibles depuis le téléphone'],
    ['doit être simplifiée', 'doivent être simplifiées'],
    ['doit se mettre à jour toute seule', 'doivent se mettre à jour toutes seules'],
    ['devrait être partagée avec les partenaires', 'devraient être partagées avec les partenaires'],
    ['doit proposer des modèles prêts à l’emploi', 'doivent proposer des modèles prêts à l’emploi'],
  ],
};

const OPENERS: Record<Tag, string[]> = {
  working: ['', '', 'Globalement, ', 'Depuis deux ans, ', 'Pour les conseillers, '],
  broken: ['', '', 'Au quotidien, ', 'Souvent, ', 'En permanence, ', 'Chaque semaine, '],
  needs: ['', '', 'Pour nous, ', 'Demain, ', 'À terme, '],
};

const CONTEXTS = [
  '', '', '', ' pendant les entretiens', ' en fin de mois', ' quand on reçoit un jeune sans rendez-vous', ' dans les petites structures',
  ' pour les conseillers en zone rurale', ' lors des permanences', ' pour le pilotage de la structure', ' depuis la dernière mise à jour',
];

const THEME_IDS = Object.keys(SUBJECTS);

/** mulberry32: small, fast, seedable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** One templated statement and its themes. */
export function sentence(rand: () => number, tag: Tag): { text: string; themes: string[] } {
  const theme = pick(rand, THEME_IDS);
  const themes = [theme];
  let subject = pick(rand, SUBJECTS[theme] ?? []);
  if (rand() < 0.25) {
    const other = pick(rand, THEME_IDS);
    if (other !== theme) {
      themes.push(other);
      subject = `${subject} et ${pick(rand, SUBJECTS[other] ?? [])}`;
    }
  }
  const opener = pick(rand, OPENERS[tag]);
  const [singular, plural] = pick(rand, PREDICATES[tag]);
  const predicate = subject.startsWith('les ') || subject.includes(' et ') ? plural : singular;
  const body = `${subject} ${predicate}${pick(rand, CONTEXTS)}.`;
  const text = opener === '' ? body.charAt(0).toUpperCase() + body.slice(1) : `${opener}${body}`;
  return { text: text.replace(/ +/g, ' '), themes: themes.sort() };
}

/** Real answers (Grand Débat, public services), or `[]` when the shared data is absent. */
export function loadRealAnswers(file = REAL_ANSWERS): string[] {
  if (!existsSync(file)) return [];
  const parsed = Papa.parse<{ comment?: string }>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => (row.comment ?? '').replace(/\s+/g, ' ').trim()).filter((text) => text.length > 2);
}

export interface GenerateOptions {
  seed?: number;
  /** Share of survey cells taken from real answers when available (0–1). */
  realShare?: number;
  realAnswers?: readonly string[];
  /**
   * Files as they come from the field (added for `npm run bench`; off by default, so the files above
   * stay byte for byte what they were): surveys alternately in UTF-8 with a BOM and in Windows-1252
   * (`encodage: auto`, `separateur: auto`), notes with the various headings people write, a context
   * section, nested items, `#theme` tags, votes and declared ambassadors, and a few phone numbers
   * and e-mails for the anonymiser to find.
   */
  variety?: boolean;
  /**
   * At most this many items in workshop notes (default: no bound, 10 % of the items). A national
   * consultation is hundreds of workshops and up to a million survey answers, not 37,000 workshops.
   */
  maxNoteItems?: number;
  /** Rows per survey file (default 5,000). */
  rowsPerSurvey?: number;
}

const TAG_OF_COLUMN: Tag[] = ['working', 'broken', 'needs'];

/**
 * Published-like items directly (no pipeline): 10 % from workshops, 90 % from surveys, across
 * every region; themes from the template (real answers get `autres` plus a random theme).
 */
export function generateItems(count: number, options: GenerateOptions = {}): FeedbackItem[] {
  const rand = random(options.seed ?? 1);
  const real = options.realAnswers ?? [];
  const realShare = real.length > 0 ? (options.realShare ?? 0.6) : 0;
  const items: FeedbackItem[] = [];
  let session = 0;
  while (items.length < count) {
    const [region] = pick(rand, REGIONS);
    const workshop = rand() < 0.1;
    const sessionId = `${workshop ? 'atelier' : 'enquete'}-${region}-${session++}`;
    const size = workshop ? 15 + Math.floor(rand() * 26) : 200 + Math.floor(rand() * 400);
    const format: SessionFormat = workshop ? pick(rand, ['presentiel', 'presentiel', 'distanciel', 'hybride'] as const) : 'enquete';
    const sessionProfile = workshop && rand() < 0.15 ? 'jeune' : null;
    for (let n = 0; n < size && items.length < count; n++) {
      const tag = workshop ? pick(rand, TAG_OF_COLUMN) : (TAG_OF_COLUMN[n % 3] ?? 'needs');
      const useReal = !workshop && rand() < realShare;
      const made = useReal
        ? { text: real[Math.floor(rand() * real.length)] ?? '', themes: rand() < 0.5 ? ['autres'] : [pick(rand, THEME_IDS)] }
        : sentence(rand, tag);
      const line = 12 + n;
      items.push({
        id: stableId(sessionId, line, n),
        sessionId,
        text: made.text,
        declaredTag: tag,
        explicitThemes: [],
        weight: workshop && rand() < 0.2 ? 1 + Math.floor(rand() * 12) : 1,
        region,
        department: null,
        profile: sessionProfile ?? (workshop ? null : pick(rand, PROFILES)),
        format,
        question: null,
        source: { file: `${sessionId}.csv`, line, column: 1 },
        tag,
        tagSource: 'explicit',
        confidence: 1,
        themes: made.themes,
      });
    }
  }
  return items;
}

/** Writes a consultation root: notes (10 % of items, see `maxNoteItems`), surveys (the rest), themes and settings. */
export function writeConsultation(root: string, count: number, options: GenerateOptions = {}): { notes: number; surveys: number } {
  const rand = random(options.seed ?? 1);
  const real = options.realAnswers ?? [];
  const realShare = real.length > 0 ? (options.realShare ?? 0.6) : 0;
  mkdirSync(path.join(root, 'content/ateliers'), { recursive: true });
  mkdirSync(path.join(root, 'data/enquetes'), { recursive: true });
  writeFileSync(path.join(root, 'data/themes.yml'), readFileSync(path.join(REPO, 'data/themes.yml')));
  writeFileSync(
    path.join(root, 'content/consultation.yml'),
    `titre: "Consultation synthétique de ${count} éléments"\n`,
  );
  let written = 0;
  let notes = 0;
  const noteTarget = Math.min(Math.round(count * 0.1), options.maxNoteItems ?? Infinity);
  while (written < noteTarget) {
    const [code, name, places] = REGIONS[notes % REGIONS.length] ?? ['11', 'Île-de-France', ['Paris']];
    const place = pick(rand, places);
    const youth = rand() < 0.15;
    const lines = [
      '---',
      `titre: "Atelier ${name} — ${place} n° ${notes + 1}"`,
      `date: 2026-${String(9 + (notes % 3)).padStart(2, '0')}-${String(1 + (notes % 28)).padStart(2, '0')}`,
      `format: ${pick(rand, ['presentiel', 'presentiel', 'distanciel', 'hybride'])}`,
      `region: "${code}"`,
      youth ? 'profil: jeune' : 'participants:\n  total: 12\n  profils: { conseiller: 8, direction: 2, accueil: 2 }',
      ...(options.variety ? varietyFrontMatter(rand, place) : []),
      '---',
      '',
    ];
    if (options.variety) lines.push(...CONTEXT_SECTION);
    const perSection = 5 + Math.floor(rand() * 9);
    for (const [heading, tag] of [['Ce qui fonctionne', 'working'], ['Ce qui dysfonctionne', 'broken'], ['Besoins et attentes', 'needs']] as const) {
      if (written >= noteTarget) break;
      lines.push(`## ${options.variety ? pick(rand, HEADINGS[tag]) : heading}`, '');
      for (let i = 0; i < perSection && written < noteTarget; i++, written++) {
        const votes = rand() < 0.2 ? ` (${1 + Math.floor(rand() * 12)} votes)` : '';
        if (!options.variety) {
          lines.push(`- ${sentence(rand, tag).text}${votes}`);
          continue;
        }
        const made = sentence(rand, tag);
        const hashtag = rand() < 0.2 ? ` #${made.themes[0] ?? 'saisie-ergonomie'}` : '';
        lines.push(`- ${made.text}${personalData(rand)}${hashtag}${votes}`);
        // A nested item is an item of its own (a detail someone added under a post-it).
        if (rand() < 0.1 && written + 1 < noteTarget) {
          lines.push(`  - ${sentence(rand, tag).text}`);
          written++;
        }
      }
      lines.push('');
    }
    const dir = path.join(root, 'content/ateliers', slug(name));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `atelier-${String(notes + 1).padStart(5, '0')}.md`), lines.join('\n'));
    notes++;
  }
  let surveys = 0;
  const rowsPerSurvey = options.rowsPerSurvey ?? 5000;
  while (written < count) {
    const header = ['Région', 'Vous êtes', 'Ce qui fonctionne bien', 'Ce qui vous gêne', 'Vos attentes', 'Satisfaction globale (1 à 5)'];
    const rows = [header];
    for (let r = 0; r < rowsPerSurvey && written < count; r++) {
      const [, name] = pick(rand, REGIONS);
      const cells = TAG_OF_COLUMN.map((tag) => {
        if (written >= count) return '';
        written++;
        return rand() < realShare ? (real[Math.floor(rand() * real.length)] ?? '') : sentence(rand, tag).text;
      });
      rows.push([name, pick(rand, PROFILES), ...cells, String(1 + Math.floor(rand() * 5))]);
    }
    const base = `enquete-${String(surveys + 1).padStart(3, '0')}`;
    const csv = Papa.unparse(rows, { delimiter: ';', newline: '\r\n' });
    // Excel in French: UTF-8 with a BOM, or Windows-1252 (older versions), one file out of two.
    const bytes = !options.variety ? csv : surveys % 2 === 0 ? `\ufeff${csv}` : encodeWindows1252(csv);
    writeFileSync(path.join(root, 'data/enquetes', `${base}.csv`), bytes);
    writeFileSync(
      path.join(root, 'data/enquetes', `${base}.yml`),
      [
        `titre: Questionnaire synthétique ${surveys + 1}`,
        options.variety ? 'encodage: auto' : 'encodage: utf-8',
        options.variety ? 'separateur: auto' : 'separateur: ";"',
        'colonnes:',
        '  region: "Région"',
        '  profil: "Vous êtes"',
        '  textes:',
        '    - { colonne: "Ce qui fonctionne bien", tag: working }',
        '    - { colonne: "Ce qui vous gêne", tag: broken }',
        '    - { colonne: "Vos attentes", tag: needs }',
        '  echelles:',
        '    - { colonne: "Satisfaction globale (1 à 5)" }',
        '',
      ].join('\n'),
    );
    surveys++;
  }
  return { notes, surveys };
}

/** Headings as ambassadors title their sections (see the synonyms in ingest/notes/sections.ts). */
const HEADINGS: Record<Tag, string[]> = {
  working: ['Ce qui fonctionne', 'Points forts', 'Ce qui marche bien', '1. Ce qui fonctionne bien', 'Les points positifs'],
  broken: ['Ce qui dysfonctionne', 'Irritants', 'Difficultés rencontrées', '2. Ce qui ne fonctionne pas', 'Points faibles'],
  needs: ['Besoins et attentes', 'Attentes', 'Propositions', 'Pistes d’amélioration', 'Nos idées'],
};

const CONTEXT_SECTION = [
  '## Déroulé',
  '',
  'Tour de table, puis deux temps : un état des lieux du système actuel, puis les besoins et attentes.',
  'Post-its regroupés par le groupe, vote à gommettes à la fin.',
  '',
];

const AMBASSADORS = [
  'Claire Dubois', 'Mehdi Benali', 'Sophie Martin', 'Julien Morel', 'Nadia Haddad', 'Thomas Lefèvre', 'Aurélie Fontaine',
  'Karim Ouali', 'Élodie Perrin', 'Yann Le Gall', 'Fatou Diallo', 'Pierre-Antoine Roux', 'Laetitia Marchand', 'Hugo Garnier',
];

function varietyFrontMatter(rand: () => number, place: string): string[] {
  const first = pick(rand, AMBASSADORS);
  const second = pick(rand, AMBASSADORS);
  const names = first === second ? [first] : [first, second];
  return [`structures: ["Mission Locale de ${place}"]`, `ambassadeurs: [${names.map((n) => `"${n}"`).join(', ')}]`];
}

/** Now and then, what people really type into a post-it: a number or an address to call back. */
function personalData(rand: () => number): string {
  const draw = rand();
  if (draw < 0.002) return ` Rappeler au 06 ${String(10 + Math.floor(rand() * 89))} 45 78 90.`;
  if (draw < 0.003) return ' Contact : referent.si@mission-locale.fr.';
  return '';
}

/** Windows-1252 bytes of a text (characters it lacks become « ? », as Excel does). */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (CP1252_HIGH.get(code) ?? 0x3f);
  }
  return bytes;
}

/** The 0x80–0x9F range of Windows-1252 (€, ’, œ, «…»). */
const CP1252_HIGH = new Map<number, number>(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((char, i) => [char.charCodeAt(0), 0x80 + i]),
);

function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function argValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const size = Number(argValue(args, '--size') ?? '1000');
  const out = argValue(args, '--out');
  if (!out || !Number.isInteger(size) || size <= 0) {
    process.stderr.write('Utilisation : node scripts/generate-consultation.ts --size N --out DOSSIER [--seed S] [--sans-reel] [--varie]\n');
    process.exit(2);
  }
  const realAnswers = args.includes('--sans-reel') ? [] : loadRealAnswers();
  const result = writeConsultation(path.resolve(out), size, {
    seed: Number(argValue(args, '--seed') ?? '1'),
    realAnswers,
    variety: args.includes('--varie'),
  });
  process.stdout.write(
    `Consultation de ${size} éléments écrite dans ${out} : ${result.notes} notes d'atelier, ${result.surveys} enquêtes` +
      `${realAnswers.length > 0 ? ' (avec des réponses réelles du Grand Débat)' : ''}.\n`,
  );
}
