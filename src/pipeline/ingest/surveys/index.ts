// PLACEHOLDER — owned by the "surveys" helper, to be replaced.
import type { SurveyFile } from '../../io/consultation-input.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import { emptyResult, type IngestResult } from '../result.ts';

export function parseSurvey(file: SurveyFile, referentiels: Referentiels): IngestResult {
  void file;
  void referentiels;
  return emptyResult();
}
