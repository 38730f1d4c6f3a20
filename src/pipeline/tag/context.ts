/**
 * What the question (a survey column header, a note's section heading) asks for. A bare answer
 * ("Hôpital de proximité") means what the question asked: a need under « Quels services vous
 * manquent ? », praise under « Quels services se sont améliorés ? ».
 */
import { tokenize } from './tokens.ts';

/** The orientation of a question: the tag a bare answer to it takes, or `mixed` (praise and/or complaints). */
export type ContextKind = 'working' | 'broken' | 'needs' | 'mixed' | null;

const NEEDS_WORDS = new Set(
  ('comment manque manquent manquerait souhait souhaits souhaitez souhaiteriez souhaitent souhaitable attentes ' +
    'attendez besoin besoins proposition propositions proposez proposeriez idee idees suggestion suggestions suggerez ' +
    'doivent devrait devraient faudrait pistes recommandations recommandez perspectives voudriez aimeriez ameliorer ' +
    'ameliorations renforcer evolutions priorites prioritaires demandes voeux envies').split(' '),
);
const NEEDS_PHRASES = ['que faire', 'faut il', 'a ameliorer', 'nouveaux services', 'points d amelioration', 'a developper'];

const WORKING_WORDS = new Set(
  ('positive positif positifs positivement fonctionne fonctionnent marche marchent satisfaction satisfait satisfaits ' +
    'apprecie appreciez appreciees atouts reussites ameliore amelioree ameliores ameliorees succes plait bien forts')
    .split(' '),
);
const BROKEN_WORDS = new Set(
  ('inutile inutiles complexe complexes complique compliquees difficulte difficultes difficile probleme problemes ' +
    'dysfonctionne dysfonctionnements irritants irritant negatif negative negatifs freins frein gene genent plaintes ' +
    'obstacles blocages critiques insatisfaction mecontentement faibles dysfonctionnement lourdeurs').split(' '),
);
const BROKEN_PHRASES = ['ne fonctionne pas', 'ne marche pas', 'ne va pas', 'ne fonctionnent pas', 'ne marchent pas', 'qui pose'];

/**
 * Words of a question about what is lacking or must change ("quels services vous manquent ?",
 * "doivent le plus évoluer", "s'améliorer", "comment ?") rather than what one would like: a complaint answering
 * it names the thing to change, so it is also a need.
 */
const DEFICIT_WORDS = new Set(
  ('manque manquent manquerait evoluer ameliorer ameliorations renforcer changer revoir reformer corriger comment').split(' '),
);

const cache = new Map<string, ContextKind>();
const deficitCache = new Map<string, boolean>();

/** Whether a needs question asks what is lacking or must change (see DEFICIT_WORDS). */
export function asksWhatIsLacking(question: string | null | undefined): boolean {
  if (!question || contextKind(question) !== 'needs') return false;
  let deficit = deficitCache.get(question);
  if (deficit === undefined) {
    deficit = tokenize(question).some((t) => DEFICIT_WORDS.has(t));
    if (deficitCache.size > 10_000) deficitCache.clear();
    deficitCache.set(question, deficit);
  }
  return deficit;
}

/** The orientation of a question or heading; null when it says nothing (« Commentaire libre »). */
export function contextKind(question: string | null | undefined): ContextKind {
  if (question === null || question === undefined || question.trim() === '') return null;
  const cached = cache.get(question);
  if (cached !== undefined) return cached;
  const kind = classify(question);
  if (cache.size > 10_000) cache.clear();
  cache.set(question, kind);
  return kind;
}

function classify(question: string): ContextKind {
  const tokens = tokenize(question).filter((t) => t !== '|');
  let joined = ` ${tokens.join(' ')} `;
  let broken = false;
  for (const phrase of BROKEN_PHRASES) {
    if (joined.includes(` ${phrase} `)) {
      broken = true;
      joined = joined.replace(` ${phrase} `, ' ');
    }
  }
  const words = joined.trim().split(' ');
  if (words.some((w) => NEEDS_WORDS.has(w)) || NEEDS_PHRASES.some((p) => joined.includes(` ${p} `))) return 'needs';
  broken ||= words.some((w) => BROKEN_WORDS.has(w));
  const working = words.some((w) => WORKING_WORDS.has(w));
  if (working && broken) return 'mixed';
  if (working) return 'working';
  if (broken) return 'broken';
  return null;
}
