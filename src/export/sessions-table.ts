/**
 * The « Sessions » view: one row per workshop or survey, with its date, format, place and the number
 * of items published from it. Sessions are the Synthesis' own, as the site's home page and its
 * « Ateliers et enquêtes » page count them, and items per session come from `countBy`, as that page's
 * « Éléments » column: the sheet's totals are the site's figures.
 */
import { countBy } from '../pipeline/analysis/count-by.ts';
import type { Session } from '../pipeline/model.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { formatLabel, SESSION_NO_REGION_LABEL } from '../site/labels.ts';
import { calendarDate } from './cells.ts';
import { departmentLabel, regionNamer } from './place-names.ts';
import type { NamedTable } from './tables.ts';

const KIND_LABELS: Readonly<Record<Session['kind'], string>> = { workshop: 'Atelier', survey: 'Enquête' };

export function sessionsTable(synthesis: Synthesis): NamedTable {
  const items = new Map(countBy(synthesis.items, ['session']).map((row) => [row.keys[0] ?? '', row.items]));
  const region = regionNamer(synthesis);
  // Workshops then surveys, by region and date: the order of the site's « Ateliers et enquêtes » page.
  const name = (s: Session) => region(s.region);
  const sessions = [...synthesis.sessions].sort((a, b) => Number(a.kind === 'survey') - Number(b.kind === 'survey')
    || name(a).localeCompare(name(b), 'fr') || (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  return {
    name: 'sessions',
    sheet: 'Sessions',
    headers: ['Identifiant', 'Type', 'Titre', 'Date', 'Format', 'Région', 'Départements', 'Lieu (d’après le titre)', 'Structures',
      'Participants (répondants d’une enquête)', 'Éléments publiés', 'Fichier source'],
    rows: sessions.map((s) => [
      s.id, KIND_LABELS[s.kind], s.title, s.date ? calendarDate(s.date) : null, formatLabel(s.format),
      s.region ? name(s) : SESSION_NO_REGION_LABEL,
      s.departments.map(departmentLabel).join(' ; '),
      place(s), s.structures.join(' ; '), s.participants, items.get(s.id) ?? 0, s.file,
    ]),
  };
}

/**
 * The place of a workshop, from its title written as `check` asks (« Atelier <région> — <lieu> »):
 * the model keeps no place of its own. Empty when the title has no « — ».
 */
function place(session: Session): string {
  const dash = session.title.lastIndexOf(' — ');
  return session.kind === 'workshop' && dash >= 0 ? session.title.slice(dash + 3).trim() : '';
}
