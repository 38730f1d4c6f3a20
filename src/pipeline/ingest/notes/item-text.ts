/**
 * The text of a list item: plain text of its Markdown, with `#theme` hashtags and dot-vote counts
 * taken out. A hashtag inside a sentence keeps its word ("la #saisie est lente" → "la saisie est
 * lente"); hashtags at the start or the end are removed.
 */
import type { Nodes } from 'mdast';

/** Plain text of Markdown nodes: text, code, link labels, image alternatives; HTML comments dropped. */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
    case 'code':
      // Code is quoted as is: its "#", "(3 votes)" and "[3 votes]" are not markers.
      return node.value.replace(/[#([]/g, (c) => (c === '#' ? HASH : c === '(' ? PAREN : BRACKET));
    case 'html':
      return node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'list':
      return '';
    default:
      return 'children' in node ? node.children.map((child: Nodes) => plainText(child)).join(BLOCKS.has(node.type) ? ' ' : '') : '';
  }
}

/**
 * Stand-ins for "#", "(" and "[" inside code while markers are extracted: noncharacters, which no text
 * holds (private-use characters would be taken for a word processor's bullets, private-use.ts).
 */
const HASH = '\uFDD0';
const PAREN = '\uFDD1';
const BRACKET = '\uFDD2';

/** Containers whose children are blocks: their texts are separated by a space. */
const BLOCKS = new Set(['root', 'blockquote', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

/**
 * A dot-vote count as written: `(12 votes)`, `(1 vote)`, `(12 voix)`, `(5 gommettes)`, in square
 * brackets too (`[5 votes]`); a multiplier in brackets (`(x3)`, `(×3)`, `(3x)`), as post-its are
 * counted on a board; a count after a dash or a colon at the end (`… — 4 votes`, `… : 3 gommettes`), hashtags after it too
 * (`… — 4 votes #saisie`: they stay, for HASHTAG to read); a plus count in brackets at the end
 * (`… (+4)`, `… [+4] #saisie`), as dots are tallied — only at the end, where « (+33) 6 12… » never is.
 * Each alternative has one group.
 */
const VOTE =
  /[([]\s*([+-]?\s*\d+(?:[.,]\d+)?)\s*(?:votes?|voix|gommettes?)\s*[)\]]|\(\s*[x×]\s*(\d+)\s*\)|\(\s*(\d+)\s*[x×]\s*\)|(?:\s[-–—]|\s?:)\s*(\d+)\s*(?:votes?|voix|gommettes?)\s*\.?(?=(?:\s*#\p{L}[\p{L}\p{N}_-]*)*\s*\.?\s*$)|(?:\(\s*\+\s*(\d{1,4})\s*\)|\[\s*\+\s*(\d{1,4})\s*\])\s*\.?(?=(?:\s*#\p{L}[\p{L}\p{N}_-]*)*\s*\.?\s*$)/giu;
/** What a text holds when it may hold a vote count: most items hold none, and skip the search. */
const MAY_VOTE = /[([]|\d\s*(?:votes?|voix|gommettes?)\b/iu;
/**
 * A number alone in brackets at the end (`… en un clic (3)`): a vote count written short, or a note's
 * reference. Not read as votes, but said, since either way it should not stay in the published text.
 */
const BARE_COUNT = /\(\s*(\d{1,4})\s*\)[\s.]*$/u;
/** `#saisie`, `#agenda-rdv`, `#IA`: a letter first, not inside a word or a URL. */
const HASHTAG = /(^|[^\p{L}\p{N}_&/#])#(\p{L}[\p{L}\p{N}_-]*)/gu;
const LETTER = /[\p{L}\p{N}]/u;

export interface ItemMarkers {
  /** The statement without hashtags and vote counts, spaces collapsed. */
  text: string;
  /** Hashtags without `#`, in order of appearance. */
  hashtags: string[];
  /** Vote counts as written (`12`, `-3`, `2,5`). */
  votes: string[];
  /** A number alone in brackets ending the text (`(3)`), when no count was read: left in the text. */
  bareCount: string | null;
}

/** Whether a text may hold a vote count, for callers that look for none in most texts. */
export function mayHoldVotes(text: string): boolean {
  return MAY_VOTE.test(text);
}

export function extractMarkers(raw: string): ItemMarkers {
  const votes: string[] = [];
  // Most items hold neither a vote count nor a hashtag: their « ( » and « # » are looked for first.
  const withoutVotes = !MAY_VOTE.test(raw)
    ? raw
    : raw.replace(VOTE, (_whole, ...groups: unknown[]) => {
        const count = groups.slice(0, 6).find((group): group is string => typeof group === 'string') ?? '';
        votes.push(count.replace(/\s+/g, ''));
        return ' ';
      });
  const hashtags = withoutVotes.includes('#') ? [...withoutVotes.matchAll(HASHTAG)] : [];
  const matches = hashtags.map((m) => {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    return { start, end: start + 1 + (m[2]?.length ?? 0), tag: (m[2] ?? '').replace(/[-_]+$/, '') };
  });
  // For each hashtag: is there a word after it, before the next one or further on? (one pass, right to left)
  const wordAfter = new Array<boolean>(matches.length).fill(false);
  for (let i = matches.length - 1; i >= 0; i--) {
    const segment = withoutVotes.slice(matches[i]?.end ?? 0, matches[i + 1]?.start ?? withoutVotes.length);
    wordAfter[i] = LETTER.test(segment) || (wordAfter[i + 1] ?? false);
  }
  let text = '';
  let cursor = 0;
  let wordBefore = false;
  matches.forEach((match, i) => {
    const segment = withoutVotes.slice(cursor, match.start);
    wordBefore ||= LETTER.test(segment);
    const inline = wordBefore && wordAfter[i];
    text += segment + (inline ? withoutVotes.slice(match.start + 1, match.end) : ' ');
    cursor = match.end;
  });
  text += withoutVotes.slice(cursor);
  const removed = votes.length > 0 || matches.length > 0;
  const restored = tidy(text, removed).replaceAll(HASH, '#').replaceAll(PAREN, '(').replaceAll(BRACKET, '[');
  const bareCount = votes.length === 0 && restored.includes('(') ? (BARE_COUNT.exec(restored)?.[1] ?? null) : null;
  return { text: restored, hashtags: matches.map((m) => m.tag).filter(Boolean), votes, bareCount };
}

/** Collapses spaces and, when markers were removed, the dash they leave behind ("texte — #tag"). */
function tidy(text: string, markersRemoved: boolean): string {
  const collapsed = text.replace(/\s+/g, ' ').replace(/ ([.,…)])/g, '$1').trim();
  return markersRemoved ? collapsed.replace(/^[-–—:•*]+\s*/, '').replace(/\s*[-–—•]+$/, '') : collapsed;
}
