/**
 * Numbers the note cannot hold (« -3 », « 2.5 », -3 votes), typed in /saisie: each is said next to its own
 * box, in the shared wording, and kept out of the note; valid numbers are written as before, 0 votes
 * included, as `check` reads « (0 votes) ».
 */
import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../../src/entry/check-draft.ts';
import { COUNT_ADVICE, validateCount } from '../../src/entry/choices.ts';
import type { NoteDraft } from '../../src/entry/draft.ts';
import { compareFields, countKey, fieldLabel, votesKey } from '../../src/entry/form-fields.ts';
import { frenchTypography } from '../../src/site/typography/french-typography.ts';
import { readVotes } from '../../src/pipeline/ingest/notes/votes.ts';
import { parseNote } from '../../src/pipeline/ingest/notes/index.ts';
import { THEMES_FILE, referentiels, sampleDraft } from './helpers.ts';

const check = createDraftChecker(THEMES_FILE);

function badNumbers(): NoteDraft {
  const draft = sampleDraft();
  draft.participants = { total: -3, profils: { conseiller: 9, jeune: 2.5 } };
  draft.items.working = [
    { text: 'On est reçus sans rendez-vous, c’est rapide.', themes: [], votes: -1 },
    { text: 'Le conseiller répond vite par SMS.', themes: [], votes: 2.5 },
    { text: 'Les relances partent toutes seules.', themes: [], votes: -3 },
  ];
  return draft;
}

