/** The live validation of /saisie: check's own diagnostics, brought back to the fields they concern. */
import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../../src/entry/check-draft.ts';
import type { NoteDraft } from '../../src/entry/draft.ts';
import { THEMES_FILE, sampleDraft } from './helpers.ts';

const check = createDraftChecker(THEMES_FILE);

describe('createDraftChecker', () => {
  it('finds nothing to say about a clean draft', () => {
    const result = check(sampleDraft());
    expect(result.diagnostics).toEqual([]);
    expect(result.blocking).toBe(0);
    expect(result.note.path).toBe('content/ateliers/nouvelle-aquitaine/2026-09-12-saintes.md');
  });

  it('puts an impossible date on the date field, as a blocking problem', () => {
    const result = check({ ...sampleDraft(), date: '2026-02-30' });
    expect(result.blocking).toBe(1);
    const [problem] = result.byField.get('date') ?? [];
    expect(problem).toMatchObject({ severity: 'blocking', code: expect.stringMatching(/date/) });
    expect(problem?.message).toContain('n’existe pas');
  });

  it('puts an unknown region, a department of another region and a wrong total on their fields', () => {
    const draft: NoteDraft = { ...sampleDraft(), region: 'Atlantide' };
    expect(check(draft).byField.get('region')?.[0]?.severity).toBe('blocking');
    const other = check({ ...sampleDraft(), departements: ['29'] });
    expect(other.byField.get('departements')?.length).toBe(1);
    const total = check({ ...sampleDraft(), participants: { total: 20, profils: { conseiller: 9 } } });
    expect(total.byField.get('participants')?.[0]?.severity).toBe('warning');
  });

  it('puts item problems on their item, by section and index', () => {
    const draft = sampleDraft();
    draft.items.needs.push({ text: '#saisie', themes: [], votes: null }, { text: 'Un agenda partagé', themes: ['inconnu'], votes: 1001 });
    const result = check(draft);
    expect(result.byField.get('item:needs:1')?.map((d) => d.code)).toEqual(['element-vide']);
    expect(result.byField.get('item:needs:2')?.map((d) => d.code)).toEqual(['theme-inconnu']);
    // `check`'s word on the votes goes to the item's « Votes » box, which holds them.
    expect(result.byField.get('votes:needs:2')?.map((d) => d.code)).toEqual(['vote-invalide']);
  });

  it('suggests themes from the taxonomy and flags personal data in items and context', () => {
    const draft = sampleDraft();
    draft.ambassadeurs = ['Sophie Martin'];
    draft.contexte = 'Contact : sophie.martin@example.fr';
    draft.items.broken = [{ text: 'Appeler Sophie au 06 12 34 56 78 pour un rendez-vous : l’agenda est lent.', themes: [], votes: null }];
    const result = check(draft);
    const item = result.items.find((i) => i.tag === 'broken');
    expect(item?.personalData).toEqual(expect.arrayContaining(['nom de personne']));
    expect(item?.personalData.length).toBe(2);
    expect(item?.suggestedThemes.map((t) => t.id)).toEqual(expect.arrayContaining(['agenda-rendez-vous', 'lenteurs-disponibilite']));
    expect(result.byField.get('item:broken:0')?.map((d) => d.code)).toEqual(['donnee-personnelle']);
    expect(result.contextPersonalData.length).toBeGreaterThan(0);
    // A theme already written is not suggested again.
    const tagged = check({ ...draft, items: { ...draft.items, broken: [{ ...draft.items.broken[0]!, themes: ['agenda'] }] } });
    expect(tagged.items.find((i) => i.tag === 'broken')?.suggestedThemes.map((t) => t.id)).not.toContain('agenda-rendez-vous');
  });

  it('lets the public figures of noms_publics stay, as check does, but never a name the note declares', () => {
    const draft = sampleDraft();
    draft.items.broken = [{ text: 'Depuis le discours d’Emmanuel Macron, rien n’a changé pour les conseillers.', themes: [], votes: null }];
    const personal = (result: ReturnType<typeof check>) => result.items.find((i) => i.tag === 'broken')?.personalData ?? [];
    expect(personal(check(draft))).toEqual(['nom de personne']);
    expect(check(draft).byField.get('item:broken:0')?.map((d) => d.code)).toEqual(['donnee-personnelle']);
    const withPublic = createDraftChecker(THEMES_FILE, ['Emmanuel Macron']);
    expect(personal(withPublic(draft))).toEqual([]);
    expect(withPublic(draft).byField.get('item:broken:0')).toBeUndefined();
    // Declared as an ambassador of this workshop: masked whatever the public list says.
    expect(personal(withPublic({ ...draft, ambassadeurs: ['Emmanuel Macron'] }))).toEqual(['nom de personne']);
  });
});

