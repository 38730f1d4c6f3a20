/** Builders shared by the survey tests: in-memory survey files, Windows-1252 bytes, referentiels. */
import type { Diagnostic } from '../../src/pipeline/model.ts';
import type { SurveyFile } from '../../src/pipeline/io/consultation-input.ts';
import { createReferentiels, type Referentiels } from '../../src/pipeline/referentiels/index.ts';
import { parseSurvey } from '../../src/pipeline/ingest/surveys/index.ts';
import type { IngestResult } from '../../src/pipeline/ingest/result.ts';

export const FILE = 'data/enquetes/test.csv';
export const SIDECAR = 'data/enquetes/test.yml';

export const referentiels: Referentiels = createReferentiels(null).referentiels;

/** Windows-1252 code points of the characters above 0x7F that differ from Latin-1. */
const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, 'Œ': 0x8c, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Ÿ': 0x9f };

export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = CP1252[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in windows-1252: ${char}`);
    return code;
  });
}

export function utf8(text: string, bom = false): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

export function surveyFile(content: string | Uint8Array, sidecar?: string): SurveyFile {
  return {
    file: FILE,
    bytes: typeof content === 'string' ? utf8(content) : content,
    sidecar: sidecar === undefined ? null : { file: SIDECAR, content: sidecar },
  };
}

export function parse(content: string | Uint8Array, sidecar?: string, refs: Referentiels = referentiels): IngestResult {
  return parseSurvey(surveyFile(content, sidecar), refs);
}

/** Diagnostics as compact `code@line` strings, sorted, for readable assertions. */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.line}`).sort();
}

export function only(diagnostics: readonly Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, got ${JSON.stringify(diagnostics, null, 1)}`);
  return found[0] as Diagnostic;
}
