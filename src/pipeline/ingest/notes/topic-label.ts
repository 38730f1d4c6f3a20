/**
 * A topic written alone on a line among the items (« Justice », « Santé », « Fiscalité : »), as the
 * cahiers de doléances and notes pasted from a PDF group their feedback. Without a dash, Markdown
 * glues it to the item above (« Renationaliser l'EDF, les autoroutes, la poste, etc. Justice »): it
 * is taken off the item and read as a subheading instead, the context of the items below it.
 *
 * The rule keeps a wrapped line glued: the line must be a short capitalised phrase with no final
 * punctuation (a colon aside), not an answer (« Oui », « Merci »), and the text above it must end a
 * sentence that is no question — or be a short line (typed, not wrapped at a page's margin) that does
 * not stop on a word calling for more (« de », « la », « et »).
 */

/** A topic is a few words: « Pouvoir d'achat », « Services publics », « Vie chère et logement ». */
const MAX_WORDS = 4;
const MAX_LENGTH = 40;
/** A line above shorter than this was typed so, not wrapped by a PDF's or an editor's margin. */
const SHORT_LINE = 50;

/** Starts with a capital letter, ends with a letter or a digit, optionally followed by « : ». */
const LABEL_SHAPE = /^\p{Lu}[\p{L}\p{N}' ’-]*[\p{L}\p{N}]\s*:?$/u;
/** Quotation marks, markers and sentence punctuation inside: a statement, not a topic. */
const NOT_A_LABEL = /[#(«»"“”.,;!?…]/u;
/** A question's end. */
const QUESTION_END = /\?[)»"”’]*\s*$/u;
/** Short answers and courtesies, never a topic. */
const NOT_TOPICS = new Set(['oui', 'non', 'si', 'ok', 'merci', 'aucun', 'aucune', 'rien', 'jamais', 'toujours', 'parfois', 'bien', 'très bien', 'pas du tout', 'peut-être']);
/** The end of a sentence, possibly closed by a bracket or a quotation mark. */
const SENTENCE_END = /[.!?…][)»"”’]*\s*$/u;
/** Words after which a sentence goes on, on the next line. */
const OPEN_WORDS = new Set([
  'a', 'à', 'au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'chez', 'comme', 'dans', 'de', 'des', 'du', 'en', 'entre', 'et',
  'la', 'le', 'les', 'leur', 'leurs', 'mais', 'ni', 'nos', 'notre', 'or', 'ou', 'par', 'pas', 'plus', 'pour', 'que', 'qui',
  'sa', 'sans', 'ses', 'son', 'sous', 'sur', 'un', 'une', 'vers', 'vos', 'votre', 'est', 'sont', 'très',
]);

/**
 * The topic a line glued below an item names (without its colon), or null. `before` is the text of the
 * line above, in the same item.
 */
export function topicLabel(line: string, before: string): string | null {
  const title = topicShape(line);
  const above = before.trimEnd();
  // Below a question, a short line is its answer (« Le portail est-il utile ? » / « Oui »).
  if (title === null || !above || QUESTION_END.test(above)) return null;
  return SENTENCE_END.test(above) || (above.length < SHORT_LINE && endsOnAFullWord(above)) ? title : null;
}

/**
 * The topic a line names when it has a topic's shape, whatever surrounds it: a short capitalised
 * phrase, no punctuation but a final colon (dropped).
 */
export function topicShape(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_LENGTH || !LABEL_SHAPE.test(text)) return null;
  const title = text.replace(/\s*:$/, '');
  if (NOT_A_LABEL.test(title) || title.split(/\s+/).length > MAX_WORDS || NOT_TOPICS.has(title.toLowerCase())) return null;
  return title;
}

/** Whether the text ends on a word after which nothing is missing: not « de », « la », a comma, a hyphen. */
function endsOnAFullWord(text: string): boolean {
  if (!/[\p{L}\p{N})]$/u.test(text)) return false;
  const last = /([\p{L}']+)$/u.exec(text)?.[1]?.toLowerCase() ?? '';
  return !OPEN_WORDS.has(last) && !/'$/.test(last);
}
