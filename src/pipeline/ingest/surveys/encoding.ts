/**
 * Bytes → text. French Excel writes UTF-8 with a BOM, Windows-1252, or (« Texte Unicode ») UTF-16
 * with a BOM; `auto` tells them apart, a forced encoding is checked against the bytes. Well-formed
 * UTF-8 is read here at native speed; anything else (Windows-1252, stray bytes, a mix of both
 * line by line) in mixed-encoding.ts.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { decodeNotUtf8 } from './mixed-encoding.ts';

export type EncodingSetting = 'auto' | 'utf-8' | 'windows-1252';
export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  /** The text (BOM removed), or null when the file cannot be read as text at all. */
  text: string | null;
  encoding: Encoding | null;
  diagnostics: Diagnostic[];
}

const RESAVE_HINT = 'Dans Excel : « Enregistrer sous » → « CSV UTF-8 (délimité par des virgules) ».';

export function decodeSurvey(bytes: Uint8Array, setting: EncodingSetting, file: string): Decoded {
  const blocking = (code: string, message: string, hint: string, line = 1): Decoded => ({
    text: null,
    encoding: null,
    diagnostics: [diagnostic({ code, severity: 'blocking', message, hint, file, line })],
  });
  const utf16 = utf16Bom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, diagnostics: [] };
  if (isZip(bytes)) {
    return blocking('fichier-binaire', 'Ce fichier est un classeur (.xlsx, .ods), pas un fichier CSV.', RESAVE_HINT);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return blocking('fichier-binaire', 'Ce fichier contient des octets nuls : ce n’est pas un fichier texte CSV.', RESAVE_HINT, lineOfByte(bytes, nul));
  }

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const strict = strictUtf8(bom ? bytes.subarray(bom) : bytes);
  if (strict === null) return decodeNotUtf8(bytes, bom, setting, file);
  if (setting === 'windows-1252' && bom === 0) {
    // Valid UTF-8 with some multi-byte sequence: almost surely not Windows-1252 (« Ã© » would be needed).
    const diagnostics =
      strict.length === bytes.length
        ? []
        : [
            diagnostic({
              code: 'encodage-suspect',
              severity: 'blocking',
              message: 'Le fichier est déclaré en windows-1252 mais il est écrit en UTF-8 : ses accents seraient mal lus.',
              hint: 'Mettez « encodage: auto » (ou « utf-8 ») dans le fichier .yml de l’enquête.',
              file,
            }),
          ];
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', diagnostics };
  }
  return { text: strict, encoding: 'utf-8', diagnostics: [] };
}

/** The text if the bytes are well-formed UTF-8 (native decoder, fast), else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
