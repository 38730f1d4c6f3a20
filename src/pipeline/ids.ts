/**
 * Stable ids derived from content and source, so that the same input always gives the same ids.
 * Pure JavaScript (no node:crypto) because the entry form reuses the parser in the browser.
 */

const OFFSET_LOW = 0x811c9dc5 | 0;
const OFFSET_HIGH = 0x050c5d1f;
const PRIME = 0x01000193;
const SEPARATOR = 0;

/** 64-bit FNV-1a over UTF-16 code units, as 13 base-36 characters. */
export function hashText(text: string): string {
  return new IdHash().text(text).digest();
}

/** Id from several parts; the separator cannot appear in paths or counts. */
export function stableId(...parts: Array<string | number>): string {
  const hash = new IdHash();
  parts.forEach((part, i) => {
    if (i > 0) hash.separator();
    if (typeof part === 'number') hash.number(part);
    else hash.text(part);
  });
  return hash.digest();
}

/**
 * The same hash fed piece by piece: `stableId(a, b)` is `new IdHash().text(a).separator().text(b)`.
 * Ids of a large survey share their opening parts (kind, file), hashed once and copied; joining the
 * parts into a new string for each of 100,000+ items cost more than hashing itself.
 */
export class IdHash {
  private low = OFFSET_LOW;
  private high = OFFSET_HIGH;

  copy(): IdHash {
    const copy = new IdHash();
    copy.low = this.low;
    copy.high = this.high;
    return copy;
  }

  /** Takes the state of `other` (an id's shared opening parts), without allocating. */
  restart(other: IdHash): this {
    this.low = other.low;
    this.high = other.high;
    return this;
  }

  /** The first `max` UTF-16 code units of `text` (as `text.slice(0, max)` would give them). */
  text(text: string, max = text.length): this {
    let low = this.low;
    let high = this.high;
    const end = Math.min(max, text.length);
    for (let i = 0; i < end; i++) {
      const c = text.charCodeAt(i);
      low = Math.imul(low ^ c, PRIME);
      high = Math.imul(high ^ c, PRIME) ^ (low >>> 15);
    }
    this.low = low;
    this.high = high;
    return this;
  }

  /** A number as `String(n)` writes it; small non-negative integers digit by digit, without a string. */
  number(n: number): this {
    if (!(Number.isInteger(n) && n >= 0 && n <= 0x7fffffff)) return this.text(String(n));
    let unit = 1;
    while (n >= unit * 10) unit *= 10;
    for (; unit >= 1; unit /= 10) this.code(48 + (Math.floor(n / unit) % 10));
    return this;
  }

  separator(): this {
    return this.code(SEPARATOR);
  }

  /**
   * The high half in 7 base-36 digits then the low half's first 6 of 7: what
   * `(high.toString(36).padStart(7, '0') + low…).slice(0, 13)` gives, without its four temporary
   * strings (that formatting was the costliest step of an id).
   */
  digest(): string {
    writeBase36(this.high >>> 0, 0);
    writeBase36(this.low >>> 0, 7);
    const d = DIGITS;
    return String.fromCharCode(d[0]!, d[1]!, d[2]!, d[3]!, d[4]!, d[5]!, d[6]!, d[7]!, d[8]!, d[9]!, d[10]!, d[11]!, d[12]!);
  }

  private code(c: number): this {
    this.low = Math.imul(this.low ^ c, PRIME);
    this.high = Math.imul(this.high ^ c, PRIME) ^ (this.low >>> 15);
    return this;
  }
}

/** Character codes of an id being formatted (13 kept, one spare for the low half's last digit). */
const DIGITS = new Uint8Array(14);

/** `value` (an unsigned 32-bit integer, below 36^7) as 7 base-36 digits, zero-padded, at `at`. */
function writeBase36(value: number, at: number): void {
  let rest = value;
  for (let i = at + 6; i >= at; i--) {
    // A division and a product: `%` on numbers beyond 2^31 is a slow floating-point remainder.
    const quotient = Math.floor(rest / 36);
    const digit = rest - quotient * 36;
    DIGITS[i] = digit < 10 ? 48 + digit : 87 + digit;
    rest = quotient;
  }
}
