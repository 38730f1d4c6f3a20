/**
 * The dry run's diagnostics as a person reads them in a terminal, in French: one block per file,
 * one line per message (place, « erreur », « avertissement » or « information », the message, its code), the advice
 * on the next line. It reads unified's VFile messages, like `vfile-reporter`, which it replaces:
 * that one says « warning »/« error » and pads every line to the longest message (about 400
 * columns on the demo), so that each line wrapped into a blank-ridden paragraph.
 */
import { styleText } from 'node:util';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export interface ReportStyle {
  /** ANSI colours (a terminal that did not ask for none). */
  color: boolean;
  /** Columns to wrap messages at (a terminal's width); none: no wrapping (a message, then its advice, one line each, for `grep`). */
  width?: number;
}

const ERROR = 'erreur';
const WARNING = 'avertissement';
/** A message neither fatal nor a warning (`fatal` unset, as unified's `file.info()` leaves it): how the text was read. */
const INFO = 'information';

/** The report of every file's messages, files in order, messages by place; `''` when there is none. */
export function frenchReport(files: readonly VFile[], style: ReportStyle): string {
  const paint = (format: Parameters<typeof styleText>[0], text: string) =>
    style.color ? styleText(format, text, { validateStream: false }) : text;
  const blocks: string[] = [];
  for (const file of files) {
    if (file.messages.length === 0) continue;
    const messages = [...file.messages].sort(byPlace);
    const places = messages.map(placeOf);
    const placeWidth = Math.max(...places.map((place) => place.length));
    const indent = 2 + placeWidth + 2 + WARNING.length + 2;
    const lines = [paint('underline', file.path)];
    const repeats = repeatedAdvice(messages);
    messages.forEach((message, i) => {
      const severity =
        message.fatal === true
          ? paint(['red', 'bold'], ERROR.padEnd(WARNING.length))
          : message.fatal === false
            ? paint('yellow', WARNING)
            : paint('cyan', INFO.padEnd(WARNING.length));
      const code = message.ruleId ? `[${message.ruleId}]` : '';
      const head = `  ${(places[i] ?? '').padEnd(placeWidth)}  ${severity}  `;
      // The code wraps with the message, as its last word.
      const text = wrap(`${message.reason} ${code}`, indent, style.width).trimStart();
      lines.push(head + (code && style.color ? `${text.slice(0, -code.length)}${paint('dim', code)}` : text));
      const advice = repeats.get(message);
      if (message.note && advice !== 0) lines.push(wrap(`Conseil : ${message.note}${advice ? ` (même conseil pour ${advice === 1 ? 'le suivant' : `les ${advice} suivants`} [${message.ruleId ?? ''}])` : ''}`, indent, style.width));
    });
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

/**
 * The same advice under several messages of one file and code (an item-by-item warning): printed
 * once, at the first, which counts the others (its value); 0 for the others, whose advice is left out.
 * Messages with an advice of their own are not in the map.
 */
function repeatedAdvice(messages: readonly VFileMessage[]): Map<VFileMessage, number> {
  const groups = new Map<string, VFileMessage[]>();
  for (const message of messages) {
    if (!message.note) continue;
    const key = `${message.ruleId ?? ''}\u0000${message.note}`;
    groups.set(key, [...(groups.get(key) ?? []), message]);
  }
  const repeats = new Map<VFileMessage, number>();
  for (const [first, ...others] of groups.values()) {
    if (!first || others.length === 0) continue;
    repeats.set(first, others.length);
    for (const other of others) repeats.set(other, 0);
  }
  return repeats;
}

function placeOf(message: VFileMessage): string {
  const start = message.place && 'start' in message.place ? message.place.start : message.place;
  return start ? `${start.line}:${start.column ?? 1}` : '';
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  const [lineA, columnA] = placeOf(a).split(':').map(Number);
  const [lineB, columnB] = placeOf(b).split(':').map(Number);
  return (lineA ?? 0) - (lineB ?? 0) || (columnA ?? 0) - (columnB ?? 0);
}

/** `text` indented by `indent` columns, wrapped between words at `width` when given. */
export function wrap(text: string, indent: number, width?: number): string {
  const pad = ' '.repeat(indent);
  const room = width === undefined ? Infinity : Math.max(30, width - indent);
  const lines: string[] = [];
  let line = '';
  for (const word of frenchWords(text)) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((l) => pad + l).join('\n');
}

/**
 * Words to wrap between: split at spaces and line breaks only (non-breaking spaces hold), and a
 * lone « stays with the next word, a lone », :, ;, ! or ? with the previous one, as French typesetting wants.
 */
function frenchWords(text: string): string[] {
  const units: string[] = [];
  let glueNext = false;
  for (const word of text.split(/[ \t\r\n]+/)) {
    if (word === '') continue;
    if (units.length > 0 && (glueNext || /^[»:;!?]+[.,…)]*$/.test(word))) units[units.length - 1] += ` ${word}`;
    else units.push(word);
    glueNext = word === '«';
  }
  return units;
}

/** The style a stream calls for: colours and wrapping on a terminal (Node's `hasColors` heeds NO_COLOR and FORCE_COLOR). */
export function streamStyle(stream: { isTTY?: boolean; columns?: number; hasColors?: () => boolean }): ReportStyle {
  if (stream.isTTY !== true) return { color: false };
  return { color: stream.hasColors?.() ?? false, ...(stream.columns ? { width: stream.columns } : {}) };
}
