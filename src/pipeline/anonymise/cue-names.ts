/**
 * A capitalised word right after a word for a young person or an adviser is a first name, listed or
 * not: « le jeune Kevin », « la jeune Maëlys a trouvé », « un jeune, Brandon, m’a dit », « ce jeune
 * Timéo », « les jeunes Timéo et Lyam », « ma conseillère Maëlys ». The first name (and a surname
 * after it: « le jeune Timéo Dupont ») becomes « [personne] », the cue stays.
 *
 * Kept: what French capitalises after these words and is nobody (« le jeune Français », « jeunes
 * Pousses », « la jeune Mission Locale », « ma conseillère Pôle Emploi », « mon conseiller Cap
 * emploi », « jeunes NEET », « jeunes CEJ »): acronyms and words in capitals never match; words of
 * not-names.ts and unlisted-names.ts, communes, regions and departments, nationalities and the
 * words below are no first names. A sentence that starts after « jeune » without a mark (« avec le
 * conseiller  Pas de retour », as forms are typed) is read through a double space or a line break
 * only for a first name of the list. After a plural (« les jeunes Roms »), a word ending in -s or -x
 * missing from the list is taken for a plural noun: « les jeunes Ilyes » leaks when « Ilyes » is not
 * in first-names.ts.
 */
import { isFirstName } from './first-names.ts';
import { firstNameKind } from './first-name-kind.ts';
import { foldWord } from './fold-name.ts';
import { CAPITALISED_WORD, UPPER, WORD } from './latin.ts';
import { ACRONYMS, maySurname } from './not-names.ts';
import { mayBeUnlistedName } from './unlisted-names.ts';

const DETERMINER = String.raw`[Ll]es?|[Ll]a|[Uu]ne?|[Dd]es|[Cc]es?|[Cc]ett?e|[Mm]on|[Mm]a|[Mm]es|[Tt]on|[Tt]a|[Tt]es|[Ss]on|[Ss]a|[Ss]es|[Nn]otre|[Nn]os|[Vv]otre|[Vv]os|[Ll]eurs?|[Dd]eux|[Tt]rois|[Pp]lusieurs|[Qq]uelques|[Cc]haque`;

/** Words for a young person (« jeune », « jeunes gens », « jeune fille ») and for an adviser. */
const YOUTH = String.raw`jeunes?(?:\s+(?:hommes?|filles?|femmes?|gar[çc]ons?|gens|adultes?))?`;
const ADVISER = String.raw`conseill(?:er|[èe]re)s?|r[ée]f[ée]rente?s?`;

/** The cue (maybe after a determiner, « autre »), what separates it from the name, the name. */
const AFTER_CUE = new RegExp(
  String.raw`(?<![${WORD}’'-])(?:(?:${DETERMINER})\s+(?:autres?\s+)?)?(${YOUTH}|${ADVISER})(\s*,?\s+)(${CAPITALISED_WORD})(?![${WORD}’'-])`,
  'g',
);

/** The words before the name `AFTER_YOUNG_CAPITAL` (young-names.ts) looks behind a capital for. */
export const CUE_BEFORE_CAPITAL = String.raw`jeunes?|hommes?|filles?|femmes?|gar[çc]ons?|gens|adultes?|conseill(?:er|[èe]re)s?|r[ée]f[ée]rente?s?`;

/** After the name of a plural cue: another one (« les jeunes Timéo, Lyam et Sohan »). */
const NEXT_NAME = new RegExp(String.raw`(\s*,\s*|\s+et\s+)(${CAPITALISED_WORD})(?![${WORD}’'-])`, 'y');

/** After the name: a surname, capitalised or in capitals (« le jeune Timéo Dupont », « Timéo DUPONT »). */
const SURNAME = new RegExp(String.raw`[ \u00a0]+(${CAPITALISED_WORD}|[${UPPER}]{2,}(?:-[${UPPER}]{2,})*)(?![${WORD}’'-])`, 'y');

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Folded words written capitalised after these cues that are no first name: things « jeunes »
 * (« Jeunes Pousses », « Jeune Chambre économique »), people as a group, nationalities and peoples
 * not caught by their ending, the adviser's employer, words that start a sentence.
 */
const NOT_AFTER_CUE = words(`
  pousse pousses chambre garde public publics talent talents adulte adultes femme femmes homme hommes filles garcons gens
  pro pros neet neets startup start-up permis afrique amerique asie orient
  turc turque turcs turques grec grecque grecs kurde kurdes rom roms arabe arabes noir noire noirs noires beur beurs
  black blacks gitan gitans tzigane tziganes basque basques corse corses belge belges suisse suisses russe russes serbe
  slave kanak kanaks tamoul peul peuls afghan afghans espagnol espagnols allemand allemands flamand normand normands
  breton bretons bretonne bretonnes gascon kosovar bulgare
  garantie apec afpa epide cap emploi insertion orientation agence antenne parcours handicap ressources erasmus
  snu ase pjj gj pacea pec mna lgbt lgbtq dys
  pas rien faut peut est sont ont etait certains certaines quelques plusieurs autre autres sinon bref comment pourquoi
  combien lors suite grace faute etc cependant neanmoins toutefois donc voila
`);

