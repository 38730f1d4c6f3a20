/**
 * What /saisie shows of a draft's check speaks of the form (its fields and buttons), never of the note
 * file it writes (YAML keys, Markdown lists, line numbers); the summary counts the list it shows; and
 * a field is labelled « obligatoire » exactly when leaving it empty blocks the note, as `check` would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraftChecker, type DraftCheck, type FormProblem } from '../../src/entry/check-draft.ts';
import { emptyDraft, type NoteDraft } from '../../src/entry/draft.ts';
import { formWording, WORDED_CODES } from '../../src/entry/form-wording.ts';
import { summaryStatus } from '../../src/entry/form-summary.ts';
import { parseNote } from '../../src/pipeline/ingest/notes/index.ts';
import { validateItems } from '../../src/pipeline/validate.ts';
import { REPO, THEMES_FILE, referentiels, sampleDraft } from './helpers.ts';

const check = createDraftChecker(THEMES_FILE);

/** What a person who never sees the note file cannot act on: its keys, its Markdown, its lines. */
const FILE_WORDS: ReadonlyArray<[what: string, pattern: RegExp]> = [
  ['a line number', /\bligne\s+(?:de données\s+)?\d/i],
  ['YAML', /\bYAML\b/i],
  ['Markdown', /\bMarkdown\b/i],
  ['the front matter', /\ben-tête\b/i],
  ['a key', /\bclés?(?!\p{L})/iu],
  ['a « key: value » line', /\b[a-z_]+:\s*\S/],
  ['a heading', /(?:^|[\s«])#{2,}\s/],
  ['a list bullet', /«\s*[-*]\s/],
  ['list syntax', /\b(?:puces?|tirets?|liste à puces)\b/i],
  ['the front matter fence', /---/],
  ['a repository file', /\bdata\/|\.yml\b|fichier source/i],
  ['a vote marker', /«\s*\(\s*(?:N|\d+)\s+votes?\s*\)\s*»/],
];

function fileWords(text: string): string[] {
  return FILE_WORDS.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${what} in « ${text} »`);
}

function shown(problem: Pick<FormProblem, 'label' | 'message' | 'hint'>): string[] {
  return [problem.label, problem.message, problem.hint].flatMap(fileWords);
}

const item = (text: string, votes: number | null = null) => ({ text, themes: [], votes });

/** Drafts the form can make, with the codes each must raise: between them, every code the form can show. */
const DRAFTS: ReadonlyArray<{ name: string; draft: () => NoteDraft; codes: string[] }> = [
  { name: 'the empty form', draft: emptyDraft, codes: ['region-manquante', 'lieu-manquant', 'date-manquante', 'note-vide'] },
  { name: 'an impossible date', draft: () => ({ ...sampleDraft(), date: '2026-02-30' }), codes: ['date-invalide'] },
  // The form's own rule: a note is written after its workshop, a date still to come is a mistyped year.
  { name: 'a date still to come', draft: () => ({ ...sampleDraft(), date: '12/09/2062' }), codes: ['date-a-venir'] },
  { name: 'a date that is no date', draft: () => ({ ...sampleDraft(), date: 'mardi dernier' }), codes: ['date-invalide'] },
  { name: 'an unknown region (a restored draft)', draft: () => ({ ...sampleDraft(), region: 'Atlantide', departements: [] }), codes: ['region-inconnue'] },
  { name: 'a department of another region', draft: () => ({ ...sampleDraft(), departements: ['29'] }), codes: ['departement-hors-region'] },
  { name: 'an unknown department (a restored draft)', draft: () => ({ ...sampleDraft(), departements: ['999'] }), codes: ['departement-inconnu'] },
  {
    name: 'a total that is not the sum of the profiles',
    draft: () => ({ ...sampleDraft(), participants: { total: 20, profils: { conseiller: 9 } } }),
    codes: ['participants-incoherents'],
  },
  {
    name: 'a profile of one participant beside the structure (published: it says who attended)',
    draft: () => ({ ...sampleDraft(), participants: { total: 14, profils: { conseiller: 13, direction: 1 } } }),
    codes: [],
  },
  { name: 'a workshop of two', draft: () => ({ ...sampleDraft(), participants: { total: 2, profils: {} } }), codes: ['petit-groupe'] },
  {
    name: 'items with problems',
    draft: () => {
      const draft = sampleDraft();
      draft.ambassadeurs = ['Sophie Martin'];
      draft.items.working.push(item('#saisie'), item('La recherche est rapide. #inconnu'), item('Un export rapide. #agendaa'));
      draft.items.broken.push(item('Les lenteurs (2,5 votes)'), item('Les lenteurs du matin', 1001), item('Trop de clics (2 votes) (3 votes)'));
      draft.items.broken.push(item('Saisir une situation demande d’ouvrir quatre écrans.'));
      draft.items.needs.push(item(`Un agenda partagé ${'très '.repeat(420)}complet.`), item('Appeler Sophie au 06 12 34 56 78.'));
      return draft;
    },
    codes: ['element-vide', 'theme-inconnu', 'vote-invalide', 'doublon', 'texte-trop-long', 'donnee-personnelle'],
  },
  {
    // A clear complaint under « Ce qui fonctionne »: check's section-douteuse, a warning of the form too.
    name: 'an item in the wrong part',
    draft: () => ({ ...sampleDraft(), items: { ...sampleDraft().items, working: [item('Les lenteurs sont quotidiennes.')] } }),
    codes: ['section-douteuse'],
  },
  {
    // Set aside by the tagger even under a part's title.
    name: 'non-answers',
    draft: () => ({ ...sampleDraft(), items: { ...sampleDraft().items, broken: [item('RAS'), item('Sans objet'), item('Les lenteurs du matin.')] } }),
    codes: ['non-reponses-ecartees'],
  },
  {
    // Pasted from a cahier: two feedbacks enumerated in one item, Word's bullet characters inside another.
    name: 'pasted enumerations and Word bullets',
    draft: () => ({
      ...sampleDraft(),
      items: { ...sampleDraft().items, broken: [item('Fiscalité : a) Trop de niches fiscales. b) La CSG sur les petites retraites.'), item('Les guichets ferment \uF0B7 Les rendez-vous tardent.')] },
    }),
    codes: ['enumeration-en-ligne', 'caracteres-de-puce'],
  },
  { name: 'a pasted replacement character', draft: () => ({ ...sampleDraft(), contexte: 'Atelier d\uFFFDune heure.' }), codes: ['encodage-invalide'] },
  { name: 'pasted control characters', draft: () => ({ ...sampleDraft(), contexte: 'Atelier\u0000' }), codes: ['fichier-binaire'] },
  { name: 'a note of millions of characters', draft: () => ({ ...sampleDraft(), contexte: 'Un atelier. '.repeat(450_000) }), codes: ['fichier-trop-gros'] },
];

/** The codes the form can produce: those the drafts above raise. */
const FORM_CODES = [
  'caracteres-de-puce',
  'date-a-venir',
  'date-invalide',
  'date-manquante',
  'departement-hors-region',
  'departement-inconnu',
  'donnee-personnelle',
  'doublon',
  'element-vide',
  'encodage-invalide',
  'enumeration-en-ligne',
  'fichier-binaire',
  'fichier-trop-gros',
  'lieu-manquant',
  'non-reponses-ecartees',
  'note-vide',
  'participants-incoherents',
  'petit-groupe',
  'region-inconnue',
  'region-manquante',
  'section-douteuse',
  'texte-trop-long',
  'theme-inconnu',
  'vote-invalide',
];

describe('the form speaks of its fields, never of the note file', () => {
  const checks = DRAFTS.map(({ name, draft, codes }) => ({ name, codes, result: check(draft()) }));

  it.each(checks)('$name: raises its codes, each worded for the form', ({ codes, result }) => {
    expect(result.problems.map((p) => p.code)).toEqual(expect.arrayContaining(codes));
    expect(result.problems.flatMap(shown)).toEqual([]);
    // The words are the form's own, not the pipeline's.
    expect(result.problems.every((p) => WORDED_CODES.includes(p.code))).toBe(true);
  });

  it('enumerates the codes the form can produce', () => {
    const produced = new Set(checks.flatMap(({ result }) => result.problems.map((p) => p.code)));
    expect([...produced].sort()).toEqual(FORM_CODES);
  });

  it('asks whether an item is in the right part as check does, in the summary and under the item', () => {
    const result = check(DRAFTS.find((d) => d.name === 'an item in the wrong part')!.draft());
    const doubt = result.problems.find((p) => p.code === 'section-douteuse');
    expect(doubt).toMatchObject({ field: 'item:working:0', severity: 'warning' });
    expect(doubt?.message).toBe('Ce texte ressemble plutôt à «\u00a0Ce qui dysfonctionne\u00a0»\u00a0: est-il dans la bonne partie\u202f?');
    expect(doubt?.hint).toContain('il sera publié dans «\u00a0Ce qui fonctionne\u00a0»');
    expect(result.warnings).toBe(result.problems.filter((p) => p.severity === 'warning').length);
  });

  it('names the item a duplicate repeats, not its line', () => {
    const result = check(DRAFTS.find((d) => d.name === 'items with problems')!.draft());
    const duplicate = result.problems.find((p) => p.code === 'doublon');
    expect(duplicate).toMatchObject({ field: 'item:broken:4', label: 'Élément 5 de «\u00a0Ce qui dysfonctionne\u00a0»' });
    expect(duplicate?.message).toBe('Cet élément répète mot pour mot l’élément 1 de «\u00a0Ce qui dysfonctionne\u00a0»\u00a0: les deux sont gardés.');
    const theme = result.problems.find((p) => p.code === 'theme-inconnu' && p.message.includes('#agendaa'));
    expect(theme?.hint).toMatch(/^Vouliez-vous écrire «\u00a0#agenda/);
  });

  it('asks for what the pipeline asked with keys and lists, in the form’s terms', () => {
    const byCode = new Map(check(emptyDraft()).problems.map((p) => [p.code, p]));
    expect(byCode.get('region-manquante')?.hint).toMatch(/^Tapez la région, son sigle/);
    expect(byCode.get('date-manquante')?.hint).toMatch(/^Indiquez la date de l’atelier/);
    expect(byCode.get('note-vide')?.hint).toMatch(/^Ajoutez au moins un élément dans une des trois parties/);
  });

  it('has words for every code a note can raise in the stages the form runs', () => {
    const sources = [
      ...readdirSync(path.join(REPO, 'src/pipeline/ingest/notes')).map((file) => `src/pipeline/ingest/notes/${file}`),
      'src/pipeline/validate.ts',
      'src/pipeline/anonymise/index.ts',
      'src/pipeline/tag/index.ts',
    ];
    const codes = new Set<string>();
    for (const source of sources) {
      for (const [, expression] of readFileSync(path.join(REPO, source), 'utf8').matchAll(/\bcode:\s*([^,\n]+)/g)) {
        for (const [, code] of (expression ?? '').matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)) codes.add(code ?? '');
      }
    }
    expect(codes.size).toBeGreaterThan(30);
    expect([...codes].filter((code) => !WORDED_CODES.includes(code))).toEqual([]);
    expect(FORM_CODES.filter((code) => !WORDED_CODES.includes(code))).toEqual([]);
  });

  it('words the pipeline’s real diagnostics on broken notes without the file’s words', () => {
    const root = path.join(REPO, 'tests/fixtures/broken');
    const seen = new Set<string>();
    for (const folder of readdirSync(root).filter((name) => name.startsWith('note-'))) {
      const notes = readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
      for (const file of notes) {
        const content = readFileSync(path.join(root, folder, file), 'latin1');
        const parsed = parseNote({ file: `content/${file}`, content: Buffer.from(content, 'latin1').toString('utf8') }, referentiels);
        for (const diagnostic of [...parsed.diagnostics, ...validateItems(parsed.items).diagnostics]) {
          seen.add(diagnostic.code);
          expect(WORDED_CODES, diagnostic.code).toContain(diagnostic.code);
          expect(shown({ label: 'Note', ...formWording(diagnostic, { label: 'Note', itemText: 'texte' }) })).toEqual([]);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(20);
  });
});

/** Numbers of blocking problems, warnings and infos the status line announces. */
function announced(status: string): { blocking: number; warnings: number; infos: number } {
  const count = (pattern: RegExp) => Number(pattern.exec(status)?.[1] ?? 0);
  return { blocking: count(/(\d+) erreurs? bloquantes?/), warnings: count(/(\d+) avertissements?/), infos: count(/(\d+) informations?/) };
}

function listed(result: DraftCheck): { blocking: number; warnings: number; infos: number } {
  return {
    blocking: result.problems.filter((p) => p.severity === 'blocking').length,
    warnings: result.problems.filter((p) => p.severity === 'warning').length,
    infos: result.problems.filter((p) => p.severity === 'info').length,
  };
}

describe('the « Vérification » summary', () => {
  it('counts the list it shows: the empty form', () => {
    const result = check(emptyDraft());
    expect(result.problems.map((p) => p.label)).toEqual(['Région', 'Lieu', 'Date', 'Éléments']);
    expect(summaryStatus(result)).toMatch(/^1 erreur bloquante et 3 avertissements\u00a0: le tir à blanc refuserait cette note\./);
    expect(announced(summaryStatus(result))).toEqual(listed(result));
    // byField shows the same problems, and nothing else.
    expect([...result.byField.values()].flat()).toEqual(expect.arrayContaining(result.problems));
    expect([...result.byField.values()].flat().length).toBe(result.problems.length);
  });

  it.each(DRAFTS)('counts the list it shows: $name', ({ draft }) => {
    const result = check(draft());
    expect(announced(summaryStatus(result))).toEqual(listed(result));
    expect({ blocking: result.blocking, warnings: result.warnings, infos: result.infos }).toEqual(listed(result));
  });

  it('counts how a pasted text will be read as infos, not warnings: nothing is to fix', () => {
    const pasted = DRAFTS.find((d) => d.name === 'pasted enumerations and Word bullets');
    const result = check(pasted?.draft() ?? sampleDraft());
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['enumeration-en-ligne', 'info'], ['caracteres-de-puce', 'info']]);
    expect({ blocking: result.blocking, warnings: result.warnings, infos: result.infos }).toEqual({ blocking: 0, warnings: 0, infos: 2 });
    expect(summaryStatus(result)).toBe(
      'Aucune erreur bloquante ni avertissement\u00a0: le tir à blanc accepte cette note. 2 informations disent comment le texte sera lu, à vérifier.',
    );
    expect(summaryStatus({ blocking: 1, warnings: 3, infos: 2 })).toMatch(/^1 erreur bloquante, 3 avertissements et 2 informations\u00a0: le tir à blanc refuserait cette note\./);
    expect(summaryStatus({ blocking: 0, warnings: 1, infos: 1 })).toBe(
      'Aucune erreur bloquante\u00a0: le tir à blanc accepte cette note. 1 avertissement ci-dessous signale ce qui est recommandé ou à vérifier. 1 information dit comment le texte sera lu, à vérifier.',
    );
  });

  it('says « recommandé » things do not block: a note without place nor date is accepted', () => {
    const result = check({ ...sampleDraft(), lieu: '', date: '' });
    expect(result.blocking).toBe(0);
    expect(result.problems.map((p) => p.code)).toEqual(['lieu-manquant', 'date-manquante']);
    expect(summaryStatus(result)).toBe(
      'Aucune erreur bloquante\u00a0: le tir à blanc accepte cette note. 2 avertissements ci-dessous signalent ce qui est recommandé ou à vérifier.',
    );
    expect(result.problems.every((p) => /recommandée?/.test(p.message))).toBe(true);
  });
});

describe('field labels agree with the checks', () => {
  const form = readFileSync(path.join(REPO, 'src/components/entry/EntryForm.astro'), 'utf8');
  const label = (id: string) => new RegExp(`<label for="f-${id}">([^<]*(?:<span[^>]*>[^<]*</span>)?)</label>`).exec(form)?.[1] ?? '';
  const emptied: ReadonlyArray<[id: string, draft: NoteDraft]> = [
    ['region', { ...sampleDraft(), region: '', departements: [] }],
    ['lieu', { ...sampleDraft(), lieu: '' }],
    ['date', { ...sampleDraft(), date: '' }],
    ['titre', { ...sampleDraft(), titre: '' }],
  ];

  it.each(emptied)('« %s » says « obligatoire » exactly when leaving it empty blocks the note', (id, draft) => {
    expect(label(id)).not.toBe('');
    const blocks = check(draft).blocking > 0;
    expect(label(id).includes('(obligatoire)')).toBe(blocks);
    if (!blocks) expect(label(id)).toMatch(/\((?:recommandée?|facultatif)\)/);
  });
});
