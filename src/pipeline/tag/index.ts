/**
 * The tagging stage: every item gets working, broken or needs, with its source (explicit or
 * inferred) and a confidence.
 * - An item whose section or column gave a tag keeps it: `explicit`, confidence 1; unless it says
 *   nothing (« RAS », « Aucun »: explicit.ts), read then as an `auto` answer would be.
 * - These explicit items are labelled data: a naive Bayes model learned from them (bayes.ts, when
 *   there are at least 50) is combined with the French lexicon to infer the `auto` items.
 * - An `auto` item is split into its statements (tag-text.ts); each statement that carries a tag
 *   becomes an item (id `<id>-<n>` when split), published under its dominant tag.
 * - An item that answers nothing ("RAS", "sans objet") is rejected, with one warning per file
 *   and question, so the reconciliation accounts for it; the short answers to a mixed question that
 *   name without a judgement read (tag-text.ts `unjudged`) get a warning of their own, and so do the
 *   contacts left without feedback (« disponible pour en parler : [téléphone] », tag-text.ts `contact`),
 *   set aside for a reason of their own.
 */
import type { Diagnostic, FeedbackItem, RawItem, RejectionReason } from '../model.ts';
import { diagnostic } from '../diagnostics.ts';
import { plural } from '../text/plural.ts';
import { trainBayes, type BayesModel } from './bayes.ts';
import { tagText, type TextTagging } from './tag-text.ts';
import { proposesChange } from './context.ts';
import { emptyAnswer, judgedAnswer, MAX_EMPTY_LENGTH, type EmptyAnswer } from './explicit.ts';
import { yesMeans } from './judging-question.ts';
import { JUDGED_CONFIDENCE } from './tag-text.ts';
import { wholeReading } from './voted-whole.ts';
import { frequentTexts, quoteWithCount } from './frequent-texts.ts';

export type TaggedItem = Omit<FeedbackItem, 'themes'>;
export { tagText, type TextTagging, type TaggedSegment, type TagOptions } from './tag-text.ts';
export { trainBayes, type BayesModel } from './bayes.ts';

/** The reason an item that answers nothing is set aside, and the code of the diagnostic that says so. */
export const NON_ANSWER = 'non-reponses-ecartees' satisfies RejectionReason;
/** The reason a short answer to a mixed question without a judgement read is set aside (tag-text.ts `unjudged`), and its diagnostic's code. */
export const UNJUDGED = 'sans-jugement-lisible' satisfies RejectionReason;
/** The reason a contact left without feedback is set aside (tag-text.ts `contact`), and its diagnostic's code. */
export const CONTACT_LEFT = 'coordonnees-laissees' satisfies RejectionReason;

export interface TagResult {
  items: TaggedItem[];
  /** Set aside as NON_ANSWER. */
  rejected: RawItem[];
  /** Set aside as UNJUDGED. */
  unjudged: RawItem[];
  /** Set aside as CONTACT_LEFT. */
  contacts: RawItem[];
  diagnostics: Diagnostic[];
}