describe('numbers the note cannot hold', () => {
  it('says each one next to its own box, as a refused value, without blocking the note', () => {
    const result = check(badNumbers());
    const on = (key: string) => result.byField.get(key) ?? [];
    expect(on(countKey('total')).map((p) => [p.code, p.severity, p.invalid])).toEqual([['nombre-invalide', 'warning', true]]);
    expect(on(countKey('jeune')).map((p) => p.code)).toEqual(['nombre-invalide']);
    expect(on(countKey('conseiller'))).toEqual([]);
    for (const index of [0, 1, 2]) expect(on(votesKey('working', index)).map((p) => [p.code, p.invalid])).toEqual([['vote-invalide', true]]);
    // Nothing of it on the item's text box, and the note stays publishable.
    expect(on('item:working:1')).toEqual([]);
    expect(result.blocking).toBe(0);
  });

  it('quotes what was typed, in the wording `new` and `check` use', () => {
    const result = check(badNumbers());
    const [total] = result.byField.get(countKey('total')) ?? [];
    expect(total?.message).toBe(frenchTypography('« -3 » n’est pas un nombre entier positif ou nul : ce nombre n’est pas repris dans la note.'));
    expect(total?.hint).toContain(COUNT_ADVICE);
    expect(validateCount('-3', true)).toBe(COUNT_ADVICE);
    expect(total?.label).toBe('Nombre total de participants');
    expect(result.byField.get(countKey('jeune'))?.[0]?.message).toContain('«\u00a02.5\u00a0»');
    expect(result.byField.get(countKey('jeune'))?.[0]?.label).toBe(frenchTypography('Nombre de participants « Jeunes »'));
    // Votes: the pipeline's own sentence, as `check` says it of « (2.5 votes) ».
    const [half] = result.byField.get(votesKey('working', 1)) ?? [];
    expect(half?.message).toBe(frenchTypography(readVotes(['2.5']).problem ?? ''));
    expect(half?.hint).toContain('de 0 à 1');
    expect(result.byField.get(votesKey('working', 0))?.[0]?.message).toBe(frenchTypography(readVotes(['-1']).problem ?? ''));
    expect(fieldLabel(votesKey('working', 1))).toBe('Votes de l’élément 2 de « Ce qui fonctionne »');
  });

  it('says a box the browser could not read as a number (held as NaN: « 1e » reaches the script empty)', () => {
    const draft = sampleDraft();
    draft.participants = { total: Number.NaN, profils: {} };
    draft.items.working = [{ text: 'On est reçus sans rendez-vous.', themes: [], votes: Number.NaN }];
    const result = check(draft);
    for (const key of [countKey('total'), votesKey('working', 0)]) {
      const [problem] = result.byField.get(key) ?? [];
      expect(problem?.message, key).toBe(frenchTypography("Ce champ ne contient pas un nombre que le navigateur sait lire : il n’est pas repris dans la note."));
      expect(problem?.invalid, key).toBe(true);
    }
    expect(result.note.content).not.toMatch(/NaN|total:/);
    expect(result.note.content).toContain('- On est reçus sans rendez-vous.\n');
  });

  it('keeps them out of the note, which `check` then reads without a word on them, and keeps the valid ones', () => {
    const { note, diagnostics } = check(badNumbers());
    expect(note.content).toContain('profils: {conseiller: 9}');
    expect(note.content).not.toMatch(/total:|-3|2\.5/);
    const working = note.content.slice(note.content.indexOf('## Ce qui fonctionne'), note.content.indexOf('## Ce qui dysfonctionne'));
    expect(working).toContain('- Le conseiller répond vite par SMS.\n');
    expect(working).not.toContain('votes');
    expect(diagnostics.filter((d) => /participants|champ-invalide|vote/.test(d.code))).toEqual([]);
    const parsed = parseNote({ file: note.path, content: note.content }, referentiels);
    expect(parsed.diagnostics.map((d) => d.code)).not.toContain('champ-invalide');
  });

  it('lists them in the page’s order: the participants’ whole, its boxes in order, an item’s votes after its text', () => {
    const draft = badNumbers();
    draft.participants.total = 20.5;
    draft.participants.profils.direction = -1;
    draft.items.working[1] = { text: 'Le conseiller répond vite par SMS.', themes: ['inconnu'], votes: 2.5 };
    const fields = check(draft).problems.map((p) => p.field);
    const from = fields.indexOf(countKey('total'));
    expect(fields.slice(from, from + 3)).toEqual([countKey('total'), countKey('direction'), countKey('jeune')]);
    expect(fields.indexOf('item:working:1')).toBe(fields.indexOf(votesKey('working', 1)) - 1);
    expect(compareFields('participants', countKey('total'))).toBeLessThan(0);
    expect(compareFields(countKey('autre'), 'contexte')).toBeLessThan(0);
  });

  it('leaves valid numbers as they were: written in the note, nothing said', () => {
    const draft = sampleDraft();
    draft.participants = { total: 0, profils: { conseiller: 0, jeune: 3 } };
    draft.items.working = [{ text: 'On est reçus sans rendez-vous, c’est rapide.', themes: [], votes: 1000 }];
    const result = check(draft);
    expect(result.problems.filter((p) => p.invalid)).toEqual([]);
    expect(result.note.content).toContain('total: 0');
    expect(result.note.content).toContain('profils: {jeune: 3}');
    expect(result.note.content).toContain('(1000 votes)');
  });

  it('writes 0 votes as `check` reads them: the item published and counted, with no weight, nothing said', () => {
    const draft = sampleDraft();
    draft.items.working = [
      { text: 'On est reçus sans rendez-vous, c’est rapide.', themes: [], votes: 0 },
      { text: 'Le conseiller répond vite par SMS.', themes: [], votes: null },
    ];
    const result = check(draft);
    expect(result.byField.get(votesKey('working', 0)) ?? []).toEqual([]);
    expect(result.note.content).toContain('- On est reçus sans rendez-vous, c’est rapide. (0 vote)\n');
    expect(result.diagnostics.filter((d) => d.code === 'vote-invalide')).toEqual([]);
    const parsed = parseNote({ file: result.note.path, content: result.note.content }, referentiels);
    const weights = parsed.items.filter((i) => i.declaredTag === 'working').map((i) => [i.text, i.weight]);
    // 0 votes is a count; an empty box is an item never put to the vote (weight 1).
    expect(weights).toEqual([
      ['On est reçus sans rendez-vous, c’est rapide.', 0],
      ['Le conseiller répond vite par SMS.', 1],
    ]);
    expect(parsed.reconciliation[0]).toMatchObject({ read: parsed.items.length, kept: parsed.items.length, rejected: 0 });
  });

  it('still puts the total ≠ profiles warning on the participants as a whole (the total is described by it)', () => {
    const result = check({ ...sampleDraft(), participants: { total: 20, profils: { conseiller: 9 } } });
    expect(result.byField.get('participants')?.map((p) => [p.code, p.severity, p.invalid])).toEqual([['participants-incoherents', 'warning', false]]);
  });
});
