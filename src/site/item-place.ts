/**
 * Where an item sits, in the few words that tell its links apart for a screen reader, which lists a
 * page's links by name: 61 « Lien permanent vers cet élément (data/enquetes/…csv, ligne 3 (réponse
 * n° 2), colonne de la question) » on a session page, 52 links « Questionnaire jeunes 2026 » to as many
 * answers on a theme page. The file path is on the source line under the quote; a name says only
 * what differs.
 */
import type { FeedbackItem, Session } from '../pipeline/model.ts';
import type { VerbatimQuestion } from './verbatim-question.ts';
import { formatDate } from './format.ts';
import { profileLabel } from './labels.ts';
import { answerPlace, joinSource } from './source-parts.ts';

export { answerPlace };

type Placed = Pick<FeedbackItem, 'id' | 'source'>;

/** Each item's rank among the items of its answer (or line), by column: computed once per list of items. */
const ranks = new WeakMap<readonly Placed[], Map<string, { rank: number; of: number }>>();

function ranksOf(items: readonly Placed[]): Map<string, { rank: number; of: number }> {
  let found = ranks.get(items);
  if (found) return found;
  const groups = new Map<string, Array<{ item: Placed; order: number }>>();
  items.forEach((item, order) => {
    const key = `${item.source.file}\u0000${answerPlace(item.source)}`;
    const group = groups.get(key) ?? [];
    group.push({ item, order });
    groups.set(key, group);
  });
  found = new Map();
  for (const group of groups.values()) {
    group.sort((a, b) => a.item.source.column - b.item.source.column || a.order - b.order);
    group.forEach(({ item }, index) => found?.set(item.id, { rank: index + 1, of: group.length }));
  }
  ranks.set(items, found);
  return found;
}

/** Its rank among the items of its answer (or line) and their number, 1 and 1 alone (the search index stores them). */
export function itemRank(items: readonly Placed[], item: Placed): { rank: number; of: number } {
  return ranksOf(items).get(item.id) ?? { rank: 1, of: 1 };
}

/**
 * « réponse n° 129 », or « réponse n° 129, élément 2 sur 3 » when its answer (or line) gave several
 * items (a cell split in two, several columns of one answer): `items` is the consultation's.
 */
export function itemPlace(items: readonly Placed[], item: Placed): string {
  const ranked = ranksOf(items).get(item.id);
  return ranked && ranked.of > 1 ? `${answerPlace(item.source)}, élément ${ranked.rank} sur ${ranked.of}` : answerPlace(item.source);
}

/**
 * The place in a permalink's name: « réponse n° 2, question « Vos attentes » » when the column's
 * name is the question, « réponse n° 2, colonne « Commentaire » » otherwise, « ligne 12 » for a note;
 * with « élément 2 sur 3 » as `itemPlace` says.
 */
export function permalinkPlace(items: readonly Placed[], item: Placed, question: VerbatimQuestion | null): string {
  const field = item.source.field?.trim();
  const place = itemPlace(items, item);
  return field ? `${place}, ${question?.text === field ? 'question' : 'colonne'} « ${field} »` : place;
}

/**
 * A verbatim's source as a reader quotes it, the same on every page that shows one (VerbatimItem.astro)
 * and in the citation it copies: « Questionnaire conseillers et équipes 2026 · réponse n° 98 ·
 * Partenaire · Auvergne-Rhône-Alpes » for a survey answer (who answered, from where: a survey has no
 * place of its own), « Atelier Occitanie — Toulouse, 18 novembre 2026 · ligne 12 » for a note's item.
 * The file's path is for the bureau: on hover (the line's title) and in the exports, not in the text.
 */
export function readableSource(
  item: Pick<FeedbackItem, 'source' | 'profile' | 'region'>,
  session: Pick<Session, 'title' | 'kind' | 'date'> | undefined,
  regionName: (code: string) => string | undefined,
): string {
  if (!session) return joinSource([item.source.file, answerPlace(item.source)]);
  if (!sourceNamesRespondent(session)) return joinSource([sourceHead(session), answerPlace(item.source)]);
  const region = item.region ? regionName(item.region) : undefined;
  return joinSource([session.title, answerPlace(item.source), item.profile ? profileLabel(item.profile) : '', region ?? '']);
}

/**
 * Whether `readableSource` names who answered (profile, region): a survey answer's does, a note's item does not. Where
 * it does, the item's details line leaves the profile out (VerbatimItem.astro): said twice otherwise, once in each line.
 */
export function sourceNamesRespondent(session: Pick<Session, 'kind'> | undefined): boolean {
  return session?.kind === 'survey';
}

/**
 * The words of an item's source line that its details line already says where the item is listed away from its session
 * (theme and region pages, VerbatimItem.astro's `showContext`): its session's title, linked there, with what follows
 * it (« Questionnaire … · », « Atelier de Toulouse, » before its date), and a survey answer's region, linked there
 * (« · Bretagne »). The page leaves them out of sight, the copied citation reads the line whole.
 */
export function sourceSaidAbove(
  item: Pick<FeedbackItem, 'region'>,
  session: Pick<Session, 'title' | 'kind' | 'date'> | undefined,
  regionName: (code: string) => string | undefined,
): { head: string; tail: string } {
  if (!session) return { head: '', tail: '' };
  const head = `${session.title}${sourceHead(session) === session.title ? ' · ' : ', '}`;
  const region = sourceNamesRespondent(session) && item.region ? regionName(item.region) : undefined;
  return { head, tail: region ? ` · ${region}` : '' };
}

/**
 * `source` cut in three, `head` and `tail` each set apart only if the line starts (ends) with it and something is left
 * between them: the words shown are `shown`, never nothing.
 */
export function splitSource(source: string, head: string, tail: string): { head: string; shown: string; tail: string } {
  const start = head !== '' && source.startsWith(head) ? head : '';
  const end = tail !== '' && source.endsWith(tail) && source.length > start.length + tail.length ? tail : '';
  if (source.length === start.length) return { head: '', shown: source, tail: '' };
  return { head: start, shown: source.slice(start.length, source.length - end.length), tail: end };
}

/** What a source line says first: the session's title, with a workshop's date (« Atelier de Toulouse, 18 novembre 2026 »). */
export function sourceHead(session: Pick<Session, 'title' | 'kind' | 'date'>): string {
  return session.kind === 'workshop' && session.date ? `${session.title}, ${formatDate(session.date)}` : session.title;
}

