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

/** The two counts of scanUtf8 alone: enough to guess an encoding, and without the line count per byte. */
export function countUtf8(bytes: Uint8Array): Pick<Utf8Scan, 'multiByte' | 'invalid'> {
  let multiByte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) multiByte++;
    else invalid++;
    i += length || 1;
  }
  return { multiByte, invalid };
}

/** Length of the well-formed UTF-8 sequence starting at `i` (RFC 3629 ranges), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 >= 0xc2 && b0 <= 0xdf) return inRange(bytes, i + 1, 0x80, 0xbf) ? 2 : 0;
  if (b0 < 0xe0 || b0 > 0xf4) return 0;
  // Three or four bytes: the second byte's range depends on the first (no overlong forms, no surrogates).
  const low = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
  const high = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  if (!inRange(bytes, i + 1, low, high) || !inRange(bytes, i + 2, 0x80, 0xbf)) return 0;
  if (b0 <= 0xef) return 3;
  return inRange(bytes, i + 3, 0x80, 0xbf) ? 4 : 0;
}

function inRange(bytes: Uint8Array, at: number, low: number, high: number): boolean {
  const b = bytes[at];
  return b !== undefined && b >= low && b <= high;
}
