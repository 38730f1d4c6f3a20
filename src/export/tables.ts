/**
 * The bureau's views of the Synthesis as plain tables. CSV and XLSX are both written from these, and
 * every count comes from `synthesis.counts` (the same numbers as the site); the number of identical
 * answers comes from `search/same-answer.ts`, as the search's « N réponses identiques ».
 */
import { SEVERITY_LABELS, TAGS, TAG_LABELS, type Tag } from '../pipeline/model.ts';
import type { CountRow, Synthesis } from '../pipeline/synthesis-model.ts';
import type { Table } from './csv.ts';
import { noteRow } from './cells.ts';
import { identicalAnswers, type IdenticalAnswers } from '../search/same-answer.ts';
import { countBy } from '../pipeline/analysis/count-by.ts';
import { formatLabel, NO_REGION_LABEL, NO_REGION_WORDS, profileLabel } from '../site/labels.ts';
import { plural } from '../pipeline/text/plural.ts';
import { sessionsTable } from './sessions-table.ts';
import { describeReasons } from '../pipeline/rejection-reasons.ts';
import { SET_ASIDE_NAME, SET_ASIDE_SHEET, setAsideTable } from './set-aside-table.ts';
import { regionsThemesTable, SEVERAL_THEMES_NOTE } from './regions-themes-table.ts';
import { noConvergenceNotice, noIdeasNotice } from '../site/region-notices.ts';
import { regionCoverage } from '../site/region-coverage.ts';
import { siteView } from './site-view.ts';
import { closedQuestionsTable, NO_CLOSED_QUESTION } from './closed-questions-table.ts';
import { departmentLabel, regionNamer } from './place-names.ts';
import { ANSWER_HEADER, distinctField, FIELD_HEADER, VOICES_HEADER } from './source-columns.ts';
import { calendarDate } from './cells.ts';

export interface NamedTable extends Table {
  /** File name without extension, and sheet name. */
  name: string;
  sheet: string;
}

export function exportTables(synthesis: Synthesis): NamedTable[] {
  // The regions represented, as the site counts them for its notices of an empty view.
  const represented = regionCoverage(siteView(synthesis)).represented.length;
  return [
    themesByTag(synthesis), regions(synthesis), regionsThemesTable(synthesis), sessionsTable(synthesis),
    withNotice(closedQuestionsTable(synthesis), NO_CLOSED_QUESTION), verbatims(synthesis),
    withNotice(ideas(synthesis), noIdeasNotice(represented)), withNotice(ideaMembers(synthesis), noIdeasNotice(represented)),
    withNotice(convergence(synthesis), noConvergenceNotice(represented)), quality(synthesis), setAsideTable(synthesis),
  ];
}

/**
 * The rows of a view, or, when it has none, one row that says why in the site's words (first cell):
 * a sheet of headers alone reads as an export that failed.
 */
function withNotice(table: NamedTable, notice: string): NamedTable {
  return table.rows.length > 0 ? table : { ...table, rows: [noteRow(notice, table.headers.length)] };
}


/** The label of the « all items » row under the themes, and of the line under it. */
export const ALL_ITEMS_LABEL = 'Ensemble des éléments';

function labels(synthesis: Synthesis) {
  const theme = new Map(synthesis.themes.map((t) => [t.id, t.label]));
  return { theme: (id: string) => theme.get(id) ?? id, region: regionNamer(synthesis) };
}

/** The id → title and date of each session. */
function sessionLookup(synthesis: Synthesis) {
  const sessions = new Map(synthesis.sessions.map((s) => [s.id, s]));
  return {
    title: (id: string) => sessions.get(id)?.title ?? id,
    date: (id: string) => {
      const date = sessions.get(id)?.date;
      return date ? calendarDate(date) : null;
    },
  };
}

/** Pivot of 2-key rows: first key → { second key → items }. */
function pivot(rows: readonly CountRow[]): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const [a = '', b = ''] = row.keys;
    const inner = result.get(a) ?? new Map<string, number>();
    inner.set(b, row.items);
    result.set(a, inner);
  }
  return result;
}

