/**
 * A workshop item as ingest gives it, for tests of the later stages: a Breton in-person workshop's
 * item, every field set, `over` changing what the test is about.
 */
import type { RawItem } from '../../src/pipeline/model.ts';

export function rawItem(text: string, over: Partial<RawItem> = {}): RawItem {
  return {
    id: 'i1',
    sessionId: 'atelier',
    text,
    declaredTag: 'working',
    explicitThemes: [],
    weight: 1,
    region: '53',
    department: null,
    profile: null,
    format: 'presentiel',
    question: null,
    source: { file: 'content/ateliers/bretagne/a.md', line: 1, column: 1 },
    ...over,
  };
}

/** A survey answer whose tag is to be read from its text (`auto`), as ingest gives it, under `question`. */
export function surveyAnswer(text: string, question: string | null, over: Partial<RawItem> = {}): RawItem {
  return rawItem(text, {
    sessionId: 's1',
    declaredTag: 'auto',
    region: null,
    format: 'enquete',
    question,
    source: { file: 'data/enquetes/retraite.csv', line: 2, column: 2, row: 1, field: 'commentaire' },
    ...over,
  });
}
