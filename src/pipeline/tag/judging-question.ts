/**
 * A yes/no question that judges the current state (« Y a-t-il trop d'échelons ? », « Êtes-vous
 * satisfait de… ? », « Pensez-vous que les services publics sont efficaces ? »): a bare « Oui » or
 * « Non » to it says what works or fails today, as a clear answer would. Read only where the
 * polarity is plain:
 * - the question opens (at its start or after a comma) on an inverted yes/no form (« Y a-t-il »,
 *   « Est-ce que », « Êtes-vous », « Avez-vous », « Trouvez-vous », « Pensez-vous que »…) or
 *   inverts its subject (« Les démarches sont-elles simples ? »);
 * - it holds judgement words of one polarity only: « trop », « compliqué », « difficultés »… (yes is
 *   a complaint) or « suffisamment », « satisfait », « efficace », « simple »… (yes is praise);
 * - no negation or softener (« N'êtes-vous pas… », « peu efficace », « moins ») and no question word
 *   (« Quels services sont trop loin ? » asks for a list).
 * Elsewhere (« Pouvez-vous identifier des règles trop complexes ? » asks whether one can name
 * them) the answer stays set aside. Questions proposing a change are read by context.ts first.
 */
import { BOUNDARY, tokenize } from './tokens.ts';

export type Verdict = 'working' | 'broken';

/** Yes/no openings read at the start of the question or of a clause (tokens folded). */
const OPENINGS = [
  'y a t il', 'y a t elle', 'est ce que', 'est ce qu', 'etes vous', 'avez vous', 'trouvez vous', 'pensez vous que',
  'estimez vous que', 'diriez vous que', 'jugez vous', 'considerez vous', 'sentez vous',
].map((opening) => opening.split(' '));
/** Pronouns that may come before the inverted verb (« En avez-vous été satisfait ? », « Vous sentez-vous… »). */
const CLITICS = new Set(['en', 'y', 'vous', 'le', 'la', 'les', 'l']);
/** Subject inversion anywhere: « Les démarches sont-elles simples ? », « vous semblent-ils clairs ? ». */
const INVERTED_VERBS = new Set('est sont semble semblent etait etaient reste restent fonctionne fonctionnent'.split(' '));
const INVERTED_SUBJECTS = new Set(['il', 'ils', 'elle', 'elles']);
const YES_BROKEN = new Set(
  ('trop complique compliquee compliques compliquees complexe complexes difficile difficiles difficulte difficultes ' +
    'probleme problemes lent lente lents lentes insuffisant insuffisante insuffisants insuffisantes inutile inutiles').split(' '),
);
const YES_WORKING = new Set(
  ('suffisamment suffisant suffisante suffisants suffisantes satisfait satisfaite satisfaits satisfaites efficace ' +
    'efficaces simple simples facile faciles clair claire clairs claires rapide rapides').split(' '),
);
/** Words that turn or blur the judgement: the question is not read. */
const BLURRING = new Set('ne n pas jamais aucun aucune peu moins sans rien guere assez'.split(' '));
const QUESTION_WORDS = new Set('quel quels quelle quelles comment pourquoi lequel laquelle lesquels lesquelles combien quoi'.split(' '));

const cache = new Map<string, Verdict | null>();

/** What a bare « Oui » answers to the question: praise, a complaint, or null when it is not plain. */
export function yesMeans(question: string | null | undefined): Verdict | null {
  if (!question) return null;
  let verdict = cache.get(question);
  if (verdict === undefined) {
    verdict = read(tokenize(question.toLowerCase()));
    if (cache.size > 10_000) cache.clear();
    cache.set(question, verdict);
  }
  return verdict;
}

function read(tokens: readonly string[]): Verdict | null {
  if (!asksYesOrNo(tokens)) return null;
  let broken = false;
  let working = false;
  for (const token of tokens) {
    if (BLURRING.has(token) || QUESTION_WORDS.has(token)) return null;
    if (YES_BROKEN.has(token)) broken = true;
    else if (YES_WORKING.has(token)) working = true;
  }
  if (broken === working) return null;
  return broken ? 'broken' : 'working';
}

function asksYesOrNo(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (INVERTED_VERBS.has(tokens[i] as string) && INVERTED_SUBJECTS.has(tokens[i + 1] ?? '') && i > 0 && tokens[i - 1] !== BOUNDARY) {
      return true;
    }
    if (i > 0 && tokens[i - 1] !== BOUNDARY) continue;
    let at = i;
    while (CLITICS.has(tokens[at] ?? '') && tokens[at + 1] !== 'a') at++; // « y a-t-il » is an opening itself
    if (OPENINGS.some((opening) => opening.every((word, k) => tokens[at + k] === word))) return true;
  }
  return false;
}
