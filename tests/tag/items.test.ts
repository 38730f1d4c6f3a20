import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawItem, Tag } from '../../src/pipeline/model.ts';
import { tagItems, trainBayes } from '../../src/pipeline/tag/index.ts';
import { MIN_TRAINING_ITEMS } from '../../src/pipeline/tag/bayes.ts';

let counter = 0;
function item(text: string, declaredTag: Tag | 'auto', over: Partial<RawItem> = {}): RawItem {
  counter++;
  return {
    id: `i${counter}`,
    sessionId: 's1',
    text,
    declaredTag,
    explicitThemes: [],
    weight: 1,
    region: '75',
    department: null,
    profile: null,
    format: 'presentiel',
    question: null,
    source: { file: 'content/ateliers/ile-de-france/atelier.md', line: counter, column: 3 },
    ...over,
  };
}

/** Workshop items under known sections: the consultation's own labelled data. */
function labelled(perTag: number): RawItem[] {
  const out: RawItem[] = [];
  for (let i = 0; i < perTag; i++) {
    out.push(item(`La recherche d'un jeune par son nom, antenne ${i}`, 'working'));
    out.push(item(`Le module agenda des partenaires, antenne ${i}`, 'broken'));
    out.push(item(`Un tableau de bord par conseiller, antenne ${i}`, 'needs'));
  }
  return out;
}

describe('tagItems', () => {
  it('keeps explicit tags as they are, with confidence 1', () => {
    const input = [item('La saisie est lente', 'working'), item('Aucun suivi des sorties', 'broken'), item('Rien de plus simple que la recherche', 'working')];
    const { items, rejected, diagnostics } = tagItems(input);
    expect(rejected).toEqual([]);
    expect(diagnostics).toEqual([]);
    expect(items).toEqual(input.map((i) => ({ ...i, tag: i.declaredTag, tagSource: 'explicit', confidence: 1 })));
  });

  it('sets aside explicit items that say nothing, and reads « Aucun » under working as nothing works', () => {
    const survey = { file: 'data/enquetes/jeunes.csv', line: 0, column: 2 };
    const empties = ['RAS', 'Néant.', 'Je ne sais pas', '/', 'Non concerné !'].map((text) => item(text, 'working', { source: survey, question: 'Ce qui marche' }));
    const refusals = [item('Aucun', 'needs'), item('Rien.', 'broken'), item('Aucun à ma connaissance', 'working')];
    const { items, rejected, diagnostics } = tagItems([...empties, ...refusals]);
    expect(rejected.map((i) => i.text)).toEqual(['RAS', 'Néant.', 'Je ne sais pas', '/', 'Non concerné !', 'Aucun', 'Rien.']);
    expect(items.map((i) => [i.text, i.tag, i.tagSource, i.confidence])).toEqual([['Aucun à ma connaissance', 'broken', 'inferred', 0.8]]);
    // One warning per file and question, whose advice fits a tag given by a heading or column.
    expect(diagnostics.map((d) => [d.file, d.message.split(' (')[0]])).toEqual([
      ['data/enquetes/jeunes.csv', '5 non-réponses écartées dans « Ce qui marche »'],
      ['content/ateliers/ile-de-france/atelier.md', '2 non-réponses écartées'],
    ]);
    for (const d of diagnostics) expect(d.hint).toContain('aucun outil ne manque');
  });

  it('keeps explicit items that name an absent or scarce service, and the noun « personne »', () => {
    const input = [
      item('Pas de service public', 'broken'),
      item('Peu de services publics.', 'needs'),
      item('Non, pas de service public', 'working'),
      item('Les services à la personne', 'needs'),
      item('Personne', 'broken'),
    ];
    const { items, rejected } = tagItems(input);
    expect(rejected.map((i) => i.text)).toEqual(['Personne']);
    expect(items.map((i) => [i.text, i.tag, i.tagSource])).toEqual([
      ['Pas de service public', 'broken', 'explicit'],
      ['Peu de services publics.', 'needs', 'explicit'],
      // Under « Ce qui fonctionne », like « Aucun »: nothing works.
      ['Non, pas de service public', 'broken', 'inferred'],
      ['Les services à la personne', 'needs', 'explicit'],
    ]);
  });

  it('splits an auto item into one item per tagged statement, ids suffixed, source kept', () => {
    const input = item('La recherche est rapide, mais la saisie est lente.', 'auto');
    const { items } = tagItems([input]);
    expect(items.map((i) => [i.id, i.text, i.tag, i.tagSource])).toEqual([
      [`${input.id}-1`, 'La recherche est rapide', 'working', 'inferred'],
      [`${input.id}-2`, 'la saisie est lente', 'broken', 'inferred'],
    ]);
    for (const out of items) {
      expect(out.source).toEqual(input.source);
      expect(out.confidence).toBeGreaterThan(0);
      expect(out.confidence).toBeLessThan(1);
    }
  });

  it('keeps the id of an auto item that holds a single statement', () => {
    const input = item('Il faudrait un agenda partagé', 'auto');
    const { items } = tagItems([input]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: input.id, tag: 'needs', tagSource: 'inferred' });
  });

  it('publishes a statement holding a complaint and a need once, under its dominant tag', () => {
    const { items } = tagItems([item('Trop lent, trop compliqué, trop de clics : à revoir', 'auto')]);
    expect(items).toHaveLength(1);
    expect(items[0]!.tag).toBe('broken');
  });

  it('rejects non-answers with one aggregated warning per file and question', () => {
    const q1 = 'Commentaire libre';
    const q2 = 'Autres remarques';
    const fileA = { file: 'data/enquetes/a.csv', line: 0, column: 5 };
    const fileB = { file: 'data/enquetes/b.csv', line: 0, column: 2 };
    const input = [
      item('RAS', 'auto', { question: q1, source: { ...fileA, line: 4 } }),
      item('Sans objet', 'auto', { question: q1, source: { ...fileA, line: 9 } }),
      item('La saisie est lente', 'auto', { question: q1, source: { ...fileA, line: 11 } }),
      item('?', 'auto', { question: q1, source: { ...fileA, line: 12 } }),
      item('Non concerné', 'auto', { question: q2, source: { ...fileA, line: 6 } }),
      item('Je ne sais pas', 'auto', { question: q1, source: { ...fileB, line: 3 } }),
      item('Le portail est rapide', 'working', { question: q1, source: { ...fileB, line: 8 } }),
    ];
    const { items, rejected, diagnostics } = tagItems(input);
    expect(rejected.map((r) => r.text)).toEqual(['RAS', 'Sans objet', '?', 'Non concerné', 'Je ne sais pas']);
    expect(items.map((i) => i.text)).toEqual(['La saisie est lente', 'Le portail est rapide']);
    expect(diagnostics).toHaveLength(3);
    const first = diagnostics.find((d) => d.file === fileA.file && d.message.includes(q1))!;
    expect(first).toMatchObject({ code: 'non-reponses-ecartees', severity: 'warning', line: 4, column: 5 });
    expect(first.message).toMatch(/^3 non-réponses écartées/);
    // The bilan's word: « écartées », never « rejetées ».
    expect(diagnostics.map((d) => d.hint)).toEqual(diagnostics.map(() => expect.stringContaining('comptées comme écartées dans le bilan')));
    expect(diagnostics.map((d) => [d.file, d.line])).toContainEqual([fileB.file, 3]);
  });

  it('counts the non-answers as every French number is written (« 1 200 », narrow no-break space)', () => {
    const source = { file: 'data/enquetes/a.csv', line: 0, column: 5 };
    const input = Array.from({ length: 1_200 }, (_, i) => item('RAS', 'auto', { question: 'Commentaire libre', source: { ...source, line: i + 2 } }));
    const { diagnostics } = tagItems(input);
    expect(diagnostics[0]?.message).toMatch(/^1\u202f200 non-réponses écartées dans « Commentaire libre »/);
    expect(tagItems([item('RAS', 'auto', { question: 'Q', source })]).diagnostics[0]?.message).toMatch(/^1 non-réponse écartée dans/);
  });
});

