// PLACEHOLDER — owned by the "notes" helper, to be replaced.
import type { TextFile } from '../../io/consultation-input.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import { emptyResult, type IngestResult } from '../result.ts';

export function parseNote(file: TextFile, referentiels: Referentiels): IngestResult {
  void file;
  void referentiels;
  return emptyResult();
}
