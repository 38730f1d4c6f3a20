/**
 * What the question (a survey column header, a note's section heading) asks for. A bare answer
 * ("Hôpital de proximité") means what the question asked: a need under « Quels services vous
 * manquent ? », praise under « Quels services se sont améliorés ? ».
 */
import { BOUNDARY, tokenize } from './tokens.ts';

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
const changeCache = new Map<string, boolean>();

/**
 * Openings of a yes/no question that proposes a change: « Faut-il… ? », « Doit-on… ? », « Êtes-vous
 * favorable à… ? », « Souhaitez-vous que… ? ». The inverted verb and its pronoun, then, for verbs that
 * also ask about the present (« Pensez-vous que les services sont efficaces ? »), the words that make
 * the question one about a change (an empty set: any word).
 */
const CHANGE_OPENINGS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ...'faut il|faudrait il|faudra t|doit on|doit il|doit elle|doivent ils|doivent elles|devrait on|devrait il|devraient ils|devons nous|devrions nous|souhaitez vous|voulez vous|approuvez vous|accepteriez vous'
    .split('|')
    .map((opening) => [opening, null] as const),
  ...['etes vous', 'seriez vous'].map((opening) => [opening, new Set('pour favorable favorables de pret prete prets pretes contre'.split(' '))] as const),
  ...['pensez vous', 'estimez vous', 'trouvez vous', 'croyez vous'].map((opening) => [opening, new Set(['que'])] as const),
  ...['est il', 'serait il'].map(
    (opening) => [opening, new Set('souhaitable necessaire utile opportun bon pertinent judicieux indispensable temps'.split(' '))] as const,
  ),
]);
/** After « pensez-vous que », the words of a change: « qu'il faut… », « qu'il faudrait… ». */
const MUST = new Set(['faut', 'faille', 'faudrait', 'faudra']);

/**
 * Whether the question is a yes/no question proposing a change (« Faut-il reconnaître le vote blanc ? »),
 * where a bare « Oui » or « Non » takes a position (stance.ts). The opening must start the question
 * or follow a comma (« En matière d'immigration, souhaitez-vous que… ? »): « Quels impôts faut-il
 * baisser ? » asks for a list. « Pouvez-vous identifier des règles… ? », « Y a-t-il trop d'échelons ? »
 * propose nothing: there a bare « Oui » stays a non-answer.
 */
export function proposesChange(question: string | null | undefined): boolean {
  if (!question) return false;
  let proposes = changeCache.get(question);
  if (proposes === undefined) {
    proposes = opensOnChange(tokenize(question));
    if (changeCache.size > 10_000) changeCache.clear();
    changeCache.set(question, proposes);
  }
  return proposes;
}

function opensOnChange(tokens: readonly string[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (i > 0 && tokens[i - 1] !== BOUNDARY) continue;
    const following = CHANGE_OPENINGS.get(`${tokens[i]} ${tokens[i + 1]}`);
    if (following === undefined) continue;
    if (following === null) return true;
    const next = tokens[i + 2] ?? '';
    if (!following.has(next)) continue;
    // « Pensez-vous qu'il faut… ? » proposes; « Pensez-vous que les services sont efficaces ? » asks about today.
    if (next === 'que') return tokens[i + 3] === 'il' && MUST.has(tokens[i + 4] ?? '');
    return true;
  }
  return false;
}

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
