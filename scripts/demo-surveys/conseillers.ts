/**
 * The demo counsellors' survey: one row per respondent, as an online form exports it and French
 * Excel saves it (`;`, Windows-1252, CRLF, LF inside multi-line cells).
 */
import { Random, csvDocument, frenchTimestamp, officeTimestamps } from './toolkit.ts';
import {
  BROKEN,
  BY_PROFILE,
  COMMENTS,
  COMMENTS_WITH_CONTACT,
  CROSS_BORDER,
  METROPOLITAN,
  NEEDS,
  NON_ANSWERS,
  OVERSEAS,
  RURAL,
  WORKING,
  type RegionExtras,
} from './conseillers-banks.ts';
import { composeUnique, maybeTypographic } from './compose.ts';

export const COUNSELLORS_HEADER = [
  'Horodateur',
  'Région',
  'Structure',
  'Vous êtes',
  'Ancienneté dans le réseau',
  'Ce qui fonctionne bien',
  'Ce qui vous gêne au quotidien',
  'Vos attentes pour le futur SI',
  'Commentaire libre',
  'Satisfaction globale (1 à 5)',
  'Recommanderiez-vous i-milo à un collègue ? (oui/non)',
] as const;

interface RegionEntry {
  /** The ways respondents typed the region (name, lower case, abbreviation, INSEE code). */
  spellings: readonly string[];
  structures: readonly string[];
  weight: number;
  extras: readonly RegionExtras[];
}

const REGIONS: readonly RegionEntry[] = [
  { spellings: ['Île-de-France', 'Île-de-France', 'ile de france', 'IDF', '11', 'Ile-de-France'], structures: ['Mission Locale de Paris', 'Mission Locale de Saint-Denis', 'Mission Locale des Bords de Marne', 'Mission Locale de Nanterre', "Mission Locale Val d'Oise Est", 'Mission Locale Sud Essonne', 'Mission Locale de Versailles'], weight: 18, extras: [METROPOLITAN] },
  { spellings: ['Auvergne-Rhône-Alpes', 'Auvergne-Rhône-Alpes', 'auvergne rhone alpes', '84'], structures: ['Mission Locale de Lyon', 'Mission Locale de Villeurbanne', 'Mission Locale Clermont Métropole et Volcans', 'Mission Locale du Cantal', 'Mission Locale de Grenoble', 'Mission Locale de Savoie'], weight: 12, extras: [METROPOLITAN, RURAL] },
  { spellings: ['Hauts-de-France', 'Hauts-de-France', 'hauts de france', '32'], structures: ['Mission Locale de Lille', 'Mission Locale de Roubaix', 'Mission Locale du Grand Amiénois', 'Mission Locale du Calaisis', 'Mission Locale du Beauvaisis'], weight: 10, extras: [METROPOLITAN] },
  { spellings: ['Nouvelle-Aquitaine', 'Nouvelle-Aquitaine', 'nouvelle aquitaine', '75'], structures: ['Mission Locale Technowest', 'Mission Locale de la Saintonge', 'Mission Locale de la Corrèze', 'Mission Locale du Pays Basque', 'Mission Locale de la Creuse', 'Mission Locale de la Vienne'], weight: 9, extras: [RURAL] },
  { spellings: ['Occitanie', 'Occitanie', 'occitanie', '76'], structures: ['Mission Locale Haute-Garonne', 'Mission Locale de Toulouse', 'Mission Locale Montpellier Méditerranée Métropole', 'Mission Locale de Lozère', 'Mission Locale du Gers'], weight: 9, extras: [RURAL] },
  { spellings: ['Grand Est', 'Grand Est', 'grand est', 'Grand-Est', '44'], structures: ["Mission Locale pour l'emploi de Strasbourg", 'Mission Locale Mulhouse', 'Mission Locale du Grand Nancy', 'Mission Locale de Reims', 'Mission Locale du Nord Mosellan'], weight: 8, extras: [CROSS_BORDER, RURAL] },
  { spellings: ["Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", 'PACA', '93'], structures: ['Mission Locale de Marseille', "Mission Locale du Pays d'Aix", 'Mission Locale Toulon Provence Méditerranée', "Mission Locale Nice Côte d'Azur", 'Mission Locale des Alpes du Sud'], weight: 7, extras: [METROPOLITAN] },
  { spellings: ['Pays de la Loire', 'Pays de la Loire', 'pays de la loire', '52'], structures: ['Mission Locale Nantes Métropole', 'Mission Locale Angers Loire', "Mission Locale de l'Agglomération Mancelle", 'Mission Locale du Pays Yonnais'], weight: 6, extras: [] },
  { spellings: ['Bretagne', 'Bretagne', 'bretagne', '53'], structures: ["Mission Locale du Bassin d'emploi de Rennes", 'Mission Locale du Pays de Cornouaille', 'Mission Locale du Pays de Brest', 'Mission Locale de Saint-Brieuc'], weight: 5, extras: [RURAL] },
  { spellings: ['Normandie', 'Normandie', 'NORMANDIE', '28'], structures: ['Mission Locale de Caen', "Mission Locale de l'Agglomération Rouennaise", 'Mission Locale du Havre', 'Mission Locale du Cotentin'], weight: 5, extras: [RURAL] },
  { spellings: ['Bourgogne-Franche-Comté', 'Bourgogne-Franche-Comté', 'bourgogne franche comte', '27'], structures: ['Mission Locale de Dijon', 'Mission Locale du Grand Besançon', "Mission Locale de l'Auxerrois", 'Mission Locale du Nord Franche-Comté'], weight: 4, extras: [RURAL] },
  { spellings: ['Centre-Val de Loire', 'Centre-Val de Loire', 'centre val de loire', '24'], structures: ["Mission Locale de l'Orléanais", 'Mission Locale de Touraine', 'Mission Locale du Berry', 'Mission Locale de Chartres'], weight: 4, extras: [RURAL] },
  { spellings: ['Corse', 'Corse', '94'], structures: ["Mission Locale d'Ajaccio", 'Mission Locale de Haute-Corse'], weight: 1, extras: [RURAL] },
  { spellings: ['La Réunion', 'La Réunion', 'Réunion', 'la reunion', '04'], structures: ['Mission Locale Sud', 'Mission Locale Est', 'Mission Locale Nord', 'Mission Locale Ouest'], weight: 2, extras: [OVERSEAS] },
  { spellings: ['Guadeloupe', 'Guadeloupe', '01'], structures: ['Mission Locale de Guadeloupe'], weight: 1, extras: [OVERSEAS] },
  { spellings: ['Martinique', 'Martinique', '02'], structures: ['Mission Locale de Martinique'], weight: 0.7, extras: [OVERSEAS] },
  { spellings: ['Guyane', 'Guyane', '03'], structures: ['Mission Locale de Guyane'], weight: 0.5, extras: [OVERSEAS] },
  { spellings: ['Mayotte', 'Mayotte', '06'], structures: ['Mission Locale de Mayotte'], weight: 0.4, extras: [OVERSEAS] },
];

