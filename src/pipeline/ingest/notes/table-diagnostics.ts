/**
 * What the note says about a table (tables.ts): how it was read, so that the ambassador can check
 * which section each cell went to; which of its columns are not published; or, for a shape that
 * cannot be read without guessing, that it was set aside and how to write it instead.
 */
import { TAG_LABELS } from '../../model.ts';
import { plural } from '../../text/plural.ts';
import type { Report } from './front-matter.ts';
import type { Column } from './table-columns.ts';
import type { At } from './table-grid.ts';
import type { AsideReason, TableReading } from './tables.ts';

type Read = Extract<TableReading, { read: 'columns' | 'rows' }>;
type Aside = Extract<TableReading, { read: 'aside' }>;

/** « la colonne « Votes » », or « la 2e colonne » for one without a header. */
function columnName({ header, index }: Column): string {
  return header.raw ? `la colonne « ${header.raw} »` : `la ${index === 0 ? '1re' : `${index + 1}e`} colonne`;
}

/** « sous le titre « Irritants » » (one of the three parts or not), or where a table before any heading stands. */
function place(title: string | null): string {
  return title === null ? 'placé avant tout titre' : `sous le titre « ${title} »`;
}

/** An info, not a warning: the table is published whole; only its reading is for the ambassador to check. */
export function reportTableRead(title: string | null, reading: Read, at: At, report: Report): void {
  const items = plural(reading.items.length, 'élément');
  const numbering =
    reading.numbering.map((column) => ` ${capitalise(columnName(column))} est lue comme une numérotation des lignes : elle n’est pas publiée.`).join('') +
    totalRows(reading.totals);
  if (reading.read === 'columns') {
    const sections = reading.sections.map(
      ({ header, role }) => `« ${header.raw} » dans « ${TAG_LABELS[role.tag]} »`,
    );
    report({
      code: 'tableau-lu',
      severity: 'info',
      message: `Le tableau ${place(title)} est lu colonne par colonne : ${plural(reading.sections.length, 'colonne')}, ${items}.${numbering}`,
      hint: `Chaque cellule est publiée comme un élément de la partie que nomme l’en-tête de sa colonne : ${sections.join(', ')}. Si une colonne est mal classée, renommez son en-tête ; un thème s’ajoute dans la cellule, par exemple « … #saisie ».`,
      ...at,
    });
    return;
  }
  const { text, votes, tag } = reading;
  const named = text.role.kind === 'section' ? ` (${columnName(text)})` : '';
  const counted = votes ? `, avec les votes de ${columnName(votes)}` : '';
  report({
    code: 'tableau-lu',
    severity: 'info',
    message: `Le tableau ${place(title)} est lu ligne par ligne : ${items} de « ${TAG_LABELS[tag]} »${named}${counted}.${numbering}`,
    hint: `Chaque ligne est publiée comme un élément : le texte de ${columnName(text)}${votes ? `, pondéré par le nombre de ${columnName(votes)}` : ''}. Si ce n’est pas la bonne partie, déplacez le tableau ou renommez l’en-tête ; un thème s’ajoute dans la cellule, par exemple « … #saisie ».`,
    ...at,
  });
}

/**
 * A column with text that is not published: said once, at its header. Text is counted as set aside
 * under `texte-hors-liste`, the code the bilan names for a note's text set aside; a theme label is
 * not an entry, and has its own code.
 */
export function reportUnpublishedColumn(column: Column, report: Report): void {
  const cells = column.cells.filter((cell) => cell.raw !== '').length;
  const header = capitalise(columnName(column));
  if (column.role.kind === 'theme') {
    report({
      code: 'colonne-non-publiee',
      severity: 'warning',
      message: `${header} du tableau n’est pas publiée : un thème ne se lit pas d’une colonne, mais d’une étiquette « # » dans le texte de l’élément.`,
      hint: 'Ajoutez le thème dans la cellule de chaque élément, par exemple « Saisir une situation demande quatre écrans. #saisie » ; les thèmes reconnus sont ceux de data/themes.yml.',
      ...column.header.at,
    });
    return;
  }
  report({
    code: 'texte-hors-liste',
    severity: 'warning',
    message: `${header} du tableau ne nomme aucune partie : ${cells >= 2 ? `ses ${plural(cells, 'cellule')} ne sont pas publiées (écartées` : 'sa cellule n’est pas publiée (écartée'} dans le bilan).`,
    hint: 'Si ce sont des retours de l’atelier, nommez la colonne d’après une partie (« Ce qui fonctionne », « Ce qui dysfonctionne », « Besoins et attentes ») ou écrivez-les en liste sous la bonne partie ; si c’est un commentaire, placez-le avant les parties, dans le contexte.',
    ...column.header.at,
  });
}

const ASIDE_REASONS: Readonly<Record<AsideReason, string>> = {
  'no-rows': 'il n’a que sa ligne d’en-tête',
  ragged: 'ses lignes n’ont pas toutes autant de cellules que son en-tête',
  texts: 'plusieurs de ses colonnes tiennent du texte, et rien ne dit laquelle porte les retours de la partie',
  votes: 'ses votes ne se rattachent pas à une seule colonne de retours',
  'no-text': 'aucune de ses colonnes ne tient de retours',
};

export function reportTableAside(title: string | null, { rows, example, reason }: Aside, at: At, report: Report): void {
  const shown = example.length > 60 ? `${example.slice(0, 59)}…` : example;
  report({
    code: 'texte-hors-liste',
    severity: 'warning',
    message: `Le tableau ${place(title)} n’est pas publié (${plural(rows, 'ligne')} ${rows >= 2 ? 'écartées' : 'écartée'} dans le bilan) : ${ASIDE_REASONS[reason]}.`,
    hint: `Écrivez chaque ligne du tableau comme un élément, par exemple « - ${shown} », suivi de « (12 votes) » s’il y a un décompte.`,
    ...at,
  });
}

/** « La ligne « Total » n'est pas publiée : elle additionne les autres. » */
function totalRows(totals: Read['totals']): string {
  const [first] = totals;
  if (!first) return '';
  return totals.length >= 2
    ? ` Les ${totals.length} lignes de total (« ${first.raw} »…) ne sont pas publiées : elles additionnent les autres.`
    : ` La ligne « ${first.raw} » n’est pas publiée : elle additionne les autres.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
