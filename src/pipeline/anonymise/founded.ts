/**
 * A year or date of birth is personal only for a person: an institution, a law, an idea « née en
 * 1945 » (« l’association, née en 1945, … », « la Mission Locale est née en 1982 », « la Sécurité
 * sociale, née le 4 octobre 1945 ») was founded then, and its date is what the answer says. The birth
 * detectors (birth-year.ts, patterns.ts’s `birth-date`) ask this module before masking a match.
 *
 * The thing must be named, with its determiner, right before « né(e) », then maybe a comma, « qui »,
 * « est », « était », « fut », « a été »; and be the subject of its clause, or agree with « né » or
 * « née » (« je travaille dans une association née en 1998 de la fusion de deux autres », « je
 * travaille à la Mission Locale qui est née en 1982 »). Set apart by a comma alone after a person
 * the sentence is about (« Je suis à l’association, née en 1998 », « Elle travaille à la Mission
 * Locale, née en 1990 »), « née » is the writer's or that person's: a birth, masked (a founding
 * masked costs a date, a birth kept costs a person). Anything else is a person and stays masked:
 * « je suis née en 1998 », « ma fille, née en 2007 », « l’entreprise de mon père, né en 1950 »,
 * « l’association de Karim, né en 1990 » (a known first name), « je suis à l’association, né en
 * 1990 » (« né » is no association's), « La Réunion, née en 1998 », « Sophie, née en 1982 ».
 */
import { isFirstName } from './first-names.ts';
import { foldWord } from './fold-name.ts';
import { FUNCTIONS } from './not-names.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Things that are « nés »: institutions, services, laws, ideas (folded). Never a person’s noun (« aide »: « l’aide à domicile »). */
const THINGS = words(`
  association asso mission structure institution organisme organisation entreprise societe fondation federation
  confederation agence caisse cooperative mutuelle union ligue syndicat parti mouvement collectif club reseau plateforme
  plate-forme dispositif loi reforme idee initiative projet programme service ecole universite institut ville commune
  communaute republique securite secu maison centre revue journal banque prestation allocation prime taxe impot
  pole operation etablissement antenne permanence festival region departement ministere administration
  caf cpam msa urssaf rsa rmi anpe sncf ue onu ccas cmu pmi apl csg mdph cnav apec afpa unedic
`);

/**
 * The things of THINGS a writer says « née » of (« la mission », « l’association », « la CAF »);
 * the others are « né » (« le centre », « le CCAS »). An acronym said both ways is in neither.
 */
const FEMININE = words(`
  association asso mission structure institution organisation entreprise societe fondation federation confederation
  agence caisse cooperative mutuelle union ligue plateforme plate-forme loi reforme idee initiative ecole universite
  ville commune communaute republique securite secu maison revue banque prestation allocation prime taxe operation
  antenne permanence region administration caf cpam msa urssaf sncf ue onu pmi apl csg mdph cnav apec afpa unedic cmu anpe
`);
const MASCULINE = words(`
  organisme syndicat parti mouvement collectif club reseau dispositif projet programme service institut centre journal
  pole etablissement festival departement ministere impot rsa rmi ccas
`);

/** What may stand between the thing and « né(e) »: « la Mission Locale de Lyon », « la sécurité sociale ». */
const QUALIFIERS = words(`
  de du des d' la le l' et pour
  locale local sociale social nationale national publique public regionale regional departementale departemental
  municipale municipal communale communal europeenne europeen francaise francais internationale international solidaire
  familiale familial sportive sportif culturelle culturel professionnelle professionnel agricole mutualiste syndicale
  syndical politique nouvelle nouveau unique emploi travail jeunes jeunesse services sante
`);

const DETERMINERS = words(`le la l' un une ce cet cette mon ma ton ta son sa notre votre leur au`);

/** Before the determiner, what makes the institution another noun's complement (« la conseillère de la Mission Locale »). */
const OF = words(`de d' du des`);

/** « est », « qui est », « a été » between the thing and « né(e) » (folded, read last word first). */
const LINKS = words(`qui est etait fut ete a`);

/** What may open the clause before the institution: it is then the subject (« Mais la CAF est née… »). */
const OPENERS = words(`et mais car donc or puis alors enfin aussi c'est c'etait voici voila`);

