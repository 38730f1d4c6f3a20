import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../src/pipeline/tag/tag-text.ts';
import { findColumn, readTable } from '../../src/pipeline/tag/table.ts';

/**
 * Real Decidim exports (Métropole Européenne de Lille, Grand Débat) from ../shared/real-data, read in
 * place and never copied into the repository: texts with no question (proposals, comments on them)
 * and comments answering a debate's question. Skipped when the folder is absent.
 */
const DIR = path.resolve(import.meta.dirname, '../../..', 'shared/real-data/decidim-mel-granddebat');
const present = existsSync(path.join(DIR, 'commentaires_debats.csv')) && existsSync(path.join(DIR, 'debats.csv'));
if (!present) console.log(`Données réelles absentes (${DIR}) : tests Decidim de l'étiquetage ignorés.`);

function table(file: string) {
  return readTable(readFileSync(path.join(DIR, file)));
}

/** Each debate comment's text with its debate's title (the row's question), read from the URL's end. */
function debateComments(): Array<{ text: string; question: string }> {
  const debates = table('debats.csv');
  const [id, title] = [findColumn(debates.header, 'id'), findColumn(debates.header, 'title/fr')] as [number, number];
  const titles = new Map(debates.rows.map((row) => [row[id] ?? '', (row[title] ?? '').trim()]));
  const comments = table('commentaires_debats.csv');
  const [body, url] = [findColumn(comments.header, 'body'), findColumn(comments.header, 'root_commentable_url')] as [number, number];
  return comments.rows.map((row) => ({
    text: (row[body] ?? '').replace(/\s+/g, ' ').trim(),
    question: titles.get(/(\d+)$/.exec(row[url] ?? '')?.[1] ?? '') ?? '',
  }));
}

describe.skipIf(!present)('tagging real Decidim comments (../shared/real-data)', () => {
  it('counts a bare « Oui » / « Non » to « Faut-il… ? » as a position, not a non-answer', () => {
    const bare = debateComments().filter((c) => /^(oui|non|pour)\s*[.!]*$/i.test(c.text) && c.question.startsWith('Faut-il'));
    // 6 in the export (« Oui » to « Faut-il reconnaître le vote blanc ? », « Non » to « …rendre le vote obligatoire ? »…).
    expect(bare.length).toBeGreaterThanOrEqual(5);
    for (const { text, question } of bare) {
      const result = tagText(text, question);
      expect(result.none, `${text} ← ${question}`).toBe(false);
      expect(result.tags, `${text} ← ${question}`).toEqual(['needs']);
    }
  });

  it('does not publish arguments for a proposal under « Ce qui fonctionne »', () => {
    // Statements of the export that argued for a change with praise words and were published as praise.
    const fragments = [
      "Parfaitement d'accord",
      'si on validait le comptage du vote blanc je pense que sa serait déjà pas mal',
      "complètement d'accord pour réexpliquer au gens",
    ];
    const comments = debateComments();
    for (const fragment of fragments) {
      const comment = comments.find((c) => c.text.includes(fragment));
      expect(comment, fragment).toBeDefined();
      const segments = tagText(comment!.text, comment!.question).segments.filter((s) => s.text.includes(fragment.slice(0, 30)));
      expect(segments.length, fragment).toBeGreaterThan(0);
      for (const segment of segments) expect(segment.tags, segment.text).not.toContain('working');
    }
  });
});
