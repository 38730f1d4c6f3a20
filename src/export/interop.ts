/**
 * Interoperability exports: a Pol.is-style comments.csv and an IRaMuTeQ corpus, the French standard
 * for lexical analysis (Alceste-style `****` lines with starred variables).
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { csvChunks } from './csv.ts';

/** Pol.is / Talk to the City columns: comment-id, comment-body, then our metadata. */
export function polisComments(synthesis: Synthesis): Generator<string> {
  return csvChunks(
    {
      headers: ['comment-id', 'comment-body', 'tag', 'themes', 'region', 'profile', 'format', 'session', 'votes'],
      rows: synthesis.items.map((item) => [
        item.id, item.text, item.tag, item.themes.join('|'), item.region ?? '', item.profile ?? '', item.format, item.sessionId, item.weight,
      ]),
    },
    ',',
  );
}

/** IRaMuTeQ variables may hold letters, digits and underscores only. */
function variable(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'na';
}

/** One piece per text (`****` line and body), separated by a blank line. */
export function* iramuteqCorpus(synthesis: Synthesis): Generator<string> {
  for (const [index, item] of synthesis.items.entries()) {
    const header = [
      '****',
      `*region_${variable(item.region ?? 'na')}`,
      `*tag_${variable(item.tag)}`,
      ...item.themes.map((t) => `*theme_${variable(t)}`),
      `*profil_${variable(item.profile ?? 'na')}`,
      `*format_${variable(item.format)}`,
    ].join(' ');
    // A line starting with **** or -* would be read as a new text or a thematic line.
    const body = item.text.replace(/\r?\n/g, ' ').replace(/^(\*+|-\*)/, '');
    yield `${index === 0 ? '' : '\n'}${header}\n${body}\n`;
  }
}
