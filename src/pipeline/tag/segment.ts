/**
 * Splits an answer into the statements it holds: at sentence ends, semicolons and line breaks, and
 * before contrast markers ("mais", "par contre", "en revanche", "cependant", "toutefois"…), which
 * usually turn from praise to complaint or back.
 */

export interface Piece {
  /** The statement as written (trimmed, contrast marker excluded). */
  text: string;
  /** Offsets in the original answer. */
  start: number;
  end: number;
  /** The statement follows a contrast marker. */
  contrast: boolean;
  /** The marker names an exception ("sauf", "hormis", "à part"), not a turn ("mais", "par contre"). */
  exception: boolean;
  /** The statement ends with a question mark ("Est-il vraiment utile de…?"). */
  question: boolean;
}

// "mais aussi/également/encore" adds rather than opposes; "non seulement… mais" neither.
// "sauf que" is consumed whole: the statement after it is not a wish opening on "Que…".
const CONTRAST =
  /(^|[\s,;(])(mais(?!\s+(?:aussi|également|egalement|encore)\b)|par contre|en revanche|cependant|toutefois|néanmoins|neanmoins|pourtant|sauf\s+que|sauf\s+qu['’]|sauf|hormis|excepté|en dehors de|à part ça|a part ca|sinon)(?:(?<=['’])|(?=[\s,:.!?]|$))/giu;

const EXCEPTION = /^(?:sauf|hormis|excepté|en dehors de|à part|a part)/iu;

// Sentence ends: . ! ? … followed by a space or the end; ; and line breaks always.
const SENTENCE_END = /[;\n\r]+|[.!?…]+(?=\s|$)|(?<=[a-zà-ÿ]{2})\.(?=[A-ZÀ-Ý][a-zà-ÿ])/gu;

