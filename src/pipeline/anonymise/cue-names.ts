/**
 * A capitalised word right after a word for a young person, an adviser, another professional or,
 * after a possessive, a relative or a friend is a first name, listed or not: « le jeune Kevin », « la
 * jeune Maëlys a trouvé », « un jeune, Brandon, m’a dit », « ce jeune Timéo », « les jeunes Timéo et
 * Lyam », « ma conseillère Maëlys », « Conseiller Walter m’a aidé », « ma conseillère (Sonia) », after
 * the adviser's employer (« ma conseillère Mission Locale Sonia », « mon conseiller CEJ Walter »),
 * « l’éducatrice Sonia », « mon frère Yanis ». The first name (and a surname after it: « le jeune
 * Timéo Dupont ») becomes « [personne] », the cue stays.
 *
 * Kept: what French capitalises after these words and is nobody (« le jeune Français », « jeunes
 * Pousses », « la jeune Mission Locale », « ma conseillère Pôle Emploi », « mon conseiller Cap
 * emploi », « jeunes NEET », « jeunes CEJ »): acronyms and words in capitals never match; words of
 * not-names.ts and unlisted-names.ts, communes, regions and departments, nationalities and the
 * words below are no first names, nor an adviser's field (« conseiller Municipal », « référent
 * Climat »). A sentence that starts after « jeune » without a mark (« avec le conseiller  Pas de
 * retour », as forms are typed) is read through a double space or a line break only for a first name
 * of the list. After a plural (« les jeunes Roms »), a word ending in -s or -x missing from the list
 * is taken for a plural noun unless it ends as first names do and plurals hardly (« Younès »,
 * « Ilyas », « Mathys ») or stands in a list with a first name (« les jeunes Anis et Lyam »).
 */
import { isFirstName } from './first-names.ts';
import { firstNameKind } from './first-name-kind.ts';
import { foldWord } from './fold-name.ts';
import { CAPITALISED_WORD, LETTER, UPPER, WORD } from './latin.ts';
import { ACRONYMS, FUNCTION_MODIFIERS, maySurname } from './not-names.ts';
import { mayBeUnlistedName } from './unlisted-names.ts';

const DETERMINER = String.raw`[Ll]es?|[Ll]a|[Uu]ne?|[Dd]es|[Cc]es?|[Cc]ett?e|[Mm]on|[Mm]a|[Mm]es|[Tt]on|[Tt]a|[Tt]es|[Ss]on|[Ss]a|[Ss]es|[Nn]otre|[Nn]os|[Vv]otre|[Vv]os|[Ll]eurs?|[Dd]eux|[Tt]rois|[Pp]lusieurs|[Qq]uelques|[Cc]haque`;

/** Words for a young person (« jeune », « jeunes gens », « jeune fille ») and for an adviser. */
const YOUTH = String.raw`jeunes?(?:\s+(?:hommes?|filles?|femmes?|gar[çc]ons?|gens|adultes?))?`;
/** Capitalised too, as a sentence or a form's line opens with it (« Conseillère Martine m’a aidée »). */
const ADVISER = String.raw`[Cc]onseill(?:er|[èe]re)s?|[Rr][ée]f[ée]rente?s?`;

/**
 * Other professionals who follow a young person (« l’éducatrice Sonia », « mon tuteur Walter »,
 * « l’assistante sociale Martine »); not « formateur », « prof », « coach », often followed by
 * what they teach (« formateur Excel »).
 */
const PROFESSIONAL = String.raw`[ée]ducat(?:eur|rice)s?|tut(?:eur|rice)s?|CIP|assistante?s?\s+sociale?s?|psychologues?|infirmi[èe]re?s?|animat(?:eur|rice)s?|m[ée]diat(?:eur|rice)s?|ma[îi]tres?\s+d['’]apprentissage`;

/**
 * Relatives and friends, after a possessive only (« mon frère Yanis », « ma grande sœur Lyna », « mon
 * meilleur ami Karim »; not « le père Noël »); « fils », « fille », « neveu », « nièce », « cousin »
 * are young-names.ts's.
 */
