/**
 * What the bureau's staff read in the exports: one name for one quantity (the site's « voix »), a survey
 * answer's number as the site cites it (« réponse n° 90 »), each session's date beside its title,
 * departments as « Aisne (02) », and region and department names with the apostrophe the site prints
 * (« Provence-Alpes-Côte d’Azur »), where the referentiel, shared with the site, keeps the straight one.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { exportTables, type NamedTable } from '../../src/export/tables.ts';
import { aboutTable } from '../../src/export/about.ts';
import { distinctField, FIELD_HEADER } from '../../src/export/source-columns.ts';
import { calendarDate } from '../../src/export/cells.ts';
import { REGIONS } from '../../src/pipeline/referentiels/regions.ts';
import { createSite } from '../../src/site/site.ts';
import { frenchTypography } from '../../src/site/typography/french-typography.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('exports the bureau reads as the site', () => {
  let synthesis: Synthesis;
  let tables: NamedTable[];
  const table = (name: string) => tables.find((t) => t.name === name)!;
  const column = (t: NamedTable, header: string) => {
    const at = t.headers.indexOf(header);
    expect(at, `${t.sheet} : ${header}`).toBeGreaterThanOrEqual(0);
    return t.rows.map((row) => row[at] ?? null);
  };

  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(repoRoot)).synthesis;
    tables = exportTables(synthesis);
  }, 120_000);

  it('names the items’ weight « Voix (votes compris) » in every view, as the site’s « voix »', () => {
    for (const t of tables) expect(t.headers.filter((h) => /poids|^votes$/i.test(h)), t.sheet).toEqual([]);
    const themes = table('themes-etiquettes');
    expect(column(themes, 'Voix (votes compris)').at(-2)).toBe(synthesis.counts.total.weight);
    expect(column(table('verbatims'), 'Voix (votes compris)')).toEqual(synthesis.items.map((item) => item.weight));
    expect(column(table('idees-fortes'), 'Voix (votes compris)')).toEqual(synthesis.ideas.map((idea) => idea.weight));
  });

  it('gives each survey answer its number, as the site cites it, in Verbatims, Membres des idées and Écartés; none to a workshop’s item', () => {
    const verbatims = column(table('verbatims'), 'Réponse n°');
    expect(verbatims).toEqual(synthesis.items.map((item) => item.source.row ?? null));
    expect(verbatims.filter((n) => typeof n === 'number').length).toBeGreaterThan(0);
    expect(verbatims.filter((n) => n === null).length).toBeGreaterThan(0);
    const byId = new Map(synthesis.items.map((item) => [item.id, item]));
    const members = table('idees-fortes-membres');
    const ids = column(members, 'Identifiant');
    expect(column(members, 'Réponse n°')).toEqual(ids.map((id) => byId.get(String(id))?.source.row ?? null));
    expect(column(table('ecartes'), 'Réponse n°')).toEqual(synthesis.setAside.map((entry) => entry.source.row ?? null));
  });

  it('writes a column’s header only where it is not the question (never on the demo’s surveys)', () => {
    expect(column(table('verbatims'), FIELD_HEADER).every((cell) => cell === '')).toBe(true);
    expect(table('verbatims').headers).not.toContain('Champ');
    expect(distinctField('reponse', 'Qu’attendez-vous du prochain outil ?')).toBe('reponse');
    expect(distinctField('Vos attentes', 'Vos attentes')).toBe('');
  });

  it('dates each item and member with its session, a day a spreadsheet sorts', () => {
    const sessions = new Map(synthesis.sessions.map((s) => [s.id, s]));
    const expected = synthesis.items.map((item) => {
      const date = sessions.get(item.sessionId)?.date;
      return date ? calendarDate(date) : null;
    });
    const dates = column(table('verbatims'), 'Date de la session');
    expect(dates).toEqual(expected);
    expect(dates.filter((d) => d instanceof Date).length).toBeGreaterThan(0);
    expect(column(table('idees-fortes-membres'), 'Date de la session').some((d) => d instanceof Date)).toBe(true);
  });

  it('names regions with the site’s apostrophe in every view and in « À propos », never the straight one', () => {
    const straight = REGIONS.filter((r) => r.name.includes("'"));
    expect(straight.map((r) => r.code)).toContain('93');
    const site = createSite(synthesis);
    const curled = frenchTypography(site.regionName('93'));
    expect(curled).toBe('Provence-Alpes-Côte d’Azur');
    const about = aboutTable(synthesis, { version: '0', fingerprint: 'x', date: null });
    // A cell that names regions (one, or a list « A ; B »); the titles of sessions are left as their notes write them.
    const names = new Set(straight.map((r) => r.name));
    for (const t of [...tables, about]) {
      for (const row of t.rows) for (const cell of row) if (typeof cell === 'string') for (const part of cell.split(' ; ')) expect(names.has(part), `${t.sheet} : ${part}`).toBe(false);
    }
    expect(column(table('regions'), 'Région')).toContain(curled);
    expect(column(table('regions-themes'), 'Région')).toContain(curled);
    expect(column(table('sessions'), 'Région')).toContain(curled);
    expect(column(table('verbatims'), 'Région')).toContain(curled);
    expect(String(about.rows.find((row) => row[0] === 'Liste des régions représentées')?.[1])).toContain(curled);
    // Departments too, in Sessions and Verbatims: « Côtes-d’Armor (22) ».
    const departments = [...column(table('sessions'), 'Départements'), ...column(table('verbatims'), 'Département')].join(' ; ');
    expect(departments).toContain('Côtes-d’Armor (22)');
    expect(departments).not.toContain("d'Armor");
  });
});