// "etc." or "M." is not the end of a sentence; neither is "R.A.S." (single letters).
const ABBREVIATION = /(?:^|[\s(])(?:etc|ex|cf|mr|mme|mlle|dr|st|ste|art|no|n°|p|vol|env|tel|tél|[a-zà-ÿ])$/iu;
/**
 * Short forms that end a sentence as often as they stand inside one (« pas de pb. », « un pb. avec le
 * site », « 45 min. de trajet »): the period ends the sentence unless the sentence visibly goes on.
 */
const SHORT_FORM = /(?:^|[\s(])(?:pbs?|pbm|rdv|qq|qqs|nb|nbre|svp|bcp|tjrs|tjs|sce|sté|adm|admin|gouv|dpt|approx|min|mn|km|kms|maxi|mini|vs|réf|ref)$/iu;
/**
 * What follows a short form's period when the sentence goes on: a digit or a word that cannot open one
 * (« de », « avec », « pour »…); a small letter alone is not enough (« …la nouvelle Sté. cela éviterait… »).
 */
const GOES_ON = /^\s*(?:\d|(?:de|d['’]|du|des|avec|pour|à|au|aux|en|sur|sous|dans|par|chez|entre|vers|sans|ou)(?=[\s'’]))/u;

/**
 * A list number before a period (« …territoire). 2. Impossibilité… », « 1. Santé ») : the number
 * opens the next item, it does not end the sentence before it.
 */
const LIST_NUMBER = /(?:^|[\s(])(\d{1,2})$/;
/** A numbered list opens with « 1. » at the start, after a line break or after the end of a sentence. */
const LIST_START = /(?:^|[\n\r.!?;:)])\s*1\.\s/;
/** What may come before a list number, spaces aside: the start, a line break, the end of an item. */
const BEFORE_LIST_NUMBER = /(?:^|[\n\r.!?;:)…])[ \t]*$/;

/** Characters without which SENTENCE_END cannot match (all in the BMP: no `u` flag, a faster test). */
const SENTENCE_CHARS = /[;\n\r.!?…]/;

interface Cut {
  at: number;
  next: number;
  contrast: boolean;
  exception: boolean;
}

/** The statements of `text`, in order. A text without any break is one piece. */
export function splitStatements(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  let contrast = false;
  let exception = false;
  for (const cut of cutsOf(text)) {
    if (cut.at < start) {
      // A contrast marker right after a sentence end ("… rapide. Mais…") marks the next piece.
      if (cut.contrast && cut.next > start) {
        start = cut.next;
        contrast = true;
        exception = cut.exception;
      }
      continue;
    }
    push(pieces, text, start, cut.at, contrast, exception, !cut.contrast && text.slice(cut.at, cut.next).includes('?'));
    start = cut.next;
    contrast = cut.contrast;
    exception = cut.exception;
  }
  push(pieces, text, start, text.length, contrast, exception, false);
  return pieces;
}

/** Sentence ends and contrast markers in order (a sentence end first at the same offset). */
function cutsOf(text: string): Cut[] {
  const ends: Cut[] = [];
  if (SENTENCE_CHARS.test(text)) {
    // In a numbered list (« 1. Santé 2. Éducation »), the next number before a period opens an item
    // wherever it stands; a number other than the next one (« il y en a 12. ») only after an end.
    let expected = text.includes('1.') && LIST_START.test(text) ? 2 : 0;
    SENTENCE_END.lastIndex = 0;
    for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
      const at = match.index;
      const next = at + match[0].length;
      if (match[0].startsWith('.')) {
        const before = text.slice(Math.max(0, at - 7), at);
        if (ABBREVIATION.test(before)) continue;
        if (SHORT_FORM.test(before) && GOES_ON.test(text.slice(next, next + 8))) continue;
        // The cut goes before the number, which belongs to neither statement.
        const number = LIST_NUMBER.exec(before)?.[1];
        const numberAt = at - (number?.length ?? 0);
        if (number !== undefined && (Number(number) === expected || BEFORE_LIST_NUMBER.test(text.slice(Math.max(0, numberAt - 12), numberAt)))) {
          if (expected > 0) expected = Number(number) + 1;
          ends.push({ at: numberAt, next, contrast: false, exception: false });
          continue;
        }
      }
      ends.push({ at, next, contrast: false, exception: false });
    }
  }
  const turns: Cut[] = [];
  const parenthesised = text.includes('(');
  CONTRAST.lastIndex = 0;
  for (let match = CONTRAST.exec(text); match !== null; match = CONTRAST.exec(text)) {
    const at = match.index + (match[1] ?? '').length;
    // « (75 % des communes mais 15 % de la population) »: an aside is not cut into two statements.
    if (parenthesised && insideParentheses(text, at)) continue;
    const marker = match[2] ?? '';
    turns.push({ at, next: at + marker.length, contrast: true, exception: EXCEPTION.test(marker) });
  }
  if (turns.length === 0) return ends;
  if (ends.length === 0) return turns;
  // Both lists are in text order: merge them.
  const cuts: Cut[] = [];
  let e = 0;
  let t = 0;
  while (e < ends.length || t < turns.length) {
    const end = ends[e];
    const turn = turns[t];
    if (turn === undefined || (end !== undefined && end.at <= turn.at)) {
      cuts.push(end as Cut);
      e++;
    } else {
      cuts.push(turn);
      t++;
    }
  }
  return cuts;
}

/** Whether `at` is between a « ( » and the « ) » that closes it (an unclosed one opens no aside). */
function insideParentheses(text: string, at: number): boolean {
  return text.lastIndexOf('(', at) > text.lastIndexOf(')', at) && text.indexOf(')', at) !== -1;
}

const LEADING_PUNCTUATION = new Set([...',:;.-–—']);
const TRAILING_PUNCTUATION = new Set([...',;']);
/** The characters `trim()` and `\s` remove. */
const SPACE = /\s/u;
const isSpace = (char: string) => char === ' ' || ((char < '!' || char > '~') && SPACE.test(char));

/** Adds the piece [start, end), trimmed and without leading punctuation, unless it holds no letter or digit. */
function push(pieces: Piece[], text: string, start: number, end: number, contrast: boolean, exception: boolean, question: boolean): void {
  let from = start;
  let to = end;
  while (from < to && isSpace(text[from] as string)) from++;
  // « Internet très bien, » before « mais »: the comma belonged to the turn, not to the statement.
  while (to > from && (isSpace(text[to - 1] as string) || TRAILING_PUNCTUATION.has(text[to - 1] as string))) to--;
  if (from < to && LEADING_PUNCTUATION.has(text[from] as string)) {
    while (from < to && LEADING_PUNCTUATION.has(text[from] as string)) from++;
    while (from < to && isSpace(text[from] as string)) from++;
  }
  const trimmed = text.slice(from, to);
  // A piece without a letter or digit ("!!!", "…") carries nothing.
  if (!LETTER_OR_DIGIT.test(trimmed)) return;
  pieces.push({ text: trimmed, start: from, end: to, contrast, exception, question });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
