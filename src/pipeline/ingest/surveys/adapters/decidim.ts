/**
 * Decidim open-data CSV exports, recognised by their flattened JSON headers. Proposals: text = title +
 * body, question = category. Comments: text = body. Personal columns (`author/name`, `user_group/…`)
 * are never mapped to an item; authors' names are masked wherever a comment quotes them (replies
 * often do). Groups' names (an association, a town hall) are not personal data and stay.
 */
import { emptyMapping, type Mapping } from '../mapping-types.ts';

export function decidimMapping(header: readonly string[]): Mapping | null {
  const at = (name: string): number => header.indexOf(name);
  const body = at('body');
  if (body === -1) return null;
  const title = at('title');
  const category = at('category/name/fr');
  if (title !== -1 && (category !== -1 || at('votes') !== -1 || at('category/id') !== -1)) {
    return {
      ...emptyMapping('decidim-propositions'),
      texts: [{ column: body, prefix: title, header: 'body', tag: 'auto', html: true, question: null }],
      question: category === -1 ? null : category,
      names: authorColumns(header),
    };
  }
  if (at('alignment') !== -1 && at('depth') !== -1) {
    return {
      ...emptyMapping('decidim-commentaires'),
      texts: [{ column: body, prefix: null, header: 'body', tag: 'auto', html: true, question: null }],
      names: authorColumns(header),
    };
  }
  return null;
}

function authorColumns(header: readonly string[]): number[] {
  return ['author/name', 'author/nickname'].map((name) => header.indexOf(name)).filter((column) => column !== -1);
}