function themesByTag(synthesis: Synthesis): NamedTable {
  const { theme } = labels(synthesis);
  const byTheme = pivot(synthesis.counts.byThemeTag);
  const totals = new Map(synthesis.counts.byTheme.map((r) => [r.keys[0] ?? '', r]));
  const byTag = new Map(synthesis.counts.byTag.map((r) => [r.keys[0] ?? '', r]));
  const headers = ['Thème', 'Identifiant', ...TAGS.map((t) => TAG_LABELS[t]), 'Total', VOICES_HEADER];
  return {
    name: 'themes-etiquettes',
    sheet: 'Thèmes × étiquettes',
    headers,
    rows: [
      ...synthesis.themes.map((t) => [
        theme(t.id),
        t.id,
        ...TAGS.map((tag) => byTheme.get(t.id)?.get(tag) ?? 0),
        totals.get(t.id)?.items ?? 0,
        totals.get(t.id)?.weight ?? 0,
      ]),
      // Each item once: the themes' rows add up to more, an item counting in each of its themes.
      [ALL_ITEMS_LABEL, null, ...TAGS.map((tag) => byTag.get(tag)?.items ?? 0), synthesis.counts.total.items, synthesis.counts.total.weight],
      noteRow(SEVERAL_THEMES_NOTE, headers.length),
    ],
  };
}

function regions(synthesis: Synthesis): NamedTable {
  const byRegionTag = pivot(synthesis.counts.byRegionTag);
  const totals = new Map(synthesis.counts.byRegion.map((r) => [r.keys[0] ?? '', r.items]));
  // The site's regions (each has a page, and a row in the map's table, 0 when all it noted was set aside),
  // plus any other region items come from; the items without a region last, as in the map's table.
  const codes = [...new Set([...synthesis.regions.map((r) => r.code), ...totals.keys()])].filter(Boolean).sort();
  if (totals.has('')) codes.push('');
  const { region } = labels(synthesis);
  // Sessions that contributed items of the region, wherever held: a region with survey answers only
  // has items from national surveys, not « 0 sessions ».
  const sessions = new Map<string, number>();
  for (const row of countBy(synthesis.items, ['region', 'session'])) sessions.set(row.keys[0] ?? '', (sessions.get(row.keys[0] ?? '') ?? 0) + 1);
  // The resemblance /regions/ shows (as a percentage), empty where the site says it is not computed.
  const similarity = new Map(synthesis.convergence.regions.map((r) => [r.region, r]));
  const { minItemsPerRegion } = synthesis.convergence;
  return {
    name: 'regions',
    sheet: 'Régions',
    headers: [
      'Région', 'Code INSEE', ...TAGS.map((t) => TAG_LABELS[t]), 'Total', 'Sessions (ateliers et enquêtes ayant des éléments de la région)',
      'Besoins rattachés à un thème',
      `Ressemblance des besoins à ceux de l’ensemble de la consultation (part, de 0 à 1 ; vide sous ${minItemsPerRegion} besoins rattachés à un thème)`,
      'Ressemblance moyenne d’autant de besoins tirés au hasard dans le réseau (part, de 0 à 1)',
      'Écart au-delà du hasard (ressemblance sous 95 tirages sur 100)',
    ],
    rows: codes.map((code) => [
      code ? region(code) : NO_REGION_LABEL,
      code,
      ...TAGS.map((tag) => byRegionTag.get(code)?.get(tag) ?? 0),
      totals.get(code) ?? 0,
      sessions.get(code) ?? 0,
      code ? (similarity.get(code)?.items ?? 0) : null,
      code ? (similarity.get(code)?.similarity ?? null) : null,
      code ? (similarity.get(code)?.chance ?? null) : null,
      code ? yesNo(similarity.get(code)?.beyondChance ?? null) : null,
    ]),
    decimals: { [TAGS.length + 5]: SHARE_DECIMALS, [TAGS.length + 6]: SHARE_DECIMALS },
    percents: [TAGS.length + 5, TAGS.length + 6],
  };
}

