/**
 * What a cue means in its place: praise, complaint or request, depending on negation, on the
 * question asked (a lack is a need under "what is missing?", a complaint elsewhere) and on the
 * requests around it (praise after "il faudrait" is the state wished for).
 */
import type { Cue } from './cues.ts';
import type { ContextKind } from './context.ts';
import type { Frame } from './frames.ts';
import { infinitiveIsSubject, isVerbless, type Statement } from './statement.ts';
import { STOPWORDS } from './grammar.ts';
import { BOUNDARY } from './tokens.ts';

export interface Evidence {
  working: number;
  broken: number;
  needs: number;
  /** A non-answer phrase was read ("je ne sais pas"). */
  nonAnswer: boolean;
}

type TagKey = 'working' | 'broken' | 'needs';

/** A complaint inside a proposal ("Arrêter le gaspillage") counts half: the statement is the proposal. */
const COMPLAINT_IN_PROPOSAL = 0.35;
const SUBJECTS = new Set('je tu il elle on nous vous ils elles chacun'.split(' '));
const POSSESSIVES = new Set('mes ses leurs nos vos tes mon son leur notre votre ton ma sa ta'.split(' '));

/** A conceded point ("malgré…") counts half; a complaint inside a goal ("pour éviter…") too. */
const CONCEDED = 0.5;
/** A quality named under "what is missing?" without a verb is wished for, a weak proposal. */
const WISHED = 0.6;

/** Adds a cue's weight to the tag it means here; returns 'request' for proposals. */
export function applyCue(
  evidence: Evidence,
  cue: Cue,
  negated: boolean,
  statement: Statement,
  i: number,
  requestSeen: { statement: boolean; clause: boolean },
  frame: Frame = 'plain',
): TagKey | 'request' | 'none' {
  const w = cue.weight;
  const { context } = statement;
  const atStart = i === statement.start;
  switch (cue.kind) {
    case 'praise':
      if (negated) return add(evidence, 'broken', requestSeen.clause || frame === 'conceded' ? w * COMPLAINT_IN_PROPOSAL : w);
      // Praise after a request is the state wished for ("il faudrait un site plus simple"); so is
      // praise in a bare noun phrase answering "what is missing?" ("Des délais raisonnables").
      if (context === 'needs' && frame === 'plain' && !requestSeen.statement && isVerbless(statement)) return request(evidence, w * WISHED);
      return requestSeen.statement ? 'none' : praise(evidence, w, frame);
    case 'complaint':
      // "il faudrait des outils peu coûteux": the absence of a problem is wished for, not praised.
      if (negated) return requestSeen.statement || frame === 'purpose' ? 'none' : praise(evidence, w, frame);
      if (requestSeen.clause) return add(evidence, 'broken', w * COMPLAINT_IN_PROPOSAL);
      return add(evidence, 'broken', frame === 'conceded' || frame === 'purpose' ? w * CONCEDED : w);
    case 'request':
      // "mes besoins", "ses souhaits / besoins" name someone's needs, they do not ask for anything;
      // "on m'a dit qu'il fallait" reports someone else's demand.
      // « …vous empêche de prendre en compte les changements nécessaires »: what is hard to get is not asked for here.
      if (possessed(statement.tokens, i) || relative(statement.tokens, i) || frame === 'reported' || frame === 'hindered') return 'none';
      return request(evidence, w);
    case 'refusal':
      // "Je n'en vois pas" answering "which services improved?" is a complaint.
      if (context === 'working') return add(evidence, 'broken', w);
      evidence.nonAnswer = true;
      return 'none';
    case 'infinitive':
      return infinitiveIsSubject(statement) ? 'none' : request(evidence, w);
    case 'genericInfinitive':
      // Under "which rules are useless?", "Fournir chaque année les mêmes pièces" names the rule.
      if (infinitiveIsSubject(statement) || context === 'broken') return 'none';
      return request(evidence, w);
    case 'lack':
      return add(evidence, lackTag(context, atStart), w);
    case 'absence':
      return negated ? add(evidence, lackTag(context, atStart), 1) : 'none';
    case 'change':
      if (context === 'working') return add(evidence, negated ? 'broken' : 'working', w);
      if (negated) return add(evidence, 'broken', w);
      // "Recrutement de cadres :" heading an answer about satisfaction is a topic, not a proposal.
      if (context === 'mixed' || context === 'broken') return 'none';
      return request(evidence, w);
    case 'cut':
      if (context === 'needs' || (atStart && context !== 'working')) return request(evidence, w);
      return add(evidence, 'broken', w);
    case 'more':
      // Under "what improved?", "Plus de trésoreries en campagne" means there are none left.
      if (context === 'working') return add(evidence, 'broken', w);
      return request(evidence, w);
    case 'nonAnswer':
      // « Je ne sais pas à qui m'adresser », « …pourquoi mon allocation a baissé »: not knowing whom,
      // where or why is a difficulty (wanting to know, under « what do you expect? »), not a non-answer.
      if (notKnowing(statement.tokens, i + cue.length) && asksWhatIsUnknown(statement.tokens, i + cue.length)) {
        return add(evidence, context === 'needs' ? 'needs' : 'broken', w);
      }
      // « Pôle emploi ne connaît pas les entreprises », « la mairie ne se prononce pas »: someone else's
      // ignorance or silence, a complaint.
      if ((notKnowing(statement.tokens, i + cue.length) || notDeciding(statement.tokens, i + cue.length)) && othersIgnorance(statement.tokens, i)) {
        return add(evidence, 'broken', w);
      }
      // « Pôle emploi ne propose pas de personnel », « La CAF ne fait pas de recherche d'emploi »:
      // what someone else does not do, a complaint (« je n'ai pas de personnel » answers nothing).
      if (othersRefusal(statement.tokens, i)) return add(evidence, 'broken', w);
      evidence.nonAnswer = true;
      return 'none';
    case 'reference':
      // « Voir plus haut : école, transports en commun, hôpitaux » points back, then answers again.
      // « Guichet unique de liaison (voir ci-dessus) » answers, then points back: words on either side count.
      if (!restates(statement.tokens, i + cue.length, answerWords(statement.tokens, 0, i))) evidence.nonAnswer = true;
      return 'none';
    case 'neutral':
      return 'none';
  }
}

