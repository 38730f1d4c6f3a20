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