function verbatims(synthesis: Synthesis): NamedTable {
  const { theme, region } = labels(synthesis);
  const session = sessionLookup(synthesis);
  const themeIds = synthesis.themes.map((t) => t.id);
  const identical = identicalAnswers(synthesis.items);
  return {
    name: 'verbatims',
    sheet: 'Verbatims',
    headers: ['Identifiant', 'Texte', 'Étiquette', 'Origine de l\'étiquette', CONFIDENCE_HEADER, 'Thèmes', 'Région', 'Département',
      'Profil', 'Format', 'Session', 'Date de la session', 'Fichier', 'Ligne', ANSWER_HEADER, 'Colonne', FIELD_HEADER, 'Question', VOICES_HEADER,
      'Réponses identiques', 'Première des identiques', ...themeIds.map(theme)],
    rows: synthesis.items.map((item, index) => {
      const own = new Set(item.themes);
      return [
        item.id, item.text, TAG_LABELS[item.tag], item.tagSource === 'explicit' ? 'explicite' : 'déduite',
        item.confidence, item.themes.map(theme).join(' ; '), region(item.region), item.department ? departmentLabel(item.department) : '',
        // The site's labels, not the codes (« conseiller », « enquete »); the column is a number and the
        // survey's column header and the question its row answers each their own column, so that each
        // column holds one kind of value (a header « body » is no question; a note's section is its tag).
        item.profile ? profileLabel(item.profile) : '', formatLabel(item.format), session.title(item.sessionId), session.date(item.sessionId),
        item.source.file, item.source.line, item.source.row ?? null, item.source.column, distinctField(item.source.field, surveyQuestion(item)),
        surveyQuestion(item), item.weight, identical.count[index] as number,
        firstOf(synthesis, identical, index), ...themeIds.map((id) => (own.has(id) ? 1 : 0)),
      ];
    }),
    decimals: { 4: CONFIDENCE_DECIMALS },
    percents: [4],
  };
}

/** The question a survey answer was given to (its row's, or its column's); empty for a note's item. */
function surveyQuestion(item: Synthesis['items'][number]): string {
  return item.source.field === undefined ? '' : (item.question ?? '');
}

/**
 * The id of the first of an item's identical answers (the one the site shows), empty on a unique
 * answer and on the first itself: filtering the empty cells leaves one row per distinct answer.
 */
function firstOf(synthesis: Synthesis, identical: IdenticalAnswers, index: number): string {
  const first = identical.first[index] as number;
  return first === index ? '' : (synthesis.items[first]?.id ?? '');
}

function ideas(synthesis: Synthesis): NamedTable {
  const { theme, region } = labels(synthesis);
  // The regions are the members' own; a member without one is no region, counted apart (as on the site's cards).
  const unlocated = new Set(synthesis.items.filter((item) => item.region === null).map((item) => item.id));
  return {
    name: 'idees-fortes',
    sheet: 'Idées fortes',
    headers: ['Rang', 'Idée (formulation la plus fréquente)', 'Étiquette', 'Régions', 'Nombre de régions', 'Éléments', `Éléments ${NO_REGION_WORDS}`,
      'Éléments d’ateliers', 'Éléments de questionnaires', 'Ateliers', 'Questionnaires', VOICES_HEADER, 'Thèmes'],
    rows: synthesis.ideas.map((idea, index) => [
      index + 1, idea.label, TAG_LABELS[idea.tag as Tag], idea.regions.map(region).join(' ; '), idea.regions.length,
      idea.members.length, idea.members.filter((id) => unlocated.has(id)).length,
      // Workshops or one questionnaire: as the site's cards say it (the chapter's « sans concertation » is checked here).
      idea.fromWorkshops, idea.fromSurveys, idea.workshops, idea.surveys, idea.weight, idea.themes.map(theme).join(' ; '),
    ]),
  };
}

