/**
 * The question a verbatim answers, as readers see it beside the quote: a survey answer's question
 * (its row's, its column's header, a Decidim debate's title) or the heading a note's item sits
 * under. Without it a bare « Non » or « Les délais » means nothing. Shared by the site's lists
 * (VerbatimItem.astro) and the search index (src/search/build/documents.ts), so both leave out the
 * same ones. The text is untrusted and already masked by the pipeline: callers print it as text.
 */
import type { FeedbackItem, Session, SourceRef, Tag } from '../pipeline/model.ts';
import { exactHeadingTag } from '../pipeline/ingest/notes/sections.ts';
import { sourcePlace } from '../pipeline/source-place.ts';
import { QUESTION_LABELS, type QuestionKind } from './question-label.ts';

export { QUESTION_LABELS, type QuestionKind } from './question-label.ts';

type SessionKind = Session['kind'];

export interface VerbatimQuestion {
  kind: QuestionKind;
  text: string;
}

/**
 * The question to show with `item`, or null. Left out when it only names the part whose tag the badge
 * beside the quote already gives: « Ce qui fonctionne », « Irritants », « 2. Ce qui ne fonctionne pas »
 * (any synonym of `sections.ts`), on a note as on a survey column named like a part. Shown when the
 * tag differs (the item was moved from its part: the heading then says something) and for any
 * subheading (« Justice »), which the badge cannot say.
 */
export function verbatimQuestion(item: Pick<FeedbackItem, 'question' | 'tag'>, sessionKind: SessionKind): VerbatimQuestion | null {
  const text = item.question?.trim() ?? '';
  if (text === '' || headingTagOf(text) === item.tag) return null;
  return { kind: sessionKind === 'survey' || text.endsWith('?') ? 'question' : 'heading', text };
}

/**
 * `exactHeadingTag` once per distinct question: it is asked for every item by the search index and the
 * exports (a million at most), and a consultation has few distinct questions.
 */
const headingTags = new Map<string, Tag | null>();
function headingTagOf(text: string): Tag | null {
  let tag = headingTags.get(text);
  if (tag === undefined) headingTags.set(text, (tag = exactHeadingTag(text)));
  return tag;
}

/**
 * Where the item sits in its file, for the source line under the quote: « ligne 79 (réponse n° 73),
 * colonne de la question » when the column's name is the question shown (above the quote, or once in
 * the page's header), which a survey's header usually is — said once, in full, where it explains the
 * answer. Any other column keeps its name (`sourcePlace`), as the exports and `check` give it.
 */
export function verbatimSource(source: SourceRef, question: VerbatimQuestion | null): string {
  if (!question || source.field === undefined || source.field.trim() !== question.text) return sourcePlace(source);
  const { field: _said, ...place } = source;
  return `${sourcePlace(place)}, colonne de la question`;
}

/** « Question : Ce qui vous gêne au quotidien ». */
export function questionLine(question: VerbatimQuestion): string {
  return `${QUESTION_LABELS[question.kind]} : ${question.text}`;
}

/**
 * The question every item of a list answers, when they all answer the same one (a survey session
 * with a single free-text column): the page says it once instead of under every item. Null otherwise,
 * and when some item has none to show.
 */
export function commonQuestion(items: readonly FeedbackItem[], sessionKind: SessionKind): VerbatimQuestion | null {
  let common: VerbatimQuestion | null = null;
  for (const item of items) {
    const question = verbatimQuestion(item, sessionKind);
    if (!question) return null;
    if (common && (common.text !== question.text || common.kind !== question.kind)) return null;
    common ??= question;
  }
  return common;
}