/** Endings of nationalities and of people from a place (« Français », « Marocain », « Chinois », « Lyonnais »). */
const PEOPLE_ENDING = /(?:ais|aise|aises|ain|ains|aine|aines|ois|oise|oises|iens|iennes|éens|éennes|ols)$/;

/** Endings of nouns of an act or a field, rare in first names (« conseiller Parrainage »). */
const NOUN_ENDING = /(?:age|ages)$/;

/**
 * The shape of an infinitive (« Prévoir », « Mettre », « Garantir »), which opens many lines of a
 * list: without a determiner before the cue (« le jeune Walter »), no first name.
 */
const INFINITIVE = /(?:er|oir|dre|tre|ire|(?:fin|chois|ag|reuss|fourn|invest|offr|ouvr|ven|ten|obten|maint|sais|defin|reflech|accueill|recueill|sort|part|serv|garant|etabl|enrich|elarg|approfond|bat|un|reun|rempl)ir)$/;

/** A plural cue: the name may be a plural noun, and other names may follow it. */
const PLURAL = /s$/;

export interface CueNameMatches {
  text: string;
  matches: string[];
  labels: string[];
  excerpts: string[];
}

/** « la jeune Maëlys » → « la jeune [personne] »; `isPublic`: names of public figures kept as written. */
export function maskCueNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): CueNameMatches {
  const found: CueNameMatches = { text, matches: [], labels: [], excerpts: [] };
  let result = '';
  let copied = 0;
  AFTER_CUE.lastIndex = 0;
  for (let match = AFTER_CUE.exec(text); match !== null; match = AFTER_CUE.exec(text)) {
    const [whole, cue, between, name] = match as unknown as [string, string, string, string];
    const plural = PLURAL.test(cue);
    // A double space or a line break without a comma: maybe another sentence, typed without its period.
    const loose = !between.includes(',') && /\n|\s{2}/.test(between);
    // « par conseiller Prévoir une formation »: a list's next line, typed on the same one.
    const bare = whole.startsWith(cue);
    if (!isName(name, plural, loose || (bare && INFINITIVE.test(foldWord(name)))) || isPublic(name)) continue;
    const start = match.index + whole.length - name.length;
    const spans: Array<readonly [number, number]> = [[start, start + name.length + surnameAt(text, start + name.length)]];
    // « les jeunes Timéo, Lyam et Sohan »: each name masked apart, the words between them kept.
    for (let at = (spans[0] as readonly [number, number])[1]; plural; ) {
      NEXT_NAME.lastIndex = at;
      const next = NEXT_NAME.exec(text);
      const other = next?.[2];
      if (other === undefined || !isName(other, plural, false) || isPublic(other)) break;
      const otherStart = NEXT_NAME.lastIndex - other.length;
      at = NEXT_NAME.lastIndex + surnameAt(text, NEXT_NAME.lastIndex);
      spans.push([otherStart, at]);
    }
    for (const [from, to] of spans) {
      result += text.slice(copied, from) + placeholder;
      found.matches.push(text.slice(from, to));
      copied = to;
    }
    AFTER_CUE.lastIndex = copied;
    const adviser = /^(?:conseill|r[ée]f)/.test(cue);
    found.labels.push(adviser ? 'prénom d’un conseiller ou d’un référent' : 'prénom d’un jeune ou d’un proche');
    found.excerpts.push(whole.slice(0, whole.length - name.length) + placeholder);
  }
  if (copied > 0) found.text = result + text.slice(copied);
  return found;
}

/**
 * A first name of the list, or a word missing from it that nothing says is no first name; `doubtful`:
 * only one of the list (after a double space, an infinitive after a cue without its determiner).
 */
function isName(word: string, plural: boolean, doubtful: boolean): boolean {
  const kind = firstNameKind(word, true);
  if (kind === 'listed') return true;
  if (kind === 'no' || doubtful) return false;
  const folded = foldWord(word);
  if (ACRONYMS.has(folded) || NOT_AFTER_CUE.has(folded)) return false;
  const lower = word.toLocaleLowerCase('fr-FR');
  return !PEOPLE_ENDING.test(lower) && !NOUN_ENDING.test(lower) && !(plural && /[sx]$/.test(lower));
}

/** The length of the surname at `from` (with its spaces), or 0. */
function surnameAt(text: string, from: number): number {
  SURNAME.lastIndex = from;
  const found = SURNAME.exec(text);
  if (found === null) return 0;
  const word = found[1] as string;
  const folded = foldWord(word);
  if (!maySurname(word) || ACRONYMS.has(folded) || NOT_AFTER_CUE.has(folded)) return 0;
  return isFirstName(word) || mayBeUnlistedName(word, true) ? found[0].length : 0;
}
