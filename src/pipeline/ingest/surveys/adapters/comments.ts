/**
 * Talk-to-the-City / Pol.is style `comment-id,comment-body` files: the body is the text. Other columns
 * are never mapped to an item; `interview` holds a speaker's name, masked wherever a comment quotes it.
 */
import { emptyMapping, type Mapping } from '../mapping-types.ts';

export function commentsMapping(header: readonly string[]): Mapping | null {
  const body = header.indexOf('comment-body');
  if (body === -1 || !header.includes('comment-id')) return null;
  return {
    ...emptyMapping('commentaires'),
    texts: [{ column: body, prefix: null, header: 'comment-body', tag: 'auto', html: false, question: null }],
    names: header.includes('interview') ? [header.indexOf('interview')] : [],
  };
}