export function tagItems(items: RawItem[]): TagResult {
  // Learned on first need: a consultation without any `auto` item never pays for the training.
  let model: BayesModel | null | undefined;
  const tagged: TaggedItem[] = [];
  const rejected: RawItem[] = [];
  const unjudgedItems: RawItem[] = [];
  const contactItems: RawItem[] = [];
  const nonAnswers = new Map<string, RawItem[]>();
  // A tagging depends only on the text, the question and the model (fixed for the run), and a
  // quarter of survey answers repeat one already read ("Non concerné", "RAS"): read each once.
  // Question → text → tagging, for this run only.
  const read = new Map<string, Map<string, TextTagging>>();
  // Short texts of explicit items → whether they say nothing, for this run only.
  const empty = new Map<string, EmptyAnswer | null>();
  // Grouped by file, question, kind of column and why: one warning each, with advice that fits it.
  // The groups of answers set aside as `unjudged` (tag-text.ts), said apart from the non-answers.
  const unjudged = new Set<RawItem[]>();
  // The groups of contacts left without feedback, said apart.
  const contacts = new Set<RawItem[]>();
  const reject = (item: RawItem, kind: 'none' | 'unjudged' | 'contact' = 'none') => {
    (kind === 'unjudged' ? unjudgedItems : kind === 'contact' ? contactItems : rejected).push(item);
    const key = `${item.source.file}\u0000${item.question ?? ''}\u0000${item.declaredTag === 'auto'}\u0000${kind}`;
    let group = nonAnswers.get(key);
    if (group === undefined) {
      nonAnswers.set(key, (group = []));
      if (kind === 'unjudged') unjudged.add(group);
      if (kind === 'contact') contacts.add(group);
    }
    group.push(item);
  };
  // Indexed loops over the items here and below: each runs once over every item, mostly before the
  // optimising compiler takes over, and a for…of there allocates an iterator result per item.
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as RawItem;
    if (item.declaredTag !== 'auto') {
      const position = proposesChange(item.question);
      const says = emptyOnce(empty, item.text, position);
      // « Non » to « Êtes-vous satisfait… ? » judges today, whatever the column's tag: the question's
      // verdict, as in an `auto` column (tag-text.ts). Only an empty answer is looked at: rarely any.
      const yes = says === null || position ? null : yesMeans(item.question);
      const judged = yes === null ? null : judgedAnswer(item.text, yes);
      if (judged !== null) tagged.push({ ...unmarked(item), tag: judged, tagSource: 'inferred', confidence: JUDGED_CONFIDENCE });
      else if (says === 'none' || (says === 'refusal' && item.declaredTag !== 'working')) reject(item);
      // « Aucun », « Pas de service public » under « Ce qui fonctionne »: nothing works (the confidence
      // tag-text.ts gives a refusal). Elsewhere a named absence keeps its section's tag.
      else if (says !== null && item.declaredTag === 'working') tagged.push({ ...item, tag: 'broken', tagSource: 'inferred', confidence: 0.8 });
      else tagged.push({ ...unmarked(item), tag: item.declaredTag, tagSource: 'explicit', confidence: 1 });
      continue;
    }
    if (model === undefined) model = learn(items); // null (too few examples) is an answer too
    const result = readOnce(read, item, model);
    if (result.none || result.segments.length === 0) {
      reject(item, result.unjudged ? 'unjudged' : result.contact ? 'contact' : 'none');
      continue;
    }
    const split = result.segments.length > 1;
    if (split && item.voted) {
      const whole = wholeReading(result.segments);
      tagged.push({ ...unmarked(item), tag: whole.tag, tagSource: 'inferred', confidence: whole.confidence });
      continue;
    }
    const published = unmarked(item);
    result.segments.forEach((segment, index) => {
      tagged.push({
        ...published,
        id: split ? `${item.id}-${index + 1}` : item.id,
        text: segment.text,
        tag: segment.primary,
        tagSource: 'inferred',
        confidence: segment.confidence,
      });
    });
  }
  const groups = [...nonAnswers.values()];
  const closed = closedQuestions(groups.filter((group) => !unjudged.has(group) && !contacts.has(group)), items);
  const warn = (group: RawItem[]) =>
    unjudged.has(group) ? unjudgedDiagnostic(group) : contacts.has(group) ? contactDiagnostic(group) : nonAnswerDiagnostic(group, closed.has(group));
  return { items: tagged, rejected, unjudged: unjudgedItems, contacts: contactItems, diagnostics: groups.map(warn) };
}

/** The item without `voted`, read here and not published (only voted survey rows have it: few objects made). */
function unmarked(item: RawItem): RawItem {
  if (!item.voted) return item;
  const { voted: _voted, ...published } = item;
  return published;
}

