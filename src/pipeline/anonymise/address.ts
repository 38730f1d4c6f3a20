/**
 * A street address: a number (optionally bis, ter…), a street type (rue, avenue, bd…) and the street's
 * name, optionally followed by a postal code and a town: « 12 rue de la Paix 75002 Paris ».
 *
 * The name must start with a capital (« rue de la Paix », « place du 8 Mai 1945 ») or, typed all in lower
 * case, be followed by a postal code (« 12 rue des lilas 75011 paris »): « 1 place en crèche »,
 * « 2 cours de formation », « 3 rues plus loin » and « la rue principale » stay. A postal code alone
 * names a commune, not a person: it stays too.
 */
import { LETTER, LOWER, UPPER, WORD } from './latin.ts';

/** « rue », « Rue », « RUE »: a street type as typed at a sentence's start, in a form or in capitals. */
function caseVariants(word: string): string {
  const escaped = (text: string) => text.replace(/\./g, '\\.');
  const first = word[0] as string;
  const upper = word.toLocaleUpperCase('fr-FR');
  return `[${first}${first.toLocaleUpperCase('fr-FR')}]${escaped(word.slice(1))}|${escaped(upper)}`;
}

const STREET_TYPES = [
  'rue', 'ruelle', 'avenue', 'av.', 'av', 'boulevard', 'bd', 'bld', 'bvd', 'place', 'pl.', 'chemin', 'allée', 'allee',
  'impasse', 'imp.', 'route', 'rte', 'quai', 'cours', 'square', 'résidence', 'residence', 'lieu-dit', 'lieudit',
  'lotissement', 'hameau', 'cité', 'passage', 'sentier', 'faubourg', 'fbg', 'esplanade', 'promenade', 'rond-point',
  'parvis', 'chaussée', 'montée', 'venelle', 'voie', 'villa', 'clos',
];

/** The initials of the street types first: one quick test before the long list of alternatives. */
const INITIALS = [...new Set(STREET_TYPES.map((t) => t[0] as string))].join('');
const STREET_TYPES_ALTERNATIVES = String.raw`(?=[${INITIALS}${INITIALS.toUpperCase()}])(?:${STREET_TYPES.map(caseVariants).join('|')})`;
const STREET_TYPE = `${STREET_TYPES_ALTERNATIVES}(?![${WORD}])`;
/** Small words inside a street's or a town's name. */
const LINK = String.raw`(?:de|du|des|la|le|les|aux|au|et|sur|sous|en|à|lès|lez)`;
/** A capitalised word, possibly elided (« l’Église ») or hyphenated (« Jean-Jaurès »). */
const CAPITALISED = String.raw`(?:[lLdD]['’])?[${UPPER}][${LETTER}'’]*(?:-[${LETTER}'’]+)*`;
const LOWER_WORD = String.raw`[${LETTER}'’\-]+`;
// Not a year (« en 2019 Place Publique… »); not inside another number (« 1,5 », « 3/4 »).
const NUMBER = String.raw`(?<![${WORD},.\/\-])(?!(?:19|20)\d\d(?!\d))\d{1,4}(?:\s?(?:bis|ter|quater|[abt])(?![${WORD}]))?,?\s+`;
const CAPITALISED_NAME = String.raw`(?:${LINK}\s+){0,3}(?:\d{1,2}(?:er)?\s+)?${CAPITALISED}(?:[\s\-]+(?:${LINK}\s+){0,3}(?:${CAPITALISED}|\d{1,4}(?:er)?(?!\d))){0,5}`;
const LOWER_NAME = String.raw`${LOWER_WORD}(?:\s+${LOWER_WORD}){0,5}(?=\s*,?\s*\d{5}(?!\d))`;
const POSTAL_CODE = String.raw`\s*,?\s*\d{5}(?!\d)`;
const TOWN = String.raw`\s+${CAPITALISED}(?:[\s\-]+(?:${LINK}[\s\-]+){0,2}${CAPITALISED}){0,3}(?:\s+(?:[cC]edex|CEDEX)(?:\s+\d{1,2})?)?`;
const LOWER_TOWN = String.raw`\s+[${LOWER}][${LETTER}'’\-]*`;

export const ADDRESS_PATTERN = new RegExp(
  String.raw`(?=\d)${NUMBER}${STREET_TYPE}\s+(?:${CAPITALISED_NAME}(?:${POSTAL_CODE}(?:${TOWN})?)?|${LOWER_NAME}${POSTAL_CODE}(?:${TOWN}|${LOWER_TOWN})?)`,
  'g',
);