describe('a voted answer', () => {
  it('is published whole, its votes counted once, where its statements say most; unvoted, it is split', () => {
    const text = 'La saisie des dossiers est très lente et plante souvent. Il faudrait un tableau de bord par conseiller.';
    const source = { file: 'data/enquetes/propositions.csv', line: 2, column: 3, row: 1 };
    const split = tagItems([item(text, 'auto', { source })]).items;
    expect(split.map((i) => i.tag)).toEqual(['broken', 'needs']);
    expect(split.map((i) => i.weight)).toEqual([1, 1]);
    const voted = tagItems([item(text, 'auto', { source, weight: 7, voted: true })]).items;
    expect(voted).toHaveLength(1);
    expect(voted[0]).toMatchObject({ text, weight: 7, tag: 'broken', tagSource: 'inferred' });
    expect(voted[0]?.id).not.toMatch(/-\d+$/);
    // One vote, or none, is a count all the same; the mark itself is not published.
    for (const weight of [0, 1]) expect(tagItems([item(text, 'auto', { source, weight, voted: true })]).items).toHaveLength(1);
    expect(voted[0]).not.toHaveProperty('voted');
    expect(tagItems([item('Le portail est rapide.', 'working', { source, weight: 3, voted: true })]).items[0]).not.toHaveProperty('voted');
  });
});