const RELATIVE = String.raw`fr[èe]res?|s[œo]e?urs?|maris?|femmes?|[ée]pou(?:x|ses?)|compagn(?:on|e)s?|copain|copains|copines?|amie?s?|m[èe]res?|p[èe]res?|mamans?|papas?|oncles?|tantes?|grands?[- ]m[èe]res?|grands?[- ]p[èe]res?|coll[èe]gues?|voisine?s?|enfants?|b[ée]b[ée]s?|conjointe?s?|filleule?s?`;
const POSSESSIVE = String.raw`(?<=(?:[Mm]on|[Mm]a|[Tt]on|[Tt]a|[Ss]on|[Ss]a|[Nn]otre|[Vv]otre|[Ll]eurs?|[Mm]es|[Tt]es|[Ss]es|[Nn]os|[Vv]os)\s+(?:(?:petite?s?|grande?s?|meilleure?s?)\s+)?)`;

/**
 * The adviser's employer or scheme, written between the cue and the name (« ma conseillère Mission
 * Locale Sonia », « mon conseiller CEJ Walter »): an institution of a Mission Locale's world or an
 * acronym.
 */
const EMPLOYER = String.raw`\s+(?:[Pp][ôo]le[ -][Ee]mploi|[Mm]ission[ -][Ll]ocale|[Ff]rance[ -][Tt]ravail|[Cc]ap[ -][Ee]mploi|[${UPPER}][${UPPER}0-9]{1,5})(?![${WORD}’'-])`;

/**
 * Between the cue (or the employer) and the name: spaces, maybe a comma; a parenthesis (« ma
 * conseillère (Sonia) ») or a colon (« Référente : Sonia »), then a first name of the list only.
 */
const SEPARATOR = String.raw`\s*,?\s+|\s*\(\s*|\s*:\s*`;

/** The cue (maybe after a determiner, « autre »), the employer, what separates them from the name, the name. */
const AFTER_CUE = new RegExp(
  String.raw`(?<![${WORD}’'-])(?:(?:${DETERMINER})\s+(?:autres?\s+)?|[Ll]['’])?(${YOUTH}|${ADVISER}|${PROFESSIONAL}|${POSSESSIVE}(?:${RELATIVE}))(${EMPLOYER})?(${SEPARATOR})(${CAPITALISED_WORD})(?![${WORD}’'-])`,
  'g',
);

/**
 * What `AFTER_YOUNG_CAPITAL` (young-names.ts) looks behind a capital for: a cue, maybe its employer,
 * the separator. Looser than `AFTER_CUE`, never stricter.
 */
export const CUE_BEFORE_CAPITAL = String.raw`(?:jeunes?|hommes?|filles?|femmes?|gar[çc]ons?|gens|adultes?|${ADVISER}|${PROFESSIONAL}|${RELATIVE})(?:${EMPLOYER})?(?:${SEPARATOR})`;

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
  snu ase pjj gj pacea pec mna lgbt lgbtq dys cned greta
  clientele export info infos hors covid climat energie velo web job jobs senior seniors bafa bafd jumelle jumelles seul seule seuls seules
  jumeau jumeaux cadet cadette aine ainee benjamin benjamine reussite entreprises
  medias gays boys pays jurys
  pas rien faut peut est sont ont etait certains certaines quelques plusieurs autre autres sinon bref comment pourquoi
  combien lors suite grace faute etc cependant neanmoins toutefois donc voila pres aupres acces succes progres proces
  exces deces expres congres
