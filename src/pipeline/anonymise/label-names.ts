/**
 * A name after a form's label: « Prénom : Timéo », « Nom : DUPONT », « Nom et prénom : Timéo Dupont »,
 * « Nom de famille : Dupont », as a pasted form or a note's header writes it. The label says what
 * follows is a name: listed or not, every capitalised word (or word in capitals, up to three)
 * becomes one « [personne] », the label stays. Kept: what a structure's name starts with (« Nom :
 * Mission Locale de Saintes », not-names.ts), an acronym, what says the name is missing (« Nom :
 * Inconnu »), a name or a label in lower case (« prénom : timéo », « le nom : Les inégalités »).
 */
import { foldWord } from './fold-name.ts';
import { CAPITALISED_WORD, UPPER, WORD } from './latin.ts';
import { PARTICLES, maySurname } from './not-names.ts';

/**
 * The labels, capitalised or in capitals (« nom : » in lower case is left: the screening looks for
 * the label from its capital, see `LABEL_AFTER_CAPITAL`).
 */
const LABEL_REST = String.raw`(?:om|OM|r[ée]nom|R[ÉE]NOM)[sS]?(?:\s+(?:de\s+famille|DE\s+FAMILLE|d['’]usage|et\s+pr[ée]noms?|ET\s+PR[ÉE]NOMS?|pr[ée]noms?|PR[ÉE]NOMS?)|\s*\/\s*[Pp]r[ée]nom)?\s*:`;
const LABEL = String.raw`[NP]${LABEL_REST}`;

const NAME = String.raw`(?:${CAPITALISED_WORD}|[${UPPER}]{2,}(?:-[${UPPER}]{2,})*)(?![${WORD}’'-])`;

const LABELLED = new RegExp(String.raw`(?<![${WORD}’'-])${LABEL}[ \t\u00a0]*(${NAME}(?:[ \t\u00a0]+${NAME}){0,2})`, 'g');

/**
 * What follows the label's capital in every text `maskLabelNames` changes, for
 * `AFTER_YOUNG_CAPITAL` (young-names.ts): the rest of the label and its colon.
 */
export const LABEL_AFTER_CAPITAL = LABEL_REST;

/** Words that say the name is missing, or are none (the next label: « NOM : DUPONT Prénom : Timéo »). */
const NO_NAME: ReadonlySet<string> = new Set(
  `inconnu inconnue anonyme neant nc nr nd na ras xxx xx x absent absente idem voir cf confidentiel confidentielle
  nom noms prenom prenoms`.split(/\s+/),
);

export interface LabelNameMatches {
  text: string;
  matches: string[];
  labels: string[];
  excerpts: string[];
}

/** « Prénom : Timéo » → « Prénom : [personne] »; `isPublic`: names of public figures kept as written. */
export function maskLabelNames(text: string, placeholder: string, isPublic: (name: string) => boolean = () => false): LabelNameMatches {
  const found: LabelNameMatches = { text, matches: [], labels: [], excerpts: [] };
  let result = '';
  let copied = 0;
  LABELLED.lastIndex = 0;
  for (let match = LABELLED.exec(text); match !== null; match = LABELLED.exec(text)) {
    const written = match[1] as string;
    // The name's words up to the first one no name has (« Dupont Mission Locale » → « Dupont »), a
    // particle before another one (« Le Goff », « Van Damme »), never last (« Le Conseil »).
    const words = [...written.matchAll(/\S+/g)];
    const stop = words.findIndex((word) => (!maySurname(word[0]) && !PARTICLES.has(foldWord(word[0]))) || NO_NAME.has(foldWord(word[0])));
    const name = stop < 0 ? words : words.slice(0, stop);
    while (name.length && PARTICLES.has(foldWord((name.at(-1) as RegExpExecArray)[0]))) name.pop();
    const lastWord = name.at(-1);
    if (lastWord === undefined || isPublic(written.slice(0, lastWord.index + lastWord[0].length))) continue;
    const start = match.index + match[0].length - written.length;
    const end = start + lastWord.index + lastWord[0].length;
    result += text.slice(copied, start) + placeholder;
    copied = end;
    // The next label may be among the words read (« NOM : DUPONT Prénom : Timéo »).
    LABELLED.lastIndex = end;
    found.matches.push(text.slice(start, end));
    if (!found.labels.length) {
      found.labels.push('nom après « Nom : » ou « Prénom : »');
      found.excerpts.push(match[0].slice(0, match[0].length - written.length) + placeholder);
    }
  }
  if (copied > 0) found.text = result + text.slice(copied);
  return found;
}
