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
  /**
   * Where the list marker opening the statement stands (« 2. » of « 2. la rapidité », « - » of a bullet
   * at a line's start), or -1: the statement is a list item. The marker is not part of `text`.
   */
  marker: number;
  /** The marker is a number (« 2. »): a rank the published text keeps. */
  numbered: boolean;
}

// "mais aussi/également/encore" adds rather than opposes; "non seulement… mais" neither.
// "sauf que" is consumed whole: the statement after it is not a wish opening on "Que…".
const CONTRAST =
  /(^|[\s,;(])(mais(?!\s+(?:aussi|également|egalement|encore)\b)|par contre|en revanche|cependant|toutefois|néanmoins|neanmoins|pourtant|sauf\s+que|sauf\s+qu['’]|sauf|hormis|excepté|en dehors de|à part ça|a part ca|sinon)(?:(?<=['’])|(?=[\s,:.!?]|$))/giu;

const EXCEPTION = /^(?:sauf|hormis|excepté|en dehors de|à part|a part)/iu;

/**
 * A cleft after a comma turns to another subject: « Le partenariat fonctionne bien sur le terrain, c’est
 * l’informatique qui ne suit pas ». The cut goes before « c’est » (splitCleft): each part is read for
 * itself. Not a contrast marker: « aucun problème, c’est la mairie qui s’en occupe » turns nothing.
 */
const CLEFT = /,\s*(?=(?:c['’]est|ce sont)\s+(?:(?:surtout|plutôt|plutot|bien|donc|juste|seulement)\s+)?(?:le|la|les|l['’]|leur|leurs|notre|nos|son|sa|ses)\s*[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,4}?\s+qui\s)/giu;
/** A pseudo-cleft (« Ce qui marche bien, c’est la recherche qui… ») is one statement: its comma is no turn. */
const PSEUDO_CLEFT = /(?:^|[\s.!?;])(?:ce\s+qu|ce\s+dont|là\s+où|la\s+ou)/iu;
/** Words a clause needs before the cleft to say something of its own (not « Pour moi, », « Rien, »). */
const CLAUSE_BEFORE_CLEFT = /\S+\s+\S+\s+\S/u;

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

/** A letter, a hyphen, one line break, a small letter: a word cut at a line's end (« Au-\ndessus »). */
const HYPHENATED = /^\p{L}-\r?\n\p{Ll}$/u;

/** Characters without which SENTENCE_END cannot match (all in the BMP: no `u` flag, a faster test). */
const SENTENCE_CHARS = /[;\n\r.!?…]/;

interface Cut {
  at: number;
  next: number;
  contrast: boolean;
  exception: boolean;
  /** The cut is a list number (« 2. »), from `at` to `next`. */
  list: boolean;
}

/** The statements of `text`, in order. A text without any break is one piece. */
export function splitStatements(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  let contrast = false;
  let exception = false;
  let marker = -1;
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
    push(pieces, text, start, cut.at, contrast, exception, !cut.contrast && text.slice(cut.at, cut.next).includes('?'), marker);
    start = cut.next;
    contrast = cut.contrast;
    exception = cut.exception;
    marker = cut.list ? cut.at : -1;
  }
  push(pieces, text, start, text.length, contrast, exception, false, marker);
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
      // « Au-\ndessus » in a transcribed page: a word cut at the line's end goes on, it ends nothing.
      if (text.charCodeAt(at - 1) === 45 && (match[0] === '\n' || match[0] === '\r\n') && HYPHENATED.test(text.slice(at - 2, next + 1))) continue;
      if (match[0].startsWith('.')) {
        const before = text.slice(Math.max(0, at - 7), at);
        if (ABBREVIATION.test(before)) continue;
        if (SHORT_FORM.test(before) && GOES_ON.test(text.slice(next, next + 8))) continue;
        // The cut goes before the number, which belongs to neither statement.
        const number = LIST_NUMBER.exec(before)?.[1];
        const numberAt = at - (number?.length ?? 0);
        if (number !== undefined && (Number(number) === expected || BEFORE_LIST_NUMBER.test(text.slice(Math.max(0, numberAt - 12), numberAt)))) {
          if (expected > 0) expected = Number(number) + 1;
          ends.push({ at: numberAt, next, contrast: false, exception: false, list: true });
          continue;
        }
      }
      ends.push({ at, next, contrast: false, exception: false, list: false });
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
    turns.push({ at, next: at + marker.length, contrast: true, exception: EXCEPTION.test(marker), list: false });
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

/**
 * The statement `piece` of `text` cut at its first cleft (CLEFT), or null when it holds none. Asked
 * only of statements that both praise and complain (tag-text.ts): few, and a search of every answer
 * would cost the whole tagging a few per cent.
 */
export function splitCleft(text: string, piece: Piece): Piece[] | null {
  if (!piece.text.includes(', c')) return null;
  CLEFT.lastIndex = 0;
  for (let match = CLEFT.exec(piece.text); match !== null; match = CLEFT.exec(piece.text)) {
    const at = piece.start + match.index + match[0].length;
    const before = piece.text.slice(0, match.index);
    if (PSEUDO_CLEFT.test(before) || !CLAUSE_BEFORE_CLEFT.test(before.trim())) continue;
    const pieces: Piece[] = [];
    push(pieces, text, piece.start, piece.start + match.index, piece.contrast, piece.exception, false, piece.marker);
    push(pieces, text, at, piece.end, false, false, piece.question);
    return pieces.length === 2 ? pieces : null;
  }
  return null;
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

/** Whether the character code is a bullet a list item may open on, at a line's start: - – — • *. */
const isBullet = (code: number) => code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2022 || code === 42;

/**
 * Adds the piece [start, end), trimmed and without leading punctuation, unless it holds no letter or
 * digit. `marker`: where the list number before `start` stands, or -1.
 */
function push(pieces: Piece[], text: string, start: number, end: number, contrast: boolean, exception: boolean, question: boolean, marker = -1): void {
  let from = start;
  let to = end;
  while (from < to && isSpace(text[from] as string)) from++;
  let at = marker;
  if (at < 0 && isBullet(text.charCodeAt(from)) && (start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r')) at = from;
  // « Internet très bien, » before « mais »: the comma belonged to the turn, not to the statement.
  while (to > from && (isSpace(text[to - 1] as string) || TRAILING_PUNCTUATION.has(text[to - 1] as string))) to--;
  if (from < to && LEADING_PUNCTUATION.has(text[from] as string)) {
    while (from < to && LEADING_PUNCTUATION.has(text[from] as string)) from++;
    while (from < to && isSpace(text[from] as string)) from++;
  }
  const trimmed = text.slice(from, to);
  // A piece without a letter or digit ("!!!", "…") carries nothing.
  if (!LETTER_OR_DIGIT.test(trimmed)) return;
  // A rank is a number from 1 opening a line or following a sentence's end (« C'est 0. Très cher » ranks nothing).
  const numbered = at >= 0 && at === marker && text[at] !== '0' && BEFORE_LIST_NUMBER.test(text.slice(Math.max(0, at - 12), at));
  pieces.push({ text: trimmed, start: from, end: to, contrast, exception, question, marker: at, numbered });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
