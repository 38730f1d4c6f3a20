/**
 * Names nobody declared, written as a sentence writes them: a known first name, then a capitalised
 * surname (« Remarques de Marie Curie », « j’en ai parlé avec Karim Benali »), with its particles
 * (« Jean de La Fontaine », « Marine Le Pen », « Valéry Giscard d’Estaing ») or hyphenated
 * (« Anne Dupont-Aignan »). Runs after given-names.ts, which takes the surnames in capitals.
 *
 * Kept: a person’s name that names a place or an institution, after a place word (« rue Jean
 * Jaurès », « lycée Victor Hugo », « association Jean Moulin », « centre hospitalier Édouard
 * Herriot ») or « Saint » (« Saint Jean Baptiste »); a capitalised word that is no surname
 * (« Marine Nationale », « Claire Lundi »: not-names.ts); a rank (« Jean Paul II »).
 */
import { isFirstName } from './first-names.ts';
import { ARTICLES, ROMAN_NUMERAL, maySurname } from './not-names.ts';
import { foldWord } from './fold-name.ts';
import { LOWER, UPPER } from './latin.ts';
import { AFTER_YOUNG_CAPITAL } from './young-names.ts';

// Latin classes rather than \p{L}: see latin.ts (Latin Extended added for « Michał », « Şahin »).
const U = `${UPPER}\\u0100-\\u024f`;
const L = `${LOWER}\\u0100-\\u024f`;
/** « Curie », « Dupont-Aignan », « McDonald », « O’Neill ». */
const CAP_WORD = `(?:[OD][’'])?[${U}][${L}]+(?:[${U}][${L}]+)?(?:-[${U}][${L}]+)*`;
/** Spaces inside a line: a name never runs over a line break (« avec Julie↵Présentation du projet »). */
const SPACE = String.raw`[ \t\u00a0\u202f]+`;
/** What may open a surname: « de », « de la », « van der », « d’ », or a capitalised « Le », « La », « Van ». */
const PARTICLE = `(?:(?:de|du|des|van|von|ben|bin|el|al|da|di|dos|del|della|ter|ten)${SPACE}(?:(?:der|den|la|le)${SPACE})?|d[’'])?(?:(?:Le|La|Les|Van|Von|Ben|El|Da|Di|Del|De|Du|Mac|Mc)${SPACE})?`;

/**
 * The first name (or the placeholder a declared first name left; after an elision too: « le discours
 * d’Emmanuel Macron »), the surname, and a word after it
 * (captured to be looked at: a surname after a double first name, a rank, « d’Estaing »). What
 * precedes the first name is looked at once its capital is found: a third faster than a look-behind
 * tried at every letter.
 */
const FULL_NAME = new RegExp(
  `(\\[personne\\]|[${U}](?<![${U}${L}0-9-].)(?<!(?<!(?:^|[^${U}${L}0-9])(?:[dDlLjJ]|[qQ]u))[’'].)[${L}]+(?:-[${U}][${L}]+)*)${SPACE}(${PARTICLE}${CAP_WORD})(?![${U}${L}0-9’'-])(?:${SPACE}(d[’']${CAP_WORD}|${CAP_WORD}|[IVX]+\\b))?`,
  'g',
);

/**
 * Every text the detector changes holds a capitalised word, spaces, maybe lower-case particles, then
 * a capital; or the placeholder. Ranges rather than Unicode properties, and on the capital first
 * (see given-names.ts); the placeholder looked for apart, as a string: in the expression, its
 * bracket made the test a third slower. 8,766 of the 143,719 real answers pass, in ~40 ms for all
 * (8,353 in ~27 ms before young-names.ts looked for relatives, professionals, staff and labels: the
 * lookbehind for the cue words costs most of the difference).
 * Looser than given-names.ts’s test, never stricter: that one is tried only on the texts passing this.
 * So is young-names.ts’s, whose shape after the capital is tried in the same scan.
 */
const CAPITALISED_PAIR = new RegExp(
  `[${U}](?:[${L}]+\\s+(?:(?:de|du|des|van|von|ben|bin|el|al|da|di|dos|del|della|ter|ten)\\s+(?:(?:der|den|la|le)\\s+)?|d[’'])?[${U}]|${AFTER_YOUNG_CAPITAL})`,
);
export const FULL_NAME_NEEDS = { test: (text: string): boolean => CAPITALISED_PAIR.test(text) || text.includes('[personne]') };