`);

/** Endings of nationalities and of people from a place (« Français », « Marocain », « Chinois », « Lyonnais »). */
const PEOPLE_ENDING = /(?:ais|aise|aises|ain|ains|aine|aines|ois|oise|oises|iens|iennes|éens|éennes|ols)$/;

/** Endings of nouns of an act or a field, rare in first names (« conseiller Parrainage », « référent Alternance »). */
const NOUN_ENDING = /(?:age|ages|ance|ances|ence|ences)$/;

/**
 * Endings of adjectives of an adviser's field (« conseiller Municipal », « conseillère Familiale »,
 * « conseiller Culturel », « les jeunes Ruraux »); the first names that have them are listed
 * (« Pascal », « Chantal », « Martial »), « Jamal », « Bilal », « Nidal » have none of them.
 */
const ADJECTIVE_ENDING = /(?:[inptcrg]al(?:es?|s)?|aux|[^i]rel(?:le)?s?)$/;

/**
 * Endings of first names that French plurals hardly have (« Younès », « Loïs », « Mathys »,
 * « Ilyes », « Ilyas »): such a word missing from the list is a first name after a plural cue too.
 */
const NAME_NOT_PLURAL = /(?:[èëïÿy]s|yes|[iy]as)$/;

/**
 * What follows a subject's first name and never a list's infinitive (« Walter m’a aidé », « Walter
 * est parti », « Walter, », the text's end), where « Prévoir une formation » has its complement.
 */
const AFTER_SUBJECT = new RegExp(
  String.raw`^\s*(?:$|[,.;!?)…»"”]|(?:[mnst]|qu)['’]|(?:a|ai|est|était|etait|avait|aura|sera|qui|nous|vous|me|ne|se)(?![${LETTER}]))`,
);

/**
 * The shape of an infinitive (« Prévoir », « Mettre », « Garantir »), which opens many lines of a
 * list: without a determiner before the cue (« le jeune Walter »), no first name.
 */
const INFINITIVE = /(?:er|oir|dre|tre|ire|(?:fin|chois|ag|reuss|fourn|invest|offr|ouvr|ven|ten|obten|maint|sais|defin|reflech|accueill|recueill|sort|part|serv|garant|etabl|enrich|elarg|approfond|bat|un|reun|rempl)ir)$/;

/**
 * Endings of the infinitives no first name missing from the list has (« Accompagner », « Valoriser »,
 * « Mettre »): such a word after a cue is a list's line even before a mark (« jeune Accompagner. »,
 * « chaque jeune Accompagner »); « Walter », « Peter » have the shape of an infinitive but none of
 * these endings, « Oliver », « Roger » are listed.
 */
const VERB_ENDING = /(?:iser|ifier|gner|ager|uer|cer|ger|ller|tter|sser|rrer|mmer|nner|ver|ber|per|quer|frir|voir|dre|ttre)$/;

/** A plural cue: the name may be a plural noun, and other names may follow it. */
const PLURAL = /s$/;

export interface CueNameMatches {
  text: string;
  matches: string[];
  labels: string[];
  excerpts: string[];
}

/**
 * What a capitalised word after a cue is: a first name of the list, a word missing from it that may
 * be one, one that may also be a plural noun (after a plural cue, ending in -s or -x), or no name.
 */
type Kind = 'listed' | 'unlisted' | 'plural' | 'no';

/** One name of what follows a cue (« les jeunes Timéo, Lyam et Anis »): its span with its surname. */
interface Member {
  kind: Kind;
  from: number;
  to: number;
  /** Joined to the name before by a comma (the first name: false). */
  comma: boolean;
}

