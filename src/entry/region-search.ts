/**
 * The region question of `new`, as a search: an ambassador types what they call their region
 * (« PACA », « IDF », « Réunion », « Bretagen », a département « Finistère » or « 29 ») and the list
 * narrows to it. A plain list jumped to the first name starting with the letters typed: « PACA »
 * chose Pays de la Loire, and « IDF » left Auvergne-Rhône-Alpes selected.
 */
import { REGION_ALIASES } from '../pipeline/referentiels/regions.ts';
import { placeKey, regionByCode, resolveDepartment, resolveRegion, suggestRegion } from '../pipeline/referentiels/places.ts';
import { REGION_CHOICES, type Choice } from './choices.ts';

/** What the list shows for a term: the regions, best first, and a line said above them when the term matched none. */
export interface RegionMatches {
  note: string | null;
  choices: Choice<string>[];
}

/** Every name a region answers to, folded as places are (no case, accents, spaces or hyphens). */
const KEYS = new Map(REGION_CHOICES.map((choice) => [choice.value, [choice.name, ...(REGION_ALIASES[choice.value] ?? [])].map((name) => placeKey(name))]));

export function regionMatches(term: string): RegionMatches {
  const typed = term.trim();
  if (!typed) return { note: null, choices: [...REGION_CHOICES] };
  const choices: Choice<string>[] = [];
  const add = (code: string | undefined, description?: string) => {
    if (code && !choices.some((choice) => choice.value === code)) choices.push(description ? { ...choiceOf(code), description } : choiceOf(code));
  };
  // A whole name, alias or region code first, then every region one of whose names holds the letters
  // typed (« loire », « cote »), then the region of a département typed by name or number (« Loire »
  // is also a département, of Auvergne-Rhône-Alpes: said beside it).
  add(resolveRegion(typed)?.code);
  const key = placeKey(typed);
  if (key) for (const [code, keys] of KEYS) if (keys.some((k) => k.includes(key))) add(code);
  const department = resolveDepartment(typed);
  if (department) add(department.region, `région du département ${department.name} (${department.code})`);
  if (choices.length > 0) return { note: null, choices };
  const guess = suggestRegion(typed);
  if (guess) return { note: `Aucune région ne s’appelle « ${typed} » : vouliez-vous dire ${guess.name} ?`, choices: [choiceOf(guess.code)] };
  // Never an empty list: the prompt would say so in English, and the ambassador would be stuck.
  return { note: `Aucune région ne correspond à « ${typed} » ; toutes les régions :`, choices: [...REGION_CHOICES] };
}

function choiceOf(code: string): Choice<string> {
  return REGION_CHOICES.find((choice) => choice.value === code) ?? { name: regionByCode(code)?.name ?? code, value: code };
}