/**
 * Repeats are short answers ("Non concerné", "RAS", "non"): among the 143,719 real Grand Débat
 * answers, 37,000 repeat an earlier one, 36,000 of them 32 characters or fewer, while longer
 * answers almost never repeat. Remembering only short ones keeps the memo small and its look-ups
 * cheap (a long key costs a hash of every character, and holds a tagging that is never reused).
 */
const MEMO_MAX_LENGTH = 32;

function readOnce(read: Map<string, Map<string, TextTagging>>, item: RawItem, model: BayesModel | null): TextTagging {
  if (item.text.length > MEMO_MAX_LENGTH) return tagText(item.text, item.question, { model });
  let answers = read.get(item.question ?? '');
  if (answers === undefined) {
    answers = new Map();
    read.set(item.question ?? '', answers);
  }
  let result = answers.get(item.text);
  if (result === undefined) {
    result = tagText(item.text, item.question, { model });
    answers.set(item.text, result);
  }
  return result;
}

/**
 * `emptyAnswer`, read once per text: only short texts can say nothing, and they repeat (« RAS »,
 * « Non », « Rien », thousands of times in a national survey); longer ones skip the memo too.
 */
function emptyOnce(memo: Map<string, EmptyAnswer | null>, text: string, position: boolean): EmptyAnswer | null {
  if (text.length > MAX_EMPTY_LENGTH) return null;
  // « Oui » to « Faut-il… ? » is a position, « Oui » elsewhere nothing: read apart from the memo.
  if (position) return emptyAnswer(text, true);
  let says = memo.get(text);
  if (says === undefined) {
    says = emptyAnswer(text);
    memo.set(text, says);
  }
  return says;
}

/** The model learned from the explicitly tagged items, or null when they are too few. */
function learn(items: RawItem[]): BayesModel | null {
  const examples = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as RawItem;
    if (item.declaredTag !== 'auto') examples.push({ text: item.text, tag: item.declaredTag });
  }
  return trainBayes(examples);
}

/** The answers a group of set-aside items holds most often, quoted with their counts. */
function examplesOf(group: readonly RawItem[]): string {
  return frequentTexts(group.map((item) => item.text), 3).map((example) => quoteWithCount(example, shorten)).join(', ');
}

/** Where a group of set-aside answers stands: its first answer's place, and « dans « <question> » » when it has one. */
function groupPlace(group: readonly RawItem[]): { first: RawItem; where: string; at: { file: string; line: number; column: number | undefined } } {
  const first = group[0] as RawItem;
  const where = first.question ? ` dans « ${shorten(first.question, 60)} »` : '';
  return { first, where, at: { file: first.source.file, line: first.source.line, column: first.source.column } };
}

function nonAnswerDiagnostic(group: RawItem[], closed: boolean): Diagnostic {
  const { first, where, at } = groupPlace(group);
  const count = plural(group.length, 'non-réponse écartée', 'non-réponses écartées');
  return diagnostic({
    code: NON_ANSWER,
    severity: 'warning',
    message: `${count}${where} (${closed ? 'surtout des oui et des non' : 'RAS, sans objet, non concerné…'}) : ${examplesOf(group)}.`,
    hint: closed
      ? 'Ces réponses sont surtout des oui et des non : la colonne pose une question fermée. Déclarez-la dans « echelles » ' +
        'du fichier .yml de l’enquête (echelles: [nom de la colonne]) : ses réponses y sont comptées en graphique au lieu ' +
        'd’être écartées (une étiquette, tag:, ne les garderait pas).'
      : "Ces réponses ne disent ni ce qui fonctionne, ni ce qui dysfonctionne, ni ce qui manque : elles sont " +
      (first.declaredTag === 'auto'
        ? 'comptées comme écartées dans le bilan. Si l’une est une vraie réponse, donnez une étiquette à sa colonne ' +
          '(tag: working, broken ou needs) ou reformulez-la.'
        : 'comptées comme écartées dans le bilan, même sous une des trois parties ou une colonne qui donne l’étiquette. Si l’une ' +
          'est une vraie réponse, écrivez-la en entier (« aucun outil ne manque » plutôt que « aucun »).'),
    ...at,
  });
}

