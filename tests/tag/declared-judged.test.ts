/**
 * A bare « Oui » / « Non » in a survey column whose tag is declared (sidecar `tag:`) answering a
 * question that judges today (« Êtes-vous satisfait de l'accueil ? ») takes the question's verdict,
 * as it does in an `auto` column, instead of being set aside as a non-answer.
 */
import { describe, expect, it } from 'vitest';
import { tagItems } from '../../src/pipeline/tag/index.ts';
import { tagText } from '../../src/pipeline/tag/tag-text.ts';
import { parse } from '../surveys/helpers.ts';

const CSV = [
  'Région;Accueil',
  'Bretagne;Oui',
  'Bretagne;Non',
  'Bretagne;Non, pas du tout.',
  'Bretagne;Oui. RAS',
  'Bretagne;RAS',
  "Bretagne;L'accueil est rapide",
  '',
].join('\n');

function sidecar(tag: string, question: string): string {
  return `colonnes:\n  region: Région\n  textes:\n    - { colonne: Accueil, tag: ${tag}, question: "${question}" }\n`;
}

function tagged(tag: string, question: string) {
  const ingested = parse(CSV, sidecar(tag, question));
  expect(ingested.diagnostics.filter((d) => d.severity === 'blocking')).toEqual([]);
  const result = tagItems(ingested.items);
  return {
    kept: result.items.map((item) => [item.text, item.tag, item.tagSource, item.confidence]),
    rejected: result.rejected.map((item) => item.text),
  };
}

describe('declared column: « Oui » / « Non » to a question judging today', () => {
  it.each(['working', 'needs', 'broken'])('takes the verdict of « Êtes-vous satisfait… ? » in a column declared %s', (tag) => {
    const { kept, rejected } = tagged(tag, "Êtes-vous satisfait de l'accueil ?");
    expect(kept).toEqual([
      ['Oui', 'working', 'inferred', 0.6],
      ['Non', 'broken', 'inferred', 0.6],
      ['Non, pas du tout.', 'broken', 'inferred', 0.6],
      ['Oui. RAS', 'working', 'inferred', 0.6],
      ["L'accueil est rapide", tag, 'explicit', 1],
    ]);
    // A non-answer is still set aside.
    expect(rejected).toEqual(['RAS']);
  });

  it('agrees with an `auto` column on the same answers', () => {
    const question = "Êtes-vous satisfait de l'accueil ?";
    const declared = new Map(tagged('working', question).kept.map(([text, tag]) => [text, tag]));
    for (const text of ['Oui', 'Non', 'Non, pas du tout.', 'Oui. RAS']) {
      expect(tagText(text, question).tags).toEqual([declared.get(text)]);
    }
  });

  it('turns the verdict for a question whose « Oui » is a complaint', () => {
    const { kept } = tagged('working', "Y a-t-il trop d'échelons administratifs ?");
    expect(kept.slice(0, 2)).toEqual([
      ['Oui', 'broken', 'inferred', 0.6],
      ['Non', 'working', 'inferred', 0.6],
    ]);
  });

  it('still sets « Oui » / « Non » aside where the question does not judge plainly', () => {
    for (const question of ["N'êtes-vous pas satisfait de l'accueil ?", 'Pouvez-vous identifier des règles inutiles ?', 'Accueil']) {
      // Under a column declared needs: under working, « Non » reads as « nothing works » (explicit.ts).
      const { rejected } = tagged('needs', question);
      expect(rejected).toEqual(expect.arrayContaining(['Oui', 'Non', 'Non, pas du tout.', 'Oui. RAS', 'RAS']));
    }
  });

  it('keeps the column tag of « Oui » / « Non » to a question proposing a change', () => {
    const { kept } = tagged('needs', 'Faut-il ouvrir l’accueil le samedi ?');
    expect(kept.slice(0, 2)).toEqual([
      ['Oui', 'needs', 'explicit', 1],
      ['Non', 'needs', 'explicit', 1],
    ]);
  });
});