/** Answer labels of « Vous êtes », with the profile they stand for. */
const PROFILES = [
  ['Conseiller(ère)', 'conseiller', 66],
  ["Chargé(e) d'accueil", 'accueil', 13],
  ['Direction', 'direction', 12],
  ['Partenaire', 'partenaire', 9],
] as const;

/** Partners answer for their own organisation. */
const PARTNERS = ['France Travail', 'Cap emploi', 'CIO', 'Conseil départemental', 'École de la 2e chance', 'PLIE', 'Conseil régional'] as const;

const SENIORITY = [
  ["Moins d'un an", 15],
  ['1 à 5 ans', 38],
  ['Plus de 5 ans', 47],
] as const;

const SATISFACTION = [
  ['1', 10],
  ['2', 27],
  ['3', 36],
  ['4', 22],
  ['5', 5],
] as const;

export function counsellorsCsv(rows: number, seed: number): string {
  const random = new Random(seed);
  const stamps = officeTimestamps(random, rows, '2026-09-07', '2026-11-27');
  const used = new Set<string>();
  const body = stamps.map((stamp) => counsellorRow(random, used, stamp));
  // A few comments leave a phone number or an e-mail address, as respondents do: anonymisation must catch them.
  const commentColumn = COUNSELLORS_HEADER.indexOf('Commentaire libre');
  COMMENTS_WITH_CONTACT.forEach((contact, index) => {
    const row = body[Math.floor(((index + 1) * body.length) / (COMMENTS_WITH_CONTACT.length + 1))];
    if (row) row[commentColumn] = contact;
  });
  return csvDocument(COUNSELLORS_HEADER, body);
}

function counsellorRow(random: Random, used: Set<string>, stamp: Date): string[] {
  const region = random.weighted(REGIONS.map((entry) => [entry, entry.weight] as const));
  const [profileLabel, profile] = random.weighted(PROFILES.map(([label, key, weight]) => [[label, key] as const, weight] as const));
  const extras: RegionExtras[] = [...region.extras];
  if (profile !== 'conseiller') extras.push(BY_PROFILE[profile]);
  const typographic = random.chance(0.3);

  const working = random.chance(0.06) ? '' : composeUnique(random, used, WORKING, []);
  const broken = random.chance(0.04) ? '' : composeUnique(random, used, BROKEN, extras.map((e) => e.broken));
  const needs = random.chance(0.05) ? '' : composeUnique(random, used, NEEDS, extras.map((e) => e.needs));
  const satisfaction = random.chance(0.02) ? '' : random.weighted(SATISFACTION);

  return [
    frenchTimestamp(stamp),
    random.pick(region.spellings),
    random.chance(0.05) ? '' : profile === 'partenaire' ? random.pick(PARTNERS) : structureLabel(random, random.pick(region.structures)),
    profileLabel,
    random.weighted(SENIORITY),
    maybeTypographic(working, typographic),
    maybeTypographic(broken, typographic),
    maybeTypographic(needs, typographic),
    maybeTypographic(comment(random, used), typographic),
    satisfaction,
    recommendation(random, satisfaction),
  ];
}

/** Some respondents shorten « Mission Locale » to « ML ». */
function structureLabel(random: Random, name: string): string {
  return random.chance(0.1) ? name.replace(/^Mission Locale (de la |de l'|du |des |de |d')?/, 'ML ') : name;
}

function comment(random: Random, used: Set<string>): string {
  const roll = random.next();
  if (roll < 0.3) return '';
  if (roll < 0.42) return random.pick(NON_ANSWERS);
  return composeUnique(random, used, COMMENTS, [], 0.15);
}

function recommendation(random: Random, satisfaction: string): string {
  if (random.chance(0.03)) return '';
  const score = Number(satisfaction || '3');
  const yes = score >= 4 ? 0.85 : score === 3 ? 0.5 : 0.15;
  return random.chance(yes) ? 'Oui' : 'Non';
}
