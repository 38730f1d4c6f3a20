/**
 * The 18 INSEE regions (13 metropolitan, 5 overseas) with their official codes and names
 * (Code officiel géographique), plus the variants people actually type.
 */
import type { Region } from '../model.ts';

/** Sorted by INSEE code. */
export const REGIONS: readonly Region[] = [
  { code: '01', name: 'Guadeloupe' },
  { code: '02', name: 'Martinique' },
  { code: '03', name: 'Guyane' },
  { code: '04', name: 'La Réunion' },
  { code: '06', name: 'Mayotte' },
  { code: '11', name: 'Île-de-France' },
  { code: '24', name: 'Centre-Val de Loire' },
  { code: '27', name: 'Bourgogne-Franche-Comté' },
  { code: '28', name: 'Normandie' },
  { code: '32', name: 'Hauts-de-France' },
  { code: '44', name: 'Grand Est' },
  { code: '52', name: 'Pays de la Loire' },
  { code: '53', name: 'Bretagne' },
  { code: '75', name: 'Nouvelle-Aquitaine' },
  { code: '76', name: 'Occitanie' },
  { code: '84', name: 'Auvergne-Rhône-Alpes' },
  { code: '93', name: "Provence-Alpes-Côte d'Azur" },
  { code: '94', name: 'Corse' },
];

/**
 * Other names of a region: usual abbreviations, ISO 3166-2 codes, the 2015 regions merged in 2016
 * (still typed in surveys), and the short forms of the overseas names.
 */
export const REGION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '01': ['FR-GP', 'FR-971'],
  '02': ['FR-MQ', 'FR-972'],
  '03': ['Guyane française', 'FR-GF', 'FR-973'],
  '04': ['Réunion', 'Île de la Réunion', 'FR-RE', 'FR-974'],
  '06': ['FR-YT', 'FR-976'],
  '11': ['IDF', 'Paris Île-de-France', 'Région parisienne', 'FR-IDF'],
  '24': ['Centre', 'CVL', 'Centre Val-de-Loire', 'FR-CVL'],
  '27': ['BFC', 'Bourgogne', 'Franche-Comté', 'FR-BFC'],
  '28': ['Basse-Normandie', 'Haute-Normandie', 'FR-NOR'],
  '32': ['HDF', 'Nord-Pas-de-Calais', 'Picardie', 'Nord-Pas-de-Calais-Picardie', 'FR-HDF'],
  '44': ['Grand-Est', 'Alsace', 'Lorraine', 'Champagne-Ardenne', 'ACAL', 'FR-GES'],
  '52': ['PDL', 'Pays-de-la-Loire', 'FR-PDL'],
  '53': ['FR-BRE'],
  '75': ['NAQ', 'Aquitaine', 'Limousin', 'Poitou-Charentes', 'FR-NAQ'],
  '76': ['Languedoc-Roussillon', 'Midi-Pyrénées', 'LRMP', 'FR-OCC'],
  '84': ['AURA', 'ARA', 'Auvergne', 'Rhône-Alpes', 'FR-ARA'],
  '93': ['PACA', 'Sud', 'Région Sud', 'Provence', 'Provence-Alpes-Côte-d’Azur', 'FR-PAC'],
  '94': ['Collectivité de Corse', 'FR-COR', 'FR-20R'],
};