/** « la jeune Maëlys » → « la jeune [personne] »; `isPublic`: names of public figures kept as written. */
export function maskCueNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): CueNameMatches {
  const found: CueNameMatches = { text, matches: [], labels: [], excerpts: [] };
  let result = '';
  let copied = 0;
  AFTER_CUE.lastIndex = 0;
  for (let match = AFTER_CUE.exec(text); match !== null; match = AFTER_CUE.exec(text)) {
    const [whole, cue, employer, between, name] = match as unknown as [string, string, string | undefined, string, string];
    const plural = PLURAL.test(cue);
    const first = kindOf(name, plural);
    if (first === 'no' || isPublic(name)) continue;
    // « Référente : Sonia »: a colon also opens a list's items (« conseiller : Suivi des dossiers »),
    // a parenthesis what the person has or is (« ma mère (Alzheimer) »).
    if (between.includes(':') && firstNameKind(name, false) !== 'listed') continue;
    if (between.includes('(') && first !== 'listed') continue;
    // A double space or a line break without a comma: maybe another sentence, typed without its period.
    const loose = !between.includes(',') && /\n|\s{2}/.test(between);
    // « par conseiller Prévoir une formation »: a list's next line, typed on the same one; after an
    // employer, the capital may open a sentence (« des conseillers Pôle Emploi Manque de suivi »).
    const bare = whole.startsWith(cue);
    const guarded = employer !== undefined || (bare && INFINITIVE.test(foldWord(name)));
    if (first !== 'listed' && VERB_ENDING.test(foldWord(name))) continue;
    const start = match.index + whole.length - name.length;
    const members: Member[] = [{ kind: first, from: start, to: start + name.length + surnameAt(text, start + name.length), comma: false }];
    if (first !== 'listed' && (loose || (guarded && !AFTER_SUBJECT.test(text.slice((members[0] as Member).to, (members[0] as Member).to + 16))))) continue;
    // « les jeunes Timéo, Lyam et Sohan »: each name masked apart, the words between them kept.
    for (let at = (members[0] as Member).to; plural; ) {
      NEXT_NAME.lastIndex = at;
      const next = NEXT_NAME.exec(text);
      const other = next?.[2];
      if (next === null || other === undefined || isPublic(other)) break;
      const kind = kindOf(other, plural);
      if (kind === 'no') break;
      const otherStart = NEXT_NAME.lastIndex - other.length;
      at = NEXT_NAME.lastIndex + surnameAt(text, NEXT_NAME.lastIndex);
      members.push({ kind, from: otherStart, to: at, comma: (next[1] as string).includes(',') });
    }
    const spans = masked(members);
    if (!spans.length) continue;
    for (const { from, to } of spans) {
      result += text.slice(copied, from) + placeholder;
      found.matches.push(text.slice(from, to));
      copied = to;
    }
    AFTER_CUE.lastIndex = copied;
    found.labels.push(label(cue));
    found.excerpts.push(whole.slice(0, whole.length - name.length) + placeholder);
  }
  if (copied > 0) found.text = result + text.slice(copied);
  return found;
}

function label(cue: string): string {
  if (/^(?:conseill|r[ée]f)/i.test(cue)) return 'prénom d’un conseiller ou d’un référent';
  return new RegExp(`^(?:${PROFESSIONAL})$`).test(cue) ? 'prénom d’un professionnel' : 'prénom d’un jeune ou d’un proche';
}

/**
 * The names masked, from the first: a word that may be a plural noun counts in a list holding a
 * first name, unless it closes the list after a comma (« les jeunes Timéo et Lyam, Transports
 * gratuits »).
 */
function masked(members: readonly Member[]): Member[] {
  const named = members.some((m) => m.kind !== 'plural');
  const kept: Member[] = [];
  for (const [i, member] of members.entries()) {
    if (member.kind === 'plural' && (!named || (member.comma && i === members.length - 1))) break;
    kept.push(member);
  }
  return kept;
}

function kindOf(word: string, plural: boolean): Kind {
  const kind = firstNameKind(word, true);
  if (kind !== 'unlisted') return kind;
  const folded = foldWord(word);
  if (ACRONYMS.has(folded) || NOT_AFTER_CUE.has(folded) || FUNCTION_MODIFIERS.has(folded)) return 'no';
  const lower = word.toLocaleLowerCase('fr-FR');
  if (PEOPLE_ENDING.test(lower) || NOUN_ENDING.test(lower) || ADJECTIVE_ENDING.test(lower)) return 'no';
  return plural && /[sx]$/.test(lower) && !NAME_NOT_PLURAL.test(lower) ? 'plural' : 'unlisted';
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
