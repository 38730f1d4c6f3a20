/**
 * Diagnostics about a note's body that are only known once it is read whole: empty or unknown
 * sections, items before any heading, unknown hashtags, a note without items. One per cause.
 */
import { TAG_LABELS, type Tag, type Theme } from '../../model.ts';
import { plural } from '../../text/plural.ts';
import type { Section, UnknownHashtag } from './body-model.ts';
import type { Report } from './front-matter.ts';
import { CANONICAL_HEADINGS } from './sections.ts';
import { reportUnknownSection } from './heading-diagnostics.ts';
import { reportTextAside } from './stray-diagnostics.ts';

const { working, broken, needs } = CANONICAL_HEADINGS;

export function reportSection(section: Section, noteHasItems: boolean, report: Report): void {
  if (section.aside) reportTextAside(section.title, section.aside, section.items > 0, report);
  else if (section.tag && section.items === 0 && section.setAside === 0 && noteHasItems) {
    report({
      code: 'section-vide',
      severity: 'warning',
      message: `La partie « ${section.title} » est vide.`,
      hint: 'Ajoutez les retours de l’atelier en liste à puces, ou supprimez le titre.',
      line: section.line,
      column: section.column,
    });
  }
  if (section.untagged > 0) reportUnknownSection(section.title, section.untagged, { line: section.line, column: section.column }, report);
}

export function reportParagraphHeading(title: string, tag: Tag, at: { line: number; column: number }, report: Report): void {
  report({
    code: 'section-en-paragraphe',
    severity: 'warning',
    message: `« ${title} » est écrit comme une ligne de texte, pas comme un titre : il est lu comme un titre de partie, et les éléments qui suivent vont dans « ${TAG_LABELS[tag]} ».`,
    hint: `Écrivez-le en titre, précédé de « ## » : « ## ${title} ».`,
    ...at,
  });
}

export function reportOutside(outside: { line: number; column: number; count: number }, report: Report): void {
  const { line, column, count } = outside;
  report({
    code: 'element-hors-section',
    severity: 'warning',
    message:
      count >= 2
        ? `${count} éléments sont placés avant tout titre de partie : leur étiquette est déduite du texte, et dite à la ligne de chacun.`
        : 'Un élément est placé avant tout titre de partie : son étiquette est déduite du texte, et dite à sa ligne.',
    hint: `Placez-${count >= 2 ? 'les' : 'le'} sous « ## ${working} », « ## ${broken} » ou « ## ${needs} ».`,
    line,
    column,
  });
}

export function reportUnknownHashtag(unknown: UnknownHashtag, guess: Theme | null, report: Report): void {
  const uses = unknown.count > 1 ? ` (${plural(unknown.count, 'élément')})` : '';
  report({
    code: 'theme-inconnu',
    severity: 'warning',
    message: `Le thème « #${unknown.tag} » n’existe pas dans data/themes.yml${uses} : il est ignoré.`,
    hint: guess
      ? `Vouliez-vous écrire « #${guess.id} » (${guess.label}) ?`
      : 'Utilisez l’id d’un thème de data/themes.yml, ou ajoutez-le à ses etiquettes.',
    line: unknown.line,
    column: unknown.column,
  });
}

export function reportEmptyNote(report: Report): void {
  report({
    code: 'note-vide',
    severity: 'warning',
    message: 'La note ne contient aucun élément : les retours s’écrivent en listes à puces sous les titres des trois parties.',
    hint: `Par exemple « ## ${working} » puis une ligne « - La recherche d'un jeune est rapide. »`,
  });
}
