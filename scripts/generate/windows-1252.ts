/** Windows-1252 bytes of a text (characters it lacks become « ? », as Excel does). */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (CP1252_HIGH.get(code) ?? 0x3f);
  }
  return bytes;
}

/** The 0x80–0x9F range of Windows-1252 (€, ’, œ, «…»). */
const CP1252_HIGH = new Map<number, number>(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((char, i) => [char.charCodeAt(0), 0x80 + i]),
);