/**
 * Answers to a « satisfaction et/ou difficultés » question that name something (« Les charges », « École
 * mairie ») without a judgement the tagger reads: not « RAS », so said apart, with their own count, for
 * the bureau to reread the ones that do judge (« Tout s’est fait très simplement »).
 */
function unjudgedDiagnostic(group: RawItem[]): Diagnostic {
  const { where, at } = groupPlace(group);
  const count = plural(group.length, 'réponse écartée', 'réponses écartées');
  return diagnostic({
    code: UNJUDGED,
    severity: 'warning',
    message: `${count}${where} faute d’avis lu (elles nomment sans dire ce qui va ou ne va pas) : ${examplesOf(group)}.`,
    hint:
      'La question demande une satisfaction ou une difficulté, et l’étiquetage ne lit dans ces réponses courtes ni l’une ni ' +
      'l’autre : elles sont comptées à part dans le bilan (« sans jugement lisible ») et listées dans les écartés. Relisez-les : ' +
      'si elles disent surtout des difficultés, donnez une étiquette à la colonne (tag: broken) pour les garder.',
    ...at,
  });
}

/**
 * Answers that only leave a telephone number or an e-mail address (« Je suis disponible pour en parler :
 * [téléphone] »): no feedback to publish, set aside for a reason of their own (not « RAS »: someone offers
 * to say more), for the bureau to call back the ones it wants to hear.
 */
function contactDiagnostic(group: RawItem[]): Diagnostic {
  const { where, at } = groupPlace(group);
  const count = plural(group.length, 'réponse écartée', 'réponses écartées');
  return diagnostic({
    code: CONTACT_LEFT,
    severity: 'warning',
    message: `${count}${where} (des coordonnées laissées, sans avis sur l’outil) : ${examplesOf(group)}.`,
    hint:
      'Ces réponses donnent un téléphone ou une adresse pour être recontacté, sans dire ce qui fonctionne, ce qui ' +
      'dysfonctionne ou ce qui manque : elles ne sont pas publiées et sont comptées à part dans le bilan (« coordonnées laissées »). ' +
      'Elles restent listées dans les écartés, avec leur ligne dans le fichier, pour qui voudrait recontacter leurs auteurs.',
    ...at,
  });
}

/** A bare « oui » or « non » (a closed question's answer), punctuation and case aside. */
const YES_OR_NO = /^\s*(?:oui|non)\s*[.!]*\s*$/i;

/**
 * The groups of survey non-answers that are a closed question's answers: most of the group is bare
 * yes and no, and so is most of its column (file and question) — three « Oui » among 690 comments
 * are no reason to chart the comments. Columns are counted only for such groups: rarely any.
 */
function closedQuestions(groups: readonly RawItem[][], items: readonly RawItem[]): Set<RawItem[]> {
  const key = (item: RawItem) => `${item.source.file}\u0000${item.question ?? ''}`;
  const candidates = groups.filter((group) => group[0]?.source.row !== undefined && yesOrNoCount(group) * 2 > group.length);
  if (candidates.length === 0) return new Set();
  const sizes = new Map(candidates.map((group) => [key(group[0] as RawItem), 0]));
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i] as RawItem);
    const size = sizes.get(k);
    if (size !== undefined) sizes.set(k, size + 1);
  }
  return new Set(candidates.filter((group) => yesOrNoCount(group) * 2 > (sizes.get(key(group[0] as RawItem)) as number)));
}

function yesOrNoCount(group: readonly RawItem[]): number {
  return group.filter((item) => YES_OR_NO.test(item.text)).length;
}

function shorten(text: string, max = 30): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