/**
 * Praise as its frame reads it: lost ("c'était mieux avant"), ironic, conceded, a mere goal, or the
 * state a proposal would bring ("ce serait plus simple si…"), which supports the need, or the one a
 * counterfactual condition wishes for (« si le traitement était plus rapide »), which also says it is not so.
 */
function praise(evidence: Evidence, weight: number, frame: Frame): TagKey | 'request' | 'none' {
  switch (frame) {
    case 'ironic':
    case 'past':
    case 'hindered':
      return add(evidence, 'broken', weight);
    case 'conceded':
      return add(evidence, 'working', weight * CONCEDED);
    case 'purpose':
    case 'instead':
    case 'reported':
      return 'none';
    case 'proposed':
      return request(evidence, weight);
    case 'counterfactual':
      // « si le traitement était plus rapide »: wished for, and not so today.
      evidence.broken += weight;
      return request(evidence, weight);
    case 'plain':
      return add(evidence, 'working', weight);
  }
}

/** "ce que l'on souhaite", "des pistes que chacun doit étudier": a relative clause, not a demand. */
function relative(tokens: readonly string[], i: number): boolean {
  if (!SUBJECTS.has(tokens[i - 1] ?? '')) return false;
  const k = tokens[i - 2] === 'le' ? i - 3 : i - 2; // "que l'on"
  return tokens[k] === 'que';
}

function possessed(tokens: readonly string[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 3), i).filter((t) => t !== BOUNDARY);
  return before.some((t) => POSSESSIVES.has(t));
}

function request(evidence: Evidence, weight: number): 'request' {
  evidence.needs += weight;
  return 'request';
}

/** Words that, right after « je ne sais pas », say what is not known (« à qui », « où », « pourquoi »…). */
const UNKNOWN_OBJECT = new Set('a qui ou comment pourquoi quand combien quel quelle quels quelles vers aupres auquel laquelle lequel'.split(' '));
/** …unless it is the answer itself that is not known (« je ne sais pas comment répondre »). */
const ANSWERING = new Set('repondre dire penser quoi'.split(' '));

/** The phrase read ends with « sais pas » or « connais pas » (not « non concerné », « sans objet »…). */
function notKnowing(tokens: readonly string[], end: number): boolean {
  return tokens[end - 1] === 'pas' && (tokens[end - 2] === 'sais' || tokens[end - 2] === 'connais');
}

/** The phrase read ends with « prononce(nt) pas » (« ne se prononce pas »). */
function notDeciding(tokens: readonly string[], end: number): boolean {
  return tokens[end - 1] === 'pas' && (tokens[end - 2] === 'prononce' || tokens[end - 2] === 'prononcent');
}

function asksWhatIsUnknown(tokens: readonly string[], next: number): boolean {
  // « Je ne sais pas concrètement à quelle formation m'adresser », « …pas, aujourd'hui, quel est… »:
  // an adverb or an aside may come between.
  let at = next;
  let aside = false;
  for (; at < next + MAX_INCISE && (tokens[at] === BOUNDARY || isIncise(tokens[at])); at++) {
    if (tokens[at] === BOUNDARY) aside = true;
  }
  const word = tokens[at];
  if (word === undefined || !UNKNOWN_OBJECT.has(word)) return false;
  // After a comma, « ou » is « or » and « quand » opens a clause of its own (« …pas, quand on voit… »).
  if (aside && (word === 'ou' || word === 'quand')) return false;
  // « à qui m'adresser », « à quelle formation »: the word after « à » says which (after an aside, only
  // « qui », « quel »…: not « je ne sais pas, à mon avis… »); « comment répondre »: the answer itself;
  // « je ne sais pas comment » alone says nothing more than « je ne sais pas ».
  if (at > next && word === 'a' && !ASKING_AFTER_A.has(tokens[at + 1] ?? '')) return false;
  const after = tokens[word === 'a' ? at + 2 : at + 1];
  return after !== undefined && after !== BOUNDARY && !ANSWERING.has(after);
}

