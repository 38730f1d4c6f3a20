/**
 * Decidim open-data CSV exports, recognised by their flattened JSON headers. Proposals: text = title +
 * body, question = category, weight = the participants' supports (`votes` in older exports, `supports`
 * since 0.23, else endorsements), as « (12 votes) » weighs a workshop's item; tagged `needs`, since a
 * proposal is a request by nature: read `auto`, a quarter of the MEL's came out « Ce qui dysfonctionne »
 * for the problem their title names before the change asked (« Une taxe est à appliquer »). A sidecar's
 * `textes:` (tag: auto) gives them back to the tagger. Comments: text = body,
 * question = the debate (or proposal) the comment or its reply belongs to, known only by the number
 * ending `root_commentable_url` (its title is in another export: the sidecar's `questions:` gives it).
 * The session's participants are the distinct `author/id` (a comment's author may write 40 of them;
 * a name may be blank or shared): the ids are counted, never published. A session stays undated: its
 * `created_at` span weeks, and Session.date is a workshop's day (the site shows it as « Date »).
 * Personal columns (`author/name`, `user_group/…`) are never mapped to an item; authors' names are
 * masked wherever a comment quotes them (replies often do). Groups' names (an association, a town hall)
 * are not personal data and stay.
 */
import { emptyMapping, type Mapping, type WeightColumn } from '../mapping-types.ts';

/** Count columns of a proposal, most telling first: supports are votes; endorsements come after. */
const WEIGHT_HEADERS = ['votes', 'supports', 'endorsements/total_count', 'endorsements'];

export function decidimMapping(header: readonly string[]): Mapping | null {
  const at = (name: string): number => header.indexOf(name);
  const body = at('body');
  if (body === -1) return null;
  const title = at('title');
  const category = at('category/name/fr');
  if (title !== -1 && (category !== -1 || at('votes') !== -1 || at('supports') !== -1 || at('category/id') !== -1)) {
    return {
      ...emptyMapping('decidim-propositions'),
      texts: [{ column: body, prefix: title, header: 'body', tag: 'needs', html: true, question: null }],
      question: category === -1 ? null : { column: category, read: 'cell' },
      weight: weightColumn(header),
      names: authorColumns(header),
      respondent: nullIfAbsent(at('author/id')),
    };
  }
  // Comments stay `auto`: they argue, approve or complain as much as they ask.
  if (at('alignment') !== -1 && at('depth') !== -1) {
    const root = at('root_commentable_url');
    return {
      ...emptyMapping('decidim-commentaires'),
      texts: [{ column: body, prefix: null, header: 'body', tag: 'auto', html: true, question: null }],
      question: root === -1 ? null : { column: root, read: 'url-end' },
      names: authorColumns(header),
      respondent: nullIfAbsent(at('author/id')),
    };
  }
  return null;
}

function weightColumn(header: readonly string[]): WeightColumn | null {
  const name = WEIGHT_HEADERS.find((h) => header.includes(h));
  return name === undefined ? null : { column: header.indexOf(name), header: name };
}

function nullIfAbsent(column: number): number | null {
  return column === -1 ? null : column;
}

function authorColumns(header: readonly string[]): number[] {
  return ['author/name', 'author/nickname'].map((name) => header.indexOf(name)).filter((column) => column !== -1);
}
