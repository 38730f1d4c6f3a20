/**
 * What the note says when it reads text pasted from a PDF, a cahier or a word processor otherwise
 * than Markdown would: a topic line read as a subheading, an enumeration split into items, numbered
 * lines read as a list, Word's bullets inside a line — and, when nothing of a note is published
 * although its sections hold text, that the workshop would vanish from the white paper.
 * The readings are infos (nothing is lost: a subheading becomes its items' context, Word's glyphs
 * are not text); a note with nothing published is blocking.
 */
import { TAG_LABELS, type Tag } from '../../model.ts';
import { formatInteger, plural } from '../../text/plural.ts';
import type { Report } from './front-matter.ts';
import type { ItemPieces } from './item-pieces.ts';
import { CANONICAL_HEADINGS } from './sections.ts';
import type { At } from './text-lines.ts';

/** `glued`: the line was glued below an item (else it was a paragraph of its own before a list). */
export function reportTopic(title: string, glued: boolean, at: At, report: Report): void {
  report({
    code: 'sous-titre-lu',
    severity: 'info',
    message: glued
      ? `« ${title} », seul sur sa ligne sans « - » sous un élément, est lu comme un sous-titre et non comme la fin de cet élément : il n’est pas publié, les éléments qui le suivent l’ont pour contexte.`
      : `« ${title} », seul sur sa ligne avant une liste, est lu comme un sous-titre : il n’est pas publié, les éléments qui le suivent l’ont pour contexte.`,
    hint: glued
      ? `Écrivez-le en titre, « ### ${title} » ; s’il termine l’élément du dessus, remettez-le au bout de la ligne de cet élément.`
      : `Écrivez-le en titre, « ### ${title} » ; si c’est un retour, commencez la ligne par « - ».`,
    ...at,
  });
}

export function reportEnumeration(enumeration: NonNullable<ItemPieces['enumeration']>, report: Report): void {
  const markers = enumeration.markers.slice(0, 2).map((marker) => `« ${marker} »`).join(', ');
  report({
    code: 'enumeration-en-ligne',
    severity: 'info',
    message: enumeration.split
      ? `Cet élément énumère plusieurs retours (${markers}…) : il est publié comme ${plural(enumeration.parts, 'élément')}, un par retour, chacun précédé de ce qui introduit l’énumération.`
      : `Cet élément énumère plusieurs retours (${markers}…) mais porte un décompte de votes : il n’est pas découpé, les votes valant pour l’ensemble.`,
    hint: enumeration.split
      ? 'Vérifiez le découpage ; pour un élément par retour, écrivez chacun sur sa ligne commençant par « - » ; pour un seul élément, remplacez les lettres par des virgules.'
      : 'Si chaque retour a reçu ses propres votes, écrivez-les sur des lignes commençant par « - », chacune avec son « (N votes) ».',
    ...enumeration.at,
  });
}

/** Said once per note, at the first glyph, with the counts of the whole note. */
export function reportGlyphs({ separators, removed, at }: NonNullable<ItemPieces['glyphs']>, report: Report): void {
  const total = separators + removed;
  const done = [
    separators > 0 ? `${formatInteger(separators)} ${separators >= 2 ? 'servent' : 'sert'} de séparateur entre deux retours, publiés comme éléments distincts` : '',
    removed > 0 ? `${formatInteger(removed)} ${removed >= 2 ? 'sont retirés' : 'est retiré'} du texte` : '',
  ].filter(Boolean);
  report({
    code: 'caracteres-de-puce',
    severity: 'info',
    message: `La note contient ${plural(total, 'caractère')} de puce ${total >= 2 ? 'copiés' : 'copié'} depuis Word ou un PDF (polices Symbol, Wingdings : des carrés vides à l’écran) au milieu d’une ligne : ${done.join(' ; ')}.`,
    hint: 'Écrivez chaque retour sur sa propre ligne commençant par « - », et supprimez ces caractères.',
    ...at,
  });
}

export function reportNumberedLines(run: { count: number; tag: Tag; at: At }, report: Report): void {
  report({
    code: 'lignes-numerotees',
    severity: 'info',
    message: `${plural(run.count, 'ligne')} ${run.count >= 2 ? 'commencent' : 'commence'} par un numéro sans point (« 1 », « 2 »…), que Markdown ne lit pas comme une liste : ${run.count >= 2 ? 'elles sont lues' : 'elle est lue'} comme ${plural(run.count, 'élément')} de « ${TAG_LABELS[run.tag]} » ; une ligne qui ne porte pas le numéro suivant prolonge l’élément du dessus.`,
    hint: 'Écrivez « 1. », « 2. »… (avec un point) ou « - » en tête de chaque élément ; une ligne qui prolonge un élément s’indente de trois espaces.',
    ...run.at,
  });
}

/** A note whose sections hold text, none of it published: blocking, since the workshop would seem to have said nothing. */
export function reportNothingPublished(setAside: number, at: At, report: Report): void {
  const { working, broken, needs } = CANONICAL_HEADINGS;
  report({
    code: 'note-entierement-ecartee',
    severity: 'blocking',
    message: `Aucun élément de cette note n’est publié alors que ses parties contiennent du texte : ${plural(setAside, 'texte')} ${setAside >= 2 ? 'écartés' : 'écarté'} (voir texte-hors-liste). Publié ainsi, l’atelier paraîtrait n’avoir rien dit.`,
    hint: `Écrivez chaque retour sur une ligne commençant par « - » sous « ## ${working} », « ## ${broken} » ou « ## ${needs} » ; un texte qui n’est pas un retour se place avant les parties, dans le contexte.`,
    ...at,
  });
}