/** Words that may stand between « je ne sais pas » and what is not known, clause breaks included. */
const MAX_INCISE = 4;
const INCISES = new Set('aujourd hui vraiment exactement encore toujours actuellement maintenant trop bien plus du tout'.split(' '));
/** After « à », the words that ask (« à qui », « à quel service », « à quoi »). */
const ASKING_AFTER_A = new Set('qui quoi quel quelle quels quelles lequel laquelle lesquels lesquelles'.split(' '));

function isIncise(token: string | undefined): boolean {
  // Adverbs in -ement, -amment, -emment (« concrètement », « évidemment »), not « comment ».
  return token !== undefined && (INCISES.has(token) || (token.length >= 8 && /(?:ement|amment|emment)$/.test(token)));
}

/** Words that only say where the earlier answer is (« voir réponse à la question précédente »). */
const POINTING = new Set('voir cf idem meme reponse reponses repondu repeter question questions precedente precedent precedemment haut dessus dessous supra plus ci remarque point chose'.split(' '));
/** Content words after a pointer from which the statement restates its answer. */
const RESTATED_WORDS = 3;

/** Whether, with `before` words of answer before a pointer ending at `from`, the statement holds an answer of its own. */
function restates(tokens: readonly string[], from: number, before = 0): boolean {
  return before + answerWords(tokens, from, tokens.length) >= RESTATED_WORDS;
}

/** Content words between `from` and `to` that do not merely point back. */
function answerWords(tokens: readonly string[], from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) {
    const token = tokens[k] as string;
    if (token.length > 2 && !STOPWORDS.has(token) && !POINTING.has(token)) words++;
  }
  return words;
}

/**
 * « ne sais pas » / « ne connais pas » right after a noun (« l'administration ne sait pas »,
 * « Pôle emploi ne connais pas ») says what someone else does not know; after « je », a pronoun, a
 * clause break or at the start, the writer does not know: a non-answer.
 */
function othersIgnorance(tokens: readonly string[], cueAt: number): boolean {
  const first = tokens[cueAt] === 'ne' || tokens[cueAt] === 'n' ? cueAt : cueAt - 1;
  if (tokens[first] !== 'ne' && tokens[first] !== 'n') return false;
  return othersSubject(tokens, first);
}

/**
 * A phrase of non-answer opening on « pas » (« pas de personnel », « pas de recherche d'emploi »)
 * that ends a negation « ne <verb> pas » whose subject is someone else: « Pôle emploi ne propose pas
 * de personnel ». After « je », « nous », « on », impersonal « il » or one's own (« mon entreprise
 * n'a pas de salarié »), the writer says what does not concern them.
 */
function othersRefusal(tokens: readonly string[], cueAt: number): boolean {
  if (tokens[cueAt] !== 'pas') return false;
  // « ne propose pas », « ne nous propose pas », « n'y a pas »: « ne » at most three words before.
  for (let k = cueAt - 2; k >= 0 && k >= cueAt - 4; k--) {
    const token = tokens[k] as string;
    if (token === BOUNDARY) return false;
    if (token !== 'ne' && token !== 'n') continue;
    // « Activité ne demandant pas de recrutement » describes one's own activity.
    const verb = tokens[k + 1] as string;
    if (verb.endsWith('ant')) return false;
    // « ils ne sont pas concernés » (the writer's children): a pronoun only names someone else before an action.
    return othersSubject(tokens, k, !COPULAS.has(verb));
  }
  return false;
}

const COPULAS = new Set('est sont etait etaient sera seront serait seraient suis sommes etes'.split(' '));

/** Third persons that name someone else (« ils ne proposent pas… »); « il » is as often impersonal. */
const OTHERS = new Set(['ils', 'elles']);
/** Possessives of the writer: « mon entreprise », « notre structure » is the writer's own. */
const OWN = new Set(['mon', 'ma', 'mes', 'notre', 'nos']);

/** Whether the word before « ne » at `ne` is a subject other than the writer: a noun (or, with `pronouns`, « ils »), not « je » nor one's own. */
function othersSubject(tokens: readonly string[], ne: number, pronouns = true): boolean {
  const before = tokens[ne - 1];
  if (before === undefined || before === BOUNDARY) return false;
  if (OTHERS.has(before)) return pronouns;
  if (before.length <= 2 || STOPWORDS.has(before) || SUBJECTS.has(before) || ADVERBS_BEFORE_NE.has(before)) return false;
  for (let k = ne - 2; k >= 0 && k >= ne - 4 && tokens[k] !== BOUNDARY; k--) if (OWN.has(tokens[k] as string)) return false;
  return true;
}

/** Words that may stand before « ne » with the writer still the subject (« personnellement ne sais pas »). */
const ADVERBS_BEFORE_NE = new Set('personnellement perso franchement honnetement sincerement vraiment actuellement encore toujours moi'.split(' '));

function lackTag(context: ContextKind, atStart: boolean): TagKey {
  return context === 'needs' || (context === null && atStart) ? 'needs' : 'broken';
}

function add(evidence: Evidence, tag: TagKey, weight: number): TagKey {
  evidence[tag] += weight;
  return tag;
}