/** The last « né », « née », « né(e) », « ne », « nee » of a text (as birth-year.ts and patterns.ts read them). */
const BORN = /(?<![\p{L}\p{N}])n[ée](?:e|\(e\))?(?![\p{L}\p{N}(])/giu;

/**
 * True when the birth date or year starting at `start` in `text` is a thing’s founding: the clause
 * before the « né(e) » that introduces it opens on a determiner and an institution.
 */
export function isFounding(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  let born: RegExpExecArray | null = null;
  BORN.lastIndex = 0;
  for (let found = BORN.exec(before); found !== null; found = BORN.exec(before)) born = found;
  // « Date de naissance : 2004 », a « né » in another sentence: no « né(e) » of this date.
  if (born === null || /[.!?;:\n]/.test(before.slice(born.index + born[0].length))) return false;
  return subjectIsThing(before.slice(0, born.index), gender(born[0]));
}

/** « née » feminine, « né » masculine; « né(e) », a form's, is a person's whatever the subject. */
function gender(born: string): 'feminine' | 'masculine' | null {
  const folded = foldWord(born);
  if (folded.includes('(')) return null;
  return folded === 'nee' ? 'feminine' : 'masculine';
}

/**
 * The clause before « né(e) » (« qui est », « est », « a été » and a comma read through) ends on a
 * determiner, an institution and its qualifiers: after nothing but a conjunction, the institution is
 * the subject; after more (« Je travaille à la Mission Locale qui est née en 1982 »), it is what « né »
 * or « née » agrees with, and the founding is the institution's when the gender is its own; but not
 * after a comma alone when a person is the sentence's subject (`personSubject`: « Je suis à
 * l’association, née en 1998 »). « Née en 1945, la Sécurité sociale… » stays masked (« Née en 1998,
 * la Mission Locale m’a aidée » is as often written).
 */
function subjectIsThing(phrase: string, born: 'feminine' | 'masculine' | null): boolean {
  const tokens = split(phrase.replace(/[\s,]+$/, ''));
  const linked = tokens.length > 0 && LINKS.has(foldWord(tokens[tokens.length - 1] as string));
  while (tokens.length > 0 && LINKS.has(foldWord(tokens[tokens.length - 1] as string))) tokens.pop();
  // « l’association, née »: an apposition, which may be about the sentence's subject as well.
  const apposition = !linked && /,\s*$/.test(phrase);
  const clause = split(tokens.join(' ').replace(/[\s,]+$/, '').split(/[.!?;:,\n()«»"]/).pop() as string);
  for (let i = clause.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const token = clause[i] as string;
    const folded = foldWord(token);
    if (THINGS.has(folded) && i > 0 && DETERMINERS.has(foldWord(clause[i - 1] as string))) {
      if (clause.slice(0, i - 1).every((word) => OPENERS.has(foldWord(word)))) return true;
      // « la conseillère de la Mission Locale, née en 1990 », « mon fils va au CCAS, né en 2001 »:
      // the participle may be the person's.
      const complement = i > 1 && OF.has(foldWord(clause[i - 2] as string));
      if (complement || clause.slice(0, i - 1).some(isPerson)) return false;
      if (born === null || (apposition && personSubject(phrase, born))) return false;
      return (born === 'feminine' ? FEMININE : MASCULINE).has(folded);
    }
    if (QUALIFIERS.has(folded)) continue;
    // « Lyon » of « la Mission Locale de Lyon », not « Karim » of « l’association de Karim ».
    if (/^\p{Lu}[\p{L}’'-]*$/u.test(token) && !isFirstName(token)) continue;
    return false;
  }
  return false;
}

/** Words for a person a participle may agree with (with the functions of not-names.ts and the first names). */
const PERSONS = words(`
  fils fille mere pere femme homme mari epouse epoux enfant enfants jeune jeunes frere soeur neveu niece cousin cousine
  ami amie collegue voisin voisine personne beneficiaire usager usagere stagiaire apprenti apprentie
`);

function isPerson(token: string): boolean {
  const folded = foldWord(token);
  return PERSONS.has(folded) || FUNCTIONS.has(folded) || (/^\p{Lu}/u.test(token) && isFirstName(token));
}

/**
 * A personal pronoun the participle may agree with stands in the sentence before the thing (after
 * its last « que »): « je », « j’ », « on », « nous », « vous », « tu », and « elle(s) » for « née », « il(s) » for
 * « né » (« Il travaille à l’association, née en 1998 »: « née » is the association's). A « que »
 * after the pronoun opens another clause (« je crois que l’association, née en 1998, … »).
 */
function personSubject(phrase: string, born: 'feminine' | 'masculine'): boolean {
  const sentence = phrase.split(/[.!?;:\n]/).pop() as string;
  const clause = sentence.split(/(?<!\p{L})(?:que(?!\p{L})|qu['’])/iu).pop() as string;
  return (born === 'feminine' ? FEMININE_PERSON : MASCULINE_PERSON).test(clause);
}

const person = (third: string): RegExp => new RegExp(String.raw`(?<!\p{L})(?:(?:je|tu|on|nous|vous|${third})(?!\p{L})|j['’])`, 'iu');
const FEMININE_PERSON = person('elles?');
const MASCULINE_PERSON = person('ils?');

/** Words, an elided article apart (« l’association » → « l’ », « association »). */
function split(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    if (word === '') continue;
    const elided = /^([lLdD]['’])(.+)$/u.exec(word);
    if (elided) tokens.push(elided[1] as string, elided[2] as string);
    else tokens.push(word);
  }
  return tokens;
}
