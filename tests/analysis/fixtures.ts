/** Builders of themed items for the analysis tests: only what each test says differs from a default. */
import type { FeedbackItem, SessionFormat, Tag } from '../../src/pipeline/model.ts';

let next = 0;

export interface ItemInit {
  id?: string;
  text?: string;
  tag?: Tag;
  themes?: string[];
  region?: string | null;
  department?: string | null;
  profile?: string | null;
  format?: SessionFormat;
  sessionId?: string;
  weight?: number;
}

export function item(init: ItemInit = {}): FeedbackItem {
  const id = init.id ?? `i${String(next++).padStart(6, '0')}`;
  return {
    id,
    sessionId: init.sessionId ?? `s-${init.region ?? 'x'}`,
    text: init.text ?? 'Un texte.',
    declaredTag: init.tag ?? 'needs',
    explicitThemes: [],
    weight: init.weight ?? 1,
    region: init.region === undefined ? '11' : init.region,
    department: init.department ?? null,
    profile: init.profile ?? null,
    format: init.format ?? 'presentiel',
    question: null,
    source: { file: `content/ateliers/${id}.md`, line: 1, column: 3 },
    tag: init.tag ?? 'needs',
    tagSource: 'explicit',
    confidence: 1,
    themes: init.themes ?? ['autres'],
  };
}

/** `count` copies of an item in a region (ids made unique). */
export function many(count: number, init: ItemInit): FeedbackItem[] {
  return Array.from({ length: count }, () => item({ ...init, id: undefined }));
}
