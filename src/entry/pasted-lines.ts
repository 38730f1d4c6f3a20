/**
 * Post-its typed one per line, without bullets (« Agenda partagé↵SMS de rappel↵Exports Excel »): the
 * item field holds one line, so they became one item, « Agenda partagé SMS de rappel Exports Excel ».
 * Lines are kept apart where no sentence runs over the break: the line below starts with a capital,
 * and the line above is short and does not leave its sentence open (a comma, a colon, a dash, or a
 * word such as « de », « et », « la » that needs what follows). A paragraph that wraps
 * (« Réponse par SMS,↵le jour même. ») stays one item.
 * Browser-safe, no DOM.
 */

/** Beyond this, a line is a paragraph's wrapped line rather than a post-it. */
const SHORT_LINE = 100;
/** A line ending like this leaves its sentence open. */
const OPEN_END = /[,;:(«\-–—/&+]$/u;
/** Words that need what follows them: a line ending with one goes on below. */
const OPEN_WORDS = new Set(
  'à au aux avec chez dans de des du en et la le les leur leurs ma mais mes mon ni nos notre ou par pour que qui sa sans ses son sont sur ta tes ton un une vers vos votre est a'.split(' '),
);

/** Whether the break between `above` and `below` separates two feedbacks. */
function independent(above: string, below: string): boolean {
  if (above.length > SHORT_LINE || below.length > SHORT_LINE) return false;
  if (!/^[«"“(]?\s*\p{Lu}/u.test(below)) return false;
  if (OPEN_END.test(above)) return false;
  const lastWord = /([\p{L}’']+)$/u.exec(above)?.[1]?.toLowerCase().replace(/^.*['’]/, '') ?? '';
  return !OPEN_WORDS.has(lastWord);
}

/** The text's lines (« \n »), grouped into feedbacks: one per independent line, a running sentence's lines joined by a space. */
export function splitIndependentLines(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const groups: string[][] = [];
  for (const line of lines) {
    const group = groups.at(-1);
    const above = group?.at(-1);
    if (group && above !== undefined && !independent(above, line)) group.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => group.join(' '));
}
