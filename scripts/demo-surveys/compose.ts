/** Builds one free-text answer from answer banks, the way people really fill a form. */
import type { Random } from './toolkit.ts';

/** Where the statements of one answer column come from. */
export interface AnswerBank {
  /** The long tail: one concern each, written out in full. */
  tail: readonly string[];
  /** The concerns most people share, in short wordings: they make the strong ideas of the consultation. */
  frequent: readonly string[];
}

/** Share of statements drawn from `frequent`: a few concerns dominate, as in any real survey. */
const FREQUENT_SHARE = 0.42;

/** Shorter answers may repeat, as they do in real surveys. */
const UNIQUE_FROM = 60;

/**
 * One to three distinct statements, sometimes one from a territory- or profile-specific bank;
 * joined on one line, or on several lines (Alt+Entrée in Excel, a dash list), sometimes typed
 * casually (no capital, no final full stop). A long answer already given in the same file (`used`)
 * is drawn again: an identical long answer reads as a double submission, which `check` reports.
 */
export function composeUnique(
  random: Random,
  used: Set<string>,
  bank: AnswerBank,
  extraBanks: readonly (readonly string[])[],
  multiline = 0.08,
): string {
  let cell = composeOnce(random, bank, extraBanks, multiline);
  for (let attempt = 0; attempt < 30 && cell.length >= UNIQUE_FROM && used.has(cell); attempt++) {
    cell = composeOnce(random, bank, extraBanks, multiline);
  }
  used.add(cell);
  return cell;
}

function composeOnce(random: Random, bank: AnswerBank, extraBanks: readonly (readonly string[])[], multiline: number): string {
  const count = random.weighted([[1, 62], [2, 30], [3, 8]] as const);
  const chosen: string[] = [];
  if (extraBanks.length > 0 && random.chance(0.35)) chosen.push(random.pick(random.pick(extraBanks)));
  for (let attempt = 0; chosen.length < count && attempt < 10; attempt++) {
    const sentence = random.pick(random.chance(FREQUENT_SHARE) ? bank.frequent : bank.tail);
    if (!chosen.includes(sentence)) chosen.push(sentence);
  }
  if (chosen.length > 1 && random.chance(multiline)) {
    return random.chance(0.5) ? chosen.map((s) => `- ${s}`).join('\n') : chosen.join('\n');
  }
  const cell = chosen.join(' ');
  return random.chance(0.1) ? casual(cell) : cell;
}

/** Typed in a hurry: no capital at the start, no full stop at the end. */
function casual(cell: string): string {
  if (cell.includes('\n')) return cell;
  return (cell.charAt(0).toLowerCase() + cell.slice(1)).replace(/\.$/, '');
}

/** About a third of respondents type on a device that turns `'` into the typographic `’`. */
export function maybeTypographic(text: string, typographic: boolean): string {
  return typographic ? text.replaceAll("'", '\u2019') : text;
}
