/**
 * One linear pass over the bytes of a file, telling how UTF-8-like it is: how many well-formed
 * multi-byte sequences it holds, and on which lines the ill-formed ones sit. Used both to guess the
 * encoding and to point at the exact line of an undecodable byte (TextDecoder only says "failed").
 */

export interface Utf8Scan {
  /** Well-formed sequences of 2 to 4 bytes (accented letters, €, œ…). */
  multiByte: number;
  /** Ill-formed sequences (each lone bad byte counts once). */
  invalid: number;
  /** 1-based line of the first ill-formed sequence, or null. */
  firstInvalidLine: number | null;
  /** Distinct lines holding an ill-formed sequence. */
  invalidLines: number;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByte = 0;
  let invalid = 0;
  let firstInvalidLine: number | null = null;
  let invalidLines = 0;
  let lastInvalidLine = 0;
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multiByte++;
      i += length;
      continue;
    }
    invalid++;
    if (firstInvalidLine === null) firstInvalidLine = line;
    if (lastInvalidLine !== line) {
      invalidLines++;
      lastInvalidLine = line;
    }
    i++;
  }
  return { multiByte, invalid, firstInvalidLine, invalidLines };
}

/** Length of the well-formed UTF-8 sequence starting at `i` (RFC 3629 ranges), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
