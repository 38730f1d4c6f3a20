/**
 * What the note says about a heading that is not exactly a section's name: read as the section it
 * nearly names (a typo), or unknown, with a suggestion only when one is close (heading-typo.ts).
 */
import { TAG_LABELS, type Tag } from '../../model.ts';
import type { Report } from './front-matter.ts';
import { guessHeading } from './heading-typo.ts';
import { CANONICAL_HEADINGS } from './sections.ts';

type At = { line: number; column: number };

export function reportCorrectedHeading(title: string, tag: Tag, at: At, report: Report): void {
  report({
    code: 'section-corrigee',
    severity: 'warning',
    message: `Le titre « ${title} » n’est pas exactement le titre d’une partie, mais il en est tout proche : il est lu comme « ${CANONICAL_HEADINGS[tag]} », et ses éléments vont dans « ${TAG_LABELS[tag]} ».`,
    hint: `Corrigez-le en « ## ${CANONICAL_HEADINGS[tag]} » ; si ce n’est pas une partie des retours, renommez-le.`,
    ...at,
  });
}

export function reportUnknownSection(title: string, untagged: number, at: At, report: Report): void {
  const guess = guessHeading(title);
  const { working, broken, needs } = CANONICAL_HEADINGS;
  const items = untagged >= 2 ? `ses ${untagged} éléments` : 'son élément';
  report({
    code: 'section-inconnue',
    severity: 'warning',
    message: `Le titre « ${title} » n’est pas le titre d’une des trois parties : l’étiquette de ${items} est déduite du texte, et dite à la ligne de ${untagged >= 2 ? 'chacun' : 'l’élément'}.`,
    hint: guess
      ? `Vouliez-vous écrire « ${CANONICAL_HEADINGS[guess.tag]} » ?`
      : `Titres des trois parties : « ${working} », « ${broken} », « ${needs} », et leurs synonymes (« Points forts », « Difficultés », « Propositions »…).`,
    ...at,
  });
}
