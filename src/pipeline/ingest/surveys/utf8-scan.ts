/**
 * Well-formed UTF-8 sequences, byte by byte (RFC 3629): what line-encodings.ts tells a UTF-8 line
 * from a Windows-1252 one by, since TextDecoder only says that a whole input failed.
 */

/** Length of the well-formed UTF-8 sequence starting at `i` (RFC 3629 ranges), or 0. */
export function sequenceLength(bytes: Uint8Array, i: number): number {
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
