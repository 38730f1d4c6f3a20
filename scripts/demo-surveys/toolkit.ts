/**
 * Small deterministic helpers for the demo survey generator: a seeded PRNG, a CSV writer that
 * quotes the way French Excel does, and a Windows-1252 encoder (TextEncoder only writes UTF-8).
 */

/** A seeded pseudo-random source (mulberry32): same seed, same sequence, on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new Error('pick: liste vide');
    return value;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [value, weight] of entries) {
      target -= weight;
      if (target < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted: liste vide');
    return last[0];
  }

  /** `count` distinct elements, in the order drawn. */
  sample<T>(list: readonly T[], count: number): T[] {
    const pool = [...list];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const index = Math.floor(this.next() * pool.length);
      out.push(...pool.splice(index, 1));
    }
    return out;
  }
}

/**
 * One CSV record as Excel writes it in a French locale: `;` between cells, a cell quoted only when
 * it holds `;`, `"` or a line break, inner quotes doubled. Line breaks inside a cell stay LF (what
 * Excel stores for Alt+Entrée); the caller ends records with CRLF.
 */
export function csvRecord(cells: readonly string[]): string {
  return cells.map((cell) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(';');
}

export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map(csvRecord).join('\r\n') + '\r\n';
}

/** Unicode code point → Windows-1252 byte, built from the platform's own decoder so the table is exact. */
const CP1252: ReadonlyMap<number, number> = (() => {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map<number, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(new Uint8Array([byte]));
    const code = char.codePointAt(0);
    if (code !== undefined) table.set(code, byte);
  }
  return table;
})();

/** Encodes text in Windows-1252; throws on a character it cannot hold, so the demo never ships a `?`. */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const byte = CP1252.get(code);
    if (byte === undefined) throw new Error(`Caractère absent de Windows-1252 : « ${char} » (U+${code.toString(16)})`);
    bytes[length++] = byte;
  }
  return bytes.subarray(0, length);
}

/** UTF-8 with the byte-order mark Excel writes for « CSV UTF-8 ». */
export function encodeUtf8WithBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}

/** `dd/mm/yyyy hh:mm:ss`, the timestamp of a French online form export. */
export function frenchTimestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** `count` timestamps between two UTC days, on working days and office hours, sorted ascending. */
export function officeTimestamps(random: Random, count: number, from: string, to: string, evenings = false): Date[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000) + 1;
  const stamps: number[] = [];
  while (stamps.length < count) {
    const day = new Date(start + random.int(0, days - 1) * 86_400_000);
    const weekDay = day.getUTCDay();
    if (!evenings && (weekDay === 0 || weekDay === 6)) continue;
    const hour = evenings ? random.int(9, 22) : random.weighted([[8, 1], [9, 3], [10, 3], [11, 3], [12, 1], [13, 2], [14, 3], [15, 3], [16, 3], [17, 2]] as const);
    stamps.push(day.getTime() + ((hour * 60 + random.int(0, 59)) * 60 + random.int(0, 59)) * 1000);
  }
  return stamps.sort((a, b) => a - b).map((t) => new Date(t));
}
