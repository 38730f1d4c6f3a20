import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../src/pipeline/model.ts';
import { proposesChange } from '../../src/pipeline/tag/context.ts';
import { readFrames } from '../../src/pipeline/tag/frames.ts';
import { tagItems } from '../../src/pipeline/tag/index.ts';
import { stanceOf } from '../../src/pipeline/tag/stance.ts';
import { yesMeans } from '../../src/pipeline/tag/judging-question.ts';
import { tokenize } from '../../src/pipeline/tag/tokens.ts';

describe('proposesChange: yes/no questions that propose a change', () => {
  it.each([
    'Faut-il reconnaître le vote blanc ?',
    'Faut-il, et dans quelles proportions, limiter le nombre de parlementaires ?',
    "Faut-il accroître le recours aux référendums et qui doit en avoir l'initiative ?",
    "En matière d'immigration, souhaitez-vous que nous puissions nous fixer des objectifs annuels ?",
    'Êtes-vous favorable à la suppression du Sénat ?',
    "Pensez-vous qu'il faut supprimer l'ENA ?",
    'Doit-on rendre le vote obligatoire ?',
  ])('« %s »', (question) => expect(proposesChange(question)).toBe(true));

  it.each([
    'Quels impôts faut-il à vos yeux baisser en priorité ?',
    "Pouvez-vous identifier des règles que l'administration vous a déjà demandé d'appliquer et que vous avez jugées inutiles ?",
    "Y a-t-il trop d'échelons administratifs ou de niveaux de collectivités locales ?",
    'Pensez-vous que les services publics sont efficaces ?',
    'Si oui, comment ?',
    'Ce qui fonctionne',
    '',
  ])('not « %s »', (question) => expect(proposesChange(question)).toBe(false));

  it('is false without a question', () => {
    expect(proposesChange(null)).toBe(false);
    expect(proposesChange(undefined)).toBe(false);
  });
});

describe('yesMeans: yes/no questions that judge today', () => {
  it.each([
    ["Y a-t-il trop d'échelons administratifs ?", 'broken'],
    ['Avez-vous rencontré des difficultés ?', 'broken'],
    ['Les démarches en ligne sont-elles trop compliquées ?', 'broken'],
    ['Si oui, en avez-vous été satisfait ?', 'working'],
    ['Pensez-vous que les services publics sont efficaces ?', 'working'],
    ['Vous sentez-vous suffisamment informé ?', 'working'],
  ] as const)('« %s » → %s', (question, verdict) => expect(yesMeans(question)).toBe(verdict));

  it.each([
    "Pouvez-vous identifier des règles que vous avez jugées inutiles ou trop complexes ?",
    'Quels services sont trop loin ?',
    "N'êtes-vous pas satisfait de l'accueil ?",
    'La démarche est-elle simple ou compliquée ?',
    'En avez-vous assez des formulaires ?',
    'Êtes-vous peu satisfait ?',
    "Estimez-vous avoir accès aux services publics dont vous avez besoin ?",
    'Ce qui fonctionne',
  ])('not « %s »', (question) => expect(yesMeans(question)).toBeNull());
});

describe('stanceOf: a bare yes or no', () => {
  const stance = (text: string) => stanceOf(tokenize(text));

  it('reads yes, no and their usual forms', () => {
    for (const text of ['Oui', 'oui !', 'Pour !', 'Oui, tout à fait', "D'accord", 'Absolument', 'Je suis pour']) expect(stance(text), text).toBe('for');
    for (const text of ['Non', 'NON.', 'Contre', 'Je suis contre', "Pas du tout d'accord", 'Absolument pas', 'Non merci']) expect(stance(text), text).toBe('against');
  });

  it('takes no side on « oui et non », nor on a statement that says more', () => {
    expect(stance('Oui et non')).toBeNull();
    expect(stance('Oui, il faut le reconnaître')).toBeNull();
    expect(stance('Non, car voter est une liberté')).toBeNull();
    expect(stance('Aucun')).toBeNull();
  });
});

describe('frames: a state proposed, not praised', () => {
  const frames = (text: string) => {
    const tokens = tokenize(text);
    const read = readFrames(tokens, false);
    return (word: string) => read?.[tokens.indexOf(word)] ?? 'plain';
  };

  it('marks praise after a conditional or future copula, under a condition, or of the idea itself', () => {
    expect(frames("Il sera plus facile d'attaquer")('facile')).toBe('proposed');
    expect(frames('Ce serait déjà pas mal')('mal')).toBe('proposed');
    expect(frames('Plus facile si on regroupe les services')('facile')).toBe('proposed');
    expect(frames("Parfaitement d'accord")('parfaitement')).toBe('proposed');
    expect(frames('Excellente idée')('excellente')).toBe('proposed');
  });

  it('leaves present praise, praise of a named thing, « si ce n’est » and irony alone', () => {
    expect(frames("L'accueil est plus simple depuis la fusion")('simple')).toBe('plain');
    expect(frames('La carte Vitale est une très bonne idée')('bonne')).toBe('plain');
    expect(frames("Aucune évolution, si ce n'est des démarches plus rapides")('rapides')).toBe('plain');
    expect(frames('On nous dit que tout sera plus simple')('simple')).toBe('ironic');
    expect(frames("Rapidité de décision et d'accord")('rapidite')).toBe('plain');
  });
});

describe('tagItems: « Oui » / « Non » to a question proposing a change', () => {
  let counter = 0;
  const item = (text: string, question: string | null, declaredTag: RawItem['declaredTag'] = 'auto'): RawItem => ({
    id: `s${++counter}`,
    sessionId: 's1',
    text,
    declaredTag,
    explicitThemes: [],
    weight: 1,
    region: '59',
    department: null,
    profile: null,
    format: 'enquete',
    question,
    source: { file: 'data/enquetes/debats.csv', line: counter, column: 3 },
  });

  it('publishes both positions under needs, and still sets them aside under other questions', () => {
    const vote = 'Faut-il reconnaître le vote blanc ?';
    const rules = 'Pouvez-vous identifier des règles que vous avez jugées inutiles ?';
    const { items, rejected } = tagItems([item('Oui', vote), item('Non', vote), item('Oui', rules), item('Non', null)]);
    expect(items.map((i) => [i.text, i.question, i.tag])).toEqual([
      ['Oui', vote, 'needs'],
      ['Non', vote, 'needs'],
    ]);
    expect(rejected.map((i) => [i.text, i.question])).toEqual([
      ['Oui', rules],
      ['Non', null],
    ]);
  });

  it('keeps a position in a column whose tag is declared, and still sets « Oui » aside elsewhere', () => {
    const vote = 'Faut-il reconnaître le vote blanc ?';
    const { items, rejected } = tagItems([item('Oui', vote, 'needs'), item('Non !', vote, 'needs'), item('Oui', 'Commentaires', 'needs')]);
    expect(items.map((i) => [i.text, i.tag, i.tagSource])).toEqual([
      ['Oui', 'needs', 'explicit'],
      ['Non !', 'needs', 'explicit'],
    ]);
    expect(rejected.map((i) => i.question)).toEqual(['Commentaires']);
  });
});
