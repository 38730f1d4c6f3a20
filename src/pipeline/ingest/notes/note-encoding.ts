/**
 * A note's bytes → text. A note saved by an old editor (Notepad before 2019, Word's « Texte brut »)
 * is in Windows-1252: decoded as UTF-8, its accents are lost for good. The surveys' detection
 * (surveys/encoding.ts) tells a file wholly in Windows-1252 apart; it is read so, and the note says it
 * (`encoding`). A mix of both encodings, or stray bytes, is decoded as UTF-8 as before, and the
 * replacement characters block the note (readable.ts): a note is short, and resaving it is quick.
 */
import { decodeSurvey } from '../surveys/encoding.ts';

export interface DecodedNote {
  content: string;
  /** Set when the note was not in UTF-8 but read as Windows-1252. */
  encoding?: 'windows-1252';
}

export function decodeNote(bytes: Uint8Array, file: string): DecodedNote {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // Most notes are UTF-8: the detection only runs on a note that has a byte UTF-8 cannot read.
  if (!utf8.includes('\uFFFD')) return { content: utf8 };
  const decoded = decodeSurvey(bytes, 'auto', file);
  if (decoded.encoding === 'windows-1252' && decoded.text !== null && decoded.diagnostics.length === 0) {
    return { content: decoded.text, encoding: 'windows-1252' };
  }
  return { content: utf8 };
}
