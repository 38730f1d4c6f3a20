/**
 * One vocabulary for note headings and survey headers (ingest/section-vocabulary.ts): a column is read
 * as the section of the same name is, in the impersonal, « vous » and « tu » forms.
 */
import { describe, expect, it } from 'vitest';
import type { Tag } from '../../src/pipeline/model.ts';
import { SECTION_SYNONYMS } from '../../src/pipeline/ingest/section-vocabulary.ts';
import { headingTag } from '../../src/pipeline/ingest/notes/sections.ts';
import { roleOfHeader } from '../../src/pipeline/ingest/surveys/header-aliases.ts';
import { codes, parse } from './helpers.ts';

function surveyTag(header: string): Tag | 'auto' | string | null {
  const role = roleOfHeader(header);
  return role === null ? null : role.kind === 'text' ? role.tag : role.kind;
}

const VARIANTS: ReadonlyArray<readonly [string, Tag]> = [
  ['Ce qui t’aide', 'working'],
  ['Ce qui t\'aide le plus avec ta Mission Locale', 'working'],
  ['Ce qui vous aide', 'working'],
  ['Ce qui marche', 'working'],
  ['Ce qui va bien', 'working'],
  ['Ce qui te plaît', 'working'],
  ['Ce que vous appréciez', 'working'],
  ['Tes points forts', 'working'],
  ['Ce qui ne va pas', 'broken'],
  ['Ce qui va mal', 'broken'],
  ['Ce qui coince', 'broken'],
  ['Ce qui te gêne', 'broken'],
  ['Ce qui vous bloque', 'broken'],
  ['Ce qui vous agace', 'broken'],
  ['Ce que tu n’aimes pas', 'broken'],
  ['Ce qui vous plaît moins', 'broken'],
  ['Points faibles', 'broken'],
  ['Difficultés', 'broken'],
  ['Tes difficultés', 'broken'],
  ['Ce que tu voudrais', 'needs'],
  ['Ce que vous aimeriez', 'needs'],
  ['Ce qui te manque', 'needs'],
  ['Ce qui vous manque', 'needs'],
  ['Vos attentes', 'needs'],
  ['Tes attentes', 'needs'],
  ['Tes idées', 'needs'],
  ['Propositions', 'needs'],
  ['Suggestions', 'needs'],
  ['Améliorations', 'needs'],
  ['Ce qui t’aiderait', 'needs'],
];

describe('one vocabulary for note headings and survey headers', () => {
  it('reads every section name of the notes as a survey column of the same part', () => {
    const disagreements = (Object.keys(SECTION_SYNONYMS) as Tag[]).flatMap((tag) =>
      SECTION_SYNONYMS[tag].filter((name) => surveyTag(name) !== tag).map((name) => `${name} (${tag}) → ${String(surveyTag(name))}`),
    );
    expect(disagreements).toEqual([]);
  });

  it.each(VARIANTS)('%j is %s as a note heading and as a survey header', (header, tag) => {
    expect([headingTag(header), surveyTag(header)]).toEqual([tag, tag]);
  });

  it('reads a header asking the question (« Qu’est-ce qui coince ? », « Selon toi, … ») as its part', () => {
    expect(['Qu’est-ce qui coince ?', 'Selon toi, qu’est-ce qui te manque ?', 'Qu’est-ce qui vous aide au quotidien ?'].map(surveyTag)).toEqual([
      'broken',
      'needs',
      'working',
    ]);
  });

  it('leaves a header naming two parts to the tagger (auto), as a note heading decides nothing', () => {
    expect(surveyTag('Ce qui fonctionne et ce qui ne fonctionne pas')).toBe('auto');
    expect(surveyTag('Points forts et points faibles')).toBe('auto');
    expect(headingTag('Points forts et points faibles')).toBeNull();
  });

  it('reads the young people’s survey in the « tu » form without a sidecar: every answer published under its part', () => {
    const csv = [
      'Région;Ce qui t\'aide;Ce qui ne va pas;Ce qui coince;Ce que tu voudrais',
      'Bretagne;Le conseiller est à l’écoute.;Les convocations arrivent tard.;Les délais de l’allocation.;Une appli pour mes rendez-vous.',
      'Normandie;L’aide pour mon CV.;Pas de rappel.;Le site plante.;Des SMS de rappel.',
    ].join('\n');
    const result = parse(`${csv}\n`);
    expect(codes(result.diagnostics)).toEqual([]);
    expect(result.items.map((i) => [i.source.field, i.declaredTag])).toEqual([
      ['Ce qui t\'aide', 'working'],
      ['Ce qui ne va pas', 'broken'],
      ['Ce qui coince', 'broken'],
      ['Ce que tu voudrais', 'needs'],
      ['Ce qui t\'aide', 'working'],
      ['Ce qui ne va pas', 'broken'],
      ['Ce qui coince', 'broken'],
      ['Ce que tu voudrais', 'needs'],
    ]);
  });
});