export function maskFullNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): { text: string; matches: string[] } {
  const matches: string[] = [];
  let result = '';
  let copied = 0;
  FULL_NAME.lastIndex = 0;
  for (let match = FULL_NAME.exec(text); match !== null; match = FULL_NAME.exec(text)) {
    const [whole, first, surname, next] = match as unknown as [string, string, string, string | undefined];
    const start = match.index;
    // Without the word after: the loop looks at it again (« Marie Curie Pierre Dupont »).
    let end = start + (next === undefined ? whole : whole.slice(0, whole.length - next.length).trimEnd()).length;
    if (first !== placeholder && !isFirstName(first)) {
      // « Merci Marie Curie »: the surname may be the first name of the next match.
      FULL_NAME.lastIndex = start + first.length;
      continue;
    }
    FULL_NAME.lastIndex = end;
    if (!surnameWord(surname)) {
      FULL_NAME.lastIndex = start + first.length; // « Claire Marie Curie »
      continue;
    }
    if (next !== undefined && ROMAN_NUMERAL.test(next)) {
      FULL_NAME.lastIndex = start + whole.length; // « Jean Paul II »
      continue;
    }
    if (first !== placeholder && placeBefore(text, start)) continue;
    if (next !== undefined) {
      const elided = /^d[’']/.test(next);
      // « Valéry Giscard d’Estaing »: the particle’s word is part of the surname; « Marie Claire
      // Dupont »: a double first name without its hyphen, then the surname.
      if (elided ? surnameWord(next.slice(2)) : isFirstName(surname) && surnameWord(next)) end = start + whole.length;
    }
    FULL_NAME.lastIndex = end;
    const name = text.slice(start, end);
    if (first !== placeholder && isPublic(name)) continue;
    matches.push(name);
    result += text.slice(copied, start) + placeholder;
    copied = end;
  }
  return copied === 0 ? { text, matches } : { text: result + text.slice(copied), matches };
}

/** The surname’s last word (« Fontaine » of « de La Fontaine ») can be a surname. */
function surnameWord(surname: string): boolean {
  const words = surname.split(/\s+/);
  const last = (words[words.length - 1] as string).replace(/^[OD][’']/, '');
  // « Marie La »: an article alone is no surname.
  if (words.length === 1 && ARTICLES.has(foldWord(last))) return false;
  return last.split('-').every((part) => maySurname(part));
}

/**
 * Words that name a place or an institution, which often carry a person’s name (« rue Jean
 * Jaurès », « collège Jean Moulin »): a name right after one (or after its qualifiers: « lycée
 * professionnel », « centre hospitalier », « école de musique ») is kept; not after a Mission Locale
 * (NEVER_EPONYMS).
 */
const PLACE_WORDS = new Set(
  `rue avenue av bd boulevard place pl quai allee impasse chemin cours square route rte voie sentier passage rond-point
  carrefour esplanade parvis promenade faubourg lotissement hameau quartier cite residence zone zac zi
  pont port gare station metro tram tramway arret aeroport aerogare terminal porte tunnel canal
  parc jardin stade gymnase piscine salle espace complexe halle marche
  lycee college ecole groupe universite univ fac faculte iut institut campus creche academie conservatoire
  centre hopital clinique chu chr chru ch ehpad maison foyer mediatheque bibliotheque musee theatre cinema auditorium
  mission association asso fondation federation club amicale caserne base prison
  eglise cathedrale basilique chapelle mosquee synagogue temple abbaye chateau palais hotel tour fort
  prix loi lois plan rapport reforme promotion bateau navire porte-avions paquebot`
    .split(/\s+/)
    .filter(Boolean),
);

/** What may stand between a place word and the name (« lycée professionnel », « école de musique »). */
const QUALIFIERS = new Set(
  `de du des d la le l scolaire locale local professionnel professionnelle general generale technique technologique
  agricole polyvalent polyvalente elementaire maternelle primaire public publique prive privee municipal municipale
  social sociale culturel culturelle socioculturel socioculturelle socio-culturel socio-culturelle hospitalier
  hospitaliere universitaire regional regionale departemental departementale intercommunal intercommunale communal
  communale sportif sportive omnisports nautique aquatique medical medicale medico-social medico-sociale
  penitentiaire grand grande petit petite nouveau nouvelle vieux vieille ancien ancienne international internationale
  national nationale europeen europeenne francais francaise metropolitain metropolitaine territorial territoriale
  musique sante jeunes jeunesse travailleurs quartier sport sports arts lettres metiers`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Institutions named after their territory, never after a person (« Mission Locale de Lyon »,
 * « Maison France Services de Vitré »), folded, last word first: a name after one, its qualifiers or
 * its place (« Mission Locale Karim Benali », « Mission Locale Sud Essonne Karim Benali ») is
 * someone’s, the adviser met there, even though « mission » and « maison » are place words.
 */
const NEVER_EPONYMS = new Map([
  ['locale', 'mission'],
  ['local', 'mission'],
  ['services', 'france'],
]);

const SAINTS = new Set(['saint', 'sainte', 'st', 'ste', 'st.', 'ste.']);

/**
 * French puts no article before a person’s name: after one, the name is a thing’s (« au Jean
 * Moulin », « la Marine de Rennes », « un Francis Lefebvre à jour »: a school, the navy, a book).
 */
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'du', 'des', 'au', 'aux']);

/**
 * True when the words before `index` name a place or a thing: a place word and its qualifiers,
 * « Saint », an article.
 */
function placeBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const words = before.split(/\s+/);
  words.pop(); // what follows the last space: nothing, or a mark glued to the name (« (Karim »)
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const raw = words[i] as string;
    // A punctuation mark ends the phrase (« au lycée, Karim Benali »), an elision is read through (« l’hôpital »).
    if (/[,;:!?()«»"]$/.test(raw) || (/\.$/.test(raw) && !SAINTS.has(foldWord(raw)))) return false;
    // « (École Pierre Lemaître », « “lycée »: what opens a phrase is read through.
    const folded = foldWord(raw).replace(/^[(«"“[]+/, '');
    if (seen === 0 && DETERMINERS.has(folded)) return true;
    const word = folded.replace(/^(?:l|d|qu)'/, '');
    if (seen === 0 && SAINTS.has(word)) return true;
    const institution = NEVER_EPONYMS.get(word);
    if (institution !== undefined && i > 0 && foldWord(words[i - 1] as string).replace(/^(?:l|d|qu)'/, '') === institution) return false;
    if (PLACE_WORDS.has(word)) return true;
    if (!QUALIFIERS.has(word) && !/^\p{Lu}/u.test(raw)) return false;
  }
  return false;
}