describe('non-answers of a closed question', () => {
  it('point to echelles when most of a survey column’s set-aside answers are bare yes and no, not otherwise', () => {
    const survey = (text: string, line: number) => item(text, 'auto', { question: 'Utilisez-vous le portail ?', source: { file: 'data/enquetes/c.csv', line, column: 2, row: line - 1 } });
    const yesNo = tagItems([survey('Oui', 2), survey('non.', 3), survey('NON', 4), survey('RAS', 5)]);
    expect(yesNo.rejected.map((r) => r.text)).toEqual(['Oui', 'non.', 'NON', 'RAS']);
    expect(yesNo.diagnostics).toHaveLength(1);
    expect(yesNo.diagnostics[0]?.hint).toMatch(/question fermée\. Déclarez-la dans « echelles »/);
    expect(yesNo.diagnostics[0]?.message).toMatch(/^4 non-réponses écartées dans « Utilisez-vous le portail \? » \(surtout des oui et des non\)/);
    const other = tagItems([survey('RAS', 2), survey('Sans objet', 3), survey('Non', 4)]);
    expect(other.diagnostics[0]?.hint).not.toMatch(/echelles/);
    expect(other.diagnostics[0]?.message).toMatch(/\(RAS, sans objet, non concerné…\)/);
    // A few « Oui » among free comments: the column is no closed question.
    const comments = ['La saisie est lente.', 'Le portail plante le lundi.', 'Il faudrait un annuaire.', 'Les rendez-vous se perdent.', 'Trop de clics pour un dossier.']
      .map((text, i) => survey(text, 10 + i));
    const open = tagItems([...comments, survey('Oui', 20), survey('oui !', 21)]);
    expect(open.rejected.map((r) => r.text)).toEqual(['Oui', 'oui !']);
    expect(open.diagnostics[0]?.hint).not.toMatch(/echelles/);
    // A note's « Oui » is no survey column.
    const note = tagItems([item('Oui', 'auto'), item('Non', 'auto')]);
    expect(note.diagnostics.every((d) => !d.hint?.includes('echelles'))).toBe(true);
  });
});

describe('learning from the consultation (naive Bayes)', () => {
  it(`needs at least ${MIN_TRAINING_ITEMS} labelled items`, () => {
    const few = labelled(16).slice(0, MIN_TRAINING_ITEMS - 1).map((i) => ({ text: i.text, tag: i.declaredTag as Tag }));
    expect(trainBayes(few)).toBeNull();
    const enough = labelled(17).map((i) => ({ text: i.text, tag: i.declaredTag as Tag }));
    const model = trainBayes(enough);
    expect(model).not.toBeNull();
    const p = model!.predict('le module agenda');
    expect(p.broken).toBeGreaterThan(0.9);
    expect(p.working + p.broken + p.needs).toBeCloseTo(1, 10);
  });

  it('changes the decision for an answer the lexicon cannot read', () => {
    const unclear = () => item('Le module agenda des partenaires', 'auto');
    const withoutModel = tagItems([...labelled(3), unclear()]).items.at(-1)!;
    const withModel = tagItems([...labelled(20), unclear()]).items.at(-1)!;
    expect(withoutModel).toMatchObject({ tag: 'needs', tagSource: 'inferred', confidence: 0.2 });
    expect(withModel).toMatchObject({ tag: 'broken', tagSource: 'inferred' });
    expect(withModel.confidence).toBeGreaterThan(0.2);
  });

  it('never overrides a clear lexicon reading', () => {
    const clear = item('Il faudrait un module agenda des partenaires plus simple', 'auto');
    expect(tagItems([...labelled(20), clear]).items.at(-1)!.tag).toBe('needs');
  });
});

describe('property: every item keeps its source, nothing is lost', () => {
  const fragments = [
    'La saisie est lente', 'RAS', 'il faudrait un agenda partagé', 'pas de problème', 'mais', 'par contre',
    'aucun', 'Supprimer la double saisie', '.', ';', 'le module agenda', 'sans objet', 'ne fonctionne pas', '?',
  ];
  it('maps each input to rejected or to items with its id and source', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(fc.constantFrom(...fragments), { maxLength: 6 }), fc.constantFrom<Tag | 'auto'>('auto', 'auto', 'working', 'needs')), {
          maxLength: 12,
        }),
        (specs) => {
          const input = specs.map(([words, tag], k) =>
            item(words.join(' '), tag, { source: { file: `f${k % 3}.csv`, line: k + 2, column: 1, row: k + 1, field: 'Q' } }),
          );
          const { items, rejected } = tagItems(input);
          const rejectedIds = new Set(rejected.map((r) => r.id));
          for (const raw of input) {
            const produced = items.filter((i) => i.id === raw.id || i.id.startsWith(`${raw.id}-`));
            // Exactly one of: rejected (with a diagnostic), or published as one or more items.
            expect(rejectedIds.has(raw.id)).toBe(produced.length === 0);
            for (const out of produced) expect(out.source).toEqual(raw.source);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
