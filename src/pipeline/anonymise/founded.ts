/**
 * A year or date of birth is personal only for a person: an institution, a law, an idea « née en
 * 1945 » (« l’association, née en 1945, … », « la Mission Locale est née en 1982 », « la Sécurité
 * sociale, née le 4 octobre 1945 ») was founded then, and its date is what the answer says. The birth
 * detectors (birth-year.ts, patterns.ts’s `birth-date`) ask this module before masking a match.
 *
 * The thing must be named, with its determiner, right before « né(e) », as the subject of its clause:
 * « l’association », « la CAF », « notre structure », « la Mission Locale de Lyon », then maybe a
 * comma, « qui », « est », « était », « fut », « a été ». Anything else is a person and stays masked:
 * « je suis née en 1998 », « ma fille, née en 2007 », « l’entreprise de mon père, né en 1950 »,
 * « l’association de Karim, né en 1990 » (a known first name), « La Réunion, née en 1998 ».
 */
import { isFirstName } from './first-names.ts';
import { foldWord } from './fold-name.ts';

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

/** What may stand between the thing and « né(e) »: « la Mission Locale de Lyon », « la sécurité sociale ». */
const QUALIFIERS = words(`
  de du des d' la le l' et pour
  locale local sociale social nationale national publique public regionale regional departementale departemental
  municipale municipal communale communal europeenne europeen francaise francais internationale international solidaire
  familiale familial sportive sportif culturelle culturel professionnelle professionnel agricole mutualiste syndicale
  syndical politique nouvelle nouveau unique emploi travail jeunes jeunesse services sante
`);

const DETERMINERS = words(`le la l' un une ce cet cette mon ma ton ta son sa notre votre leur`);

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
  return subjectIsThing(before.slice(0, born.index));
}

/**
 * The clause before « né(e) » (« qui est », « est », « a été » and a comma read through) is a
 * determiner, an institution and its qualifiers, after nothing but a conjunction: the institution
 * is the subject. « Je travaille à la Mission Locale, née en 1982 » is masked: the writer may be
 * the one born (« je suis à l’association, née en 1998 »); so is « Née en 1945, la Sécurité
 * sociale… » (« Née en 1998, la Mission Locale m’a aidée » is as often written).
 */
function subjectIsThing(phrase: string): boolean {
  const tokens = split(phrase.replace(/[\s,]+$/, ''));
  while (tokens.length > 0 && LINKS.has(foldWord(tokens[tokens.length - 1] as string))) tokens.pop();
  const clause = split(tokens.join(' ').replace(/[\s,]+$/, '').split(/[.!?;:,\n()«»"]/).pop() as string);
  for (let i = clause.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const token = clause[i] as string;
    const folded = foldWord(token);
    if (THINGS.has(folded) && i > 0 && DETERMINERS.has(foldWord(clause[i - 1] as string))) {
      return clause.slice(0, i - 1).every((word) => OPENERS.has(foldWord(word)));
    }
    if (QUALIFIERS.has(folded)) continue;
    // « Lyon » of « la Mission Locale de Lyon », not « Karim » of « l’association de Karim ».
    if (/^\p{Lu}[\p{L}’'-]*$/u.test(token) && !isFirstName(token)) continue;
    return false;
  }
  return false;
}

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