describe('tagger hints', () => {
  it('flags an item whose text says the opposite of its section, and a non-answer', () => {
    const draft = sampleDraft();
    draft.items.working.push({ text: 'Les lenteurs sont quotidiennes.', themes: [], votes: null }, { text: 'RAS', themes: [], votes: null });
    const items = check(draft).items.filter((i) => i.tag === 'working');
    expect(items.map((i) => i.tagHint)).toEqual([null, { tags: ['broken'], none: false }, { tags: [], none: true }]);
  });

  it('asks only about what check will report (section-douteuse), not about praise written with a negation', () => {
    const draft = sampleDraft();
    draft.items.working.push({ text: "L'application est accessible sans installation.", themes: [], votes: null });
    const items = check(draft).items.filter((i) => i.tag === 'working');
    expect(items.at(-1)?.tagHint).toBeNull();
  });
});

describe('form-only hints', () => {
  it('asks for the place (the file name needs it) without counting it as a check diagnostic', () => {
    const result = check({ ...sampleDraft(), lieu: '' });
    expect(result.byField.get('lieu')?.map((d) => d.code)).toEqual(['lieu-manquant']);
    expect(result.diagnostics).toEqual([]);
    expect(result.note.path).toBe('content/ateliers/nouvelle-aquitaine/2026-09-12-atelier.md');
  });
});

describe('personal data outside the items', () => {
  it('checks the place, the title and the structures like the items, each beside its field', () => {
    const result = check({
      ...sampleDraft(),
      ambassadeurs: ['Karim Benali'],
      lieu: 'Chez Karim Benali 06 11 22 33 44',
      titre: 'Atelier de jean.dupont@example.fr',
      structures: ['Mission Locale de la Saintonge', 'Bureau de Karim Benali'],
    });
    const personal = (field: string) => result.byField.get(field)?.filter((p) => p.code === 'donnee-personnelle').map((p) => p.message);
    expect(personal('lieu')).toHaveLength(1);
    expect(personal('lieu')?.[0]).toMatch(/^Donnée personnelle dans le lieu\s:\snuméro de téléphone, nom de personne\. Le nom du fichier proposé ne la reprend pas/);
    expect(personal('titre')?.[0]).toMatch(/titre de la session\s:\sadresse électronique/);
    expect(personal('structures')?.[0]).toMatch(/structures\s:\snom de personne/);
  });

  it('proposes a file name without phone, e-mail nor declared name', () => {
    const path = (lieu: string, ambassadeurs: string[] = []) => check({ ...sampleDraft(), lieu, ambassadeurs }).note.path;
    expect(path('Chez Karim Benali 06 11 22 33 44')).toBe('content/ateliers/nouvelle-aquitaine/2026-09-12-chez.md');
    expect(path('Chez Benali 06 11 22 33 44')).toBe('content/ateliers/nouvelle-aquitaine/2026-09-12-chez-benali.md');
    expect(path('Chez Benali 06 11 22 33 44', ['Karim Benali'])).toBe('content/ateliers/nouvelle-aquitaine/2026-09-12-chez.md');
    expect(path('karim@example.fr')).toBe('content/ateliers/nouvelle-aquitaine/2026-09-12-atelier.md');
    expect(path('Saintes')).toBe('content/ateliers/nouvelle-aquitaine/2026-09-12-saintes.md');
  });
});