/**
 * One row per contribution of each idea (its rank in « Idées fortes »): the members' ids in one cell
 * exceeded Excel's 32,767 characters from ~2,300 members, which ideas reach at 100,000 items.
 */
function ideaMembers(synthesis: Synthesis): NamedTable {
  const { region } = labels(synthesis);
  const items = new Map(synthesis.items.map((item) => [item.id, item]));
  const session = sessionLookup(synthesis);
  const rows: NamedTable['rows'] = [];
  synthesis.ideas.forEach((idea, index) => {
    for (const id of idea.members) {
      const item = items.get(id);
      if (!item) continue;
      rows.push([
        index + 1, item.id, item.text, region(item.region), session.title(item.sessionId), session.date(item.sessionId),
        item.source.file, item.source.line, item.source.row ?? null,
      ]);
    }
  });
  return {
    name: 'idees-fortes-membres',
    sheet: 'Membres des idées',
    headers: ['Rang de l\'idée', 'Identifiant', 'Texte', 'Région', 'Session', 'Date de la session', 'Fichier', 'Ligne', ANSWER_HEADER],
    rows,
  };
}

function convergence(synthesis: Synthesis): NamedTable {
  const { theme } = labels(synthesis);
  return {
    name: 'convergence',
    sheet: 'Convergence',
    // Only regions with enough items of the tag are counted: the headers say so, or « 14 of 14 » reads as every region.
    headers: ['Thème', 'Étiquette', 'Consensus (part, de 0 à 1)', 'Régions comptées qui en parlent',
      `Régions comptées (au moins ${synthesis.convergence.minItemsPerRegion} éléments de l’étiquette)`],
    rows: synthesis.convergence.themes.map((c) => [theme(c.theme), TAG_LABELS[c.tag], c.consensus, c.regionsMentioning, c.regionsCounted]),
    decimals: { 2: SHARE_DECIMALS },
    percents: [2],
  };
}

function quality(synthesis: Synthesis): NamedTable {
  const r = synthesis.reconciliation;
  // Why entries were set aside, as check and the methodology page say it.
  const rows: Table['rows'] = r.files.map((f) => ['bilan', f.file, '', '', f.read, f.kept, f.rejected, describeReasons(f.reasons)]);
  const why = describeReasons(r.reasons);
  // Each entry set aside is listed, with its text, in a sheet and a CSV of its own.
  const listed = r.rejected > 0 ? ` (un par ligne : feuille « ${SET_ASIDE_SHEET} », ${SET_ASIDE_NAME}.csv)` : '';
  rows.push(['bilan', 'Total', '', '', r.read, r.kept, r.rejected, `${plural(r.published, 'élément publié', 'éléments publiés')}${why ? ` ; écartés : ${why}${listed}` : ''}`]);
  for (const d of synthesis.diagnostics) {
    rows.push([SEVERITY_LABELS[d.severity], d.file, d.line, d.code, null, null, null, d.hint ? `${d.message} ${d.hint}` : d.message]);
  }
  return {
    name: 'qualite-des-donnees',
    sheet: 'Qualité des données',
    headers: ['Nature', 'Fichier', 'Ligne', 'Code', 'Lus', 'Retenus', 'Écartés', 'Message'],
    rows,
  };
}

/**
 * Decimals of the shares (consensus, resemblance) and of the tagging's confidence in the CSVs: the
 * Synthesis' own (`round4` in the analysis, two for the tagger), so that each is the value the site
 * rounds to its whole percentage — rounded again here, 0.2847 written 0.285 read 29 % where the site
 * shows 28 %. Every value of a column shows as many (« 0,2400 », « 1,00 »); the workbook keeps the number itself.
 */
export const SHARE_DECIMALS = 4;
export const CONFIDENCE_DECIMALS = 2;
export const CONFIDENCE_HEADER = 'Confiance (part, de 0 à 1)';

/** A yes/no cell in French, empty when the question does not apply (no similarity computed). */
function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? 'oui' : 'non';
}
