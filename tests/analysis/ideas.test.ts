import { describe, expect, it } from 'vitest';
import { strongIdeas } from '../../src/pipeline/analysis/ideas/index.ts';
import { buildShingles } from '../../src/pipeline/analysis/ideas/shingles.ts';
import { clusterStatements, DEFAULT_CLUSTER_OPTIONS, type ClusterStats } from '../../src/pipeline/analysis/ideas/cluster.ts';
import { item } from './fixtures.ts';

const statements = [
  item({ id: 'a1', region: '11', sessionId: 's1', tag: 'needs', themes: ['interop'], text: 'Supprimer la double saisie avec France Travail' }),
  item({ id: 'a2', region: '84', sessionId: 's2', tag: 'needs', themes: ['interop'], text: 'Fin de la double saisie avec France Travail !', weight: 5 }),
  item({ id: 'a3', region: '93', sessionId: 's3', tag: 'needs', themes: ['interop', 'saisie'], text: 'La double saisie entre i-milo et France Travail' }),
  item({ id: 'b1', region: '84', sessionId: 's2', tag: 'needs', themes: ['pilotage'], text: 'Un tableau de bord par conseiller, prêt à l’emploi.' }),
  item({ id: 'b2', region: '11', sessionId: 's1', tag: 'needs', themes: ['pilotage'], text: 'Des tableaux de bord par conseiller' }),
  item({ id: 'c1', region: '93', sessionId: 's3', tag: 'working', themes: ['dossier'], text: "La recherche d'un jeune par son nom est rapide" }),
  item({ id: 'c2', region: '11', sessionId: 's1', tag: 'broken', themes: ['dossier'], text: "La recherche d'un jeune par son nom est lente" }),
  item({ id: 'd1', region: '84', sessionId: 's2', tag: 'needs', themes: ['autres'], text: 'Le covoiturage en zone rurale reste difficile' }),
  item({ id: 'd2', region: '93', sessionId: 's3', tag: 'needs', themes: ['communication'], text: "Les jeunes aiment l'application mobile" }),
];

describe('shingles', () => {
  it('are unigram and bigram stems, in text order, without stop words', () => {
    const store = buildShingles(['Des tableaux de bord par conseiller', 'Un tableau de bord par conseiller', 'conseiller par bord de tableau']);
    const runs = (pool: Uint32Array, start: Uint32Array, s: number) => [...pool.subarray(start[s], start[s + 1])];
    expect(runs(store.unigrams, store.uniStart, 0)).toHaveLength(3);
    expect(runs(store.unigrams, store.uniStart, 0)).toEqual(runs(store.unigrams, store.uniStart, 1));
    expect(runs(store.bigrams, store.biStart, 0)).toEqual(runs(store.bigrams, store.biStart, 1));
    expect(runs(store.unigrams, store.uniStart, 2)).toEqual(runs(store.unigrams, store.uniStart, 1));
    expect(runs(store.bigrams, store.biStart, 2)).not.toEqual(runs(store.bigrams, store.biStart, 1));
  });
});

describe('strong ideas', () => {
  it('groups near-identical statements across regions, and nothing unrelated', () => {
    const ideas = strongIdeas(statements);
    expect(ideas.map((idea) => idea.members)).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
    ]);
    const [first, second] = ideas;
    expect(first).toMatchObject({ tag: 'needs', regions: ['11', '84', '93'], weight: 7, themes: ['interop'] });
    expect(second).toMatchObject({ regions: ['11', '84'], weight: 2, themes: ['pilotage'] });
    // The representative is a member of the majority tag, its label that member's text.
    expect(['a1', 'a2']).toContain(first?.representative);
    expect(first?.label).toBe(statements.find((s) => s.id === first?.representative)?.text);
  });

  it('never groups praise with complaints about the same thing', () => {
    expect(strongIdeas(statements).some((idea) => idea.members.includes('c1'))).toBe(false);
    const bothBroken = statements.map((s) => (s.id === 'c1' ? { ...s, tag: 'broken' as const } : s));
    expect(strongIdeas(bothBroken).some((idea) => idea.members.join() === 'c1,c2')).toBe(true);
  });

  it('drops groups within a single session of a single region', () => {
    const sameSession = statements.map((s) => ({ ...s, region: '11', sessionId: 's1' }));
    expect(strongIdeas(sameSession)).toEqual([]);
    const twoSessions = statements.map((s) => ({ ...s, region: '11', sessionId: s.id === 'b1' ? 's9' : 's1' }));
    expect(strongIdeas(twoSessions).map((idea) => idea.members)).toEqual([['b1', 'b2']]);
    // One survey without regions (a national questionnaire): no idea can span two of anything.
    expect(strongIdeas(statements.map((s) => ({ ...s, region: null, sessionId: 's1' })))).toEqual([]);
    expect(strongIdeas(statements.map((s) => ({ ...s, region: s.id === 'a3' ? '93' : null, sessionId: 's1' })))).toEqual([]);
    // One survey across regions: ideas span them.
    const oneSurvey = statements.map((s) => ({ ...s, sessionId: 's1' }));
    expect(strongIdeas(oneSurvey).map((idea) => idea.members)).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2']]);
  });

  it('ranks by regions, then weight, then size', () => {
    const heavy = statements.map((s) => (s.id === 'b1' ? { ...s, weight: 50 } : s));
    expect(strongIdeas(heavy)[0]?.members).toEqual(['a1', 'a2', 'a3']);
    const twoRegions = heavy.map((s) => (s.id === 'a3' ? { ...s, region: '84' } : s));
    expect(strongIdeas(twoRegions)[0]?.members).toEqual(['b1', 'b2']);
  });

  it('gives the same ideas and ids whatever the input order, ids derived from members', () => {
    const forward = strongIdeas(statements);
    expect(strongIdeas([...statements].reverse())).toEqual(forward);
    const withoutA3 = strongIdeas(statements.filter((s) => s.id !== 'a3'));
    expect(withoutA3[0]?.members).toEqual(['a1', 'a2']);
    expect(withoutA3[0]?.id).not.toBe(forward[0]?.id);
    expect(forward[1]?.id).toBe(withoutA3[1]?.id);
  });

  it('does not chain unrelated statements through answers that say both', () => {
    const chain = [
      item({ id: 'x1', region: '11', text: 'Supprimer la double saisie avec France Travail.' }),
      item({ id: 'x2', region: '84', text: "Supprimer la double saisie avec France Travail. Un compteur d'heures CEJ en direct." }),
      item({ id: 'x3', region: '93', text: "Un compteur d'heures CEJ en direct." }),
      item({ id: 'x4', region: '32', text: "Voir le compteur d'heures CEJ en direct." }),
    ];
    expect(strongIdeas(chain).map((idea) => idea.members)).toEqual([['x1', 'x2'], ['x3', 'x4']]);
  });

  it('does not chain two subjects through answers that say both, even when such an answer comes first', () => {
    // From the demo: the first member by id said both subjects, and single linkage through it (and
    // through the other answers that say both) put « Double saisie » in the absences' idea.
    const chain = [
      item({ id: 'm0', region: '11', tag: 'broken', text: 'Ressaisir ce que France Travail a déjà saisi. Les absences aux rendez-vous, faute de rappel.' }),
      item({ id: 'm1', region: '84', tag: 'broken', text: 'Les absences aux rendez-vous, faute de rappel.' }),
      item({ id: 'm2', region: '93', tag: 'broken', text: 'Lenteurs et déconnexions. Les absences aux rendez-vous, faute de rappel.' }),
      item({ id: 'm3', region: '32', tag: 'broken', text: 'Double saisie i-milo / France Travail. Les absences aux rendez-vous, faute de rappel.' }),
      item({ id: 'm4', region: '44', tag: 'broken', text: 'Double saisie i-milo / France Travail.' }),
      item({ id: 'm5', region: '52', tag: 'broken', text: "La double saisie entre i-milo et l'outil de France Travail mobilise des heures." }),
      item({ id: 'm6', region: '53', tag: 'broken', text: 'Double saisie i-milo / France Travail.' }),
      item({ id: 'm7', region: '75', tag: 'broken', text: 'Les absences aux rendez-vous, faute de rappel.' }),
    ];
    const ideas = strongIdeas(chain);
    const absences = ideas.find((idea) => idea.members.includes('m1'));
    const doubleEntry = ideas.find((idea) => idea.members.includes('m4'));
    expect(absences?.members).toEqual(expect.arrayContaining(['m1', 'm7']));
    expect(absences?.members).not.toContain('m4');
    expect(absences?.members).not.toContain('m5');
    expect(doubleEntry?.members).toEqual(expect.arrayContaining(['m4', 'm6']));
    expect(doubleEntry?.members).not.toContain('m1');
  });

  it('keeps out a statement linked only through a group whose first pair says two things', () => {
    // From the demo: two answers saying both « les offres » and « l'aide au permis » founded a group,
    // and each subject then joined it on its own.
    const chain = [
      item({ id: 'n0', region: '11', tag: 'working', text: "Les offres qu'on m'envoie. L'aide au permis." }),
      item({ id: 'n1', region: '84', tag: 'working', text: "Les offres qu'on m'envoie. L'aide pour passer le permis de conduire." }),
      item({ id: 'n2', region: '93', tag: 'working', text: "Les offres qu'on m'envoie." }),
      item({ id: 'n3', region: '32', tag: 'working', text: "Les offres qu'on m'envoie." }),
      item({ id: 'n4', region: '44', tag: 'working', text: "L'aide au permis." }),
      item({ id: 'n5', region: '52', tag: 'working', text: "L'aide au permis." }),
    ];
    for (const idea of strongIdeas(chain)) {
      expect(idea.members.includes('n2') && idea.members.includes('n4')).toBe(false);
    }
  });

  it('keeps a complaint and a need about the same thing in two ideas, each under its own tag', () => {
    const both = [
      item({ id: 'r1', region: '11', tag: 'needs', text: 'Des rappels SMS automatiques des rendez-vous.' }),
      item({ id: 'r2', region: '84', tag: 'needs', text: 'Des rappels SMS automatiques avant les rendez-vous.' }),
      item({ id: 'r3', region: '93', tag: 'broken', text: 'Pas de rappel SMS automatique des rendez-vous.' }),
      item({ id: 'r4', region: '32', tag: 'broken', text: 'Aucun rappel SMS automatique des rendez-vous.' }),
    ];
    const ideas = strongIdeas(both);
    expect(ideas.map((idea) => [idea.tag, idea.members])).toEqual(
      expect.arrayContaining([
        ['needs', ['r1', 'r2']],
        ['broken', ['r3', 'r4']],
      ]),
    );
    expect(ideas).toHaveLength(2);
  });

  it('quotes the most typical member, not one that adds a second subject', () => {
    const group = [
      item({ id: 'p1', region: '11', text: 'Des rappels par SMS avant les rendez-vous. Une appli pour déposer mes papiers.' }),
      item({ id: 'p2', region: '84', text: 'Des rappels par SMS avant les rendez-vous' }),
      item({ id: 'p3', region: '93', text: 'Rappels par SMS avant chaque rendez-vous !' }),
    ];
    const [idea] = strongIdeas(group);
    expect(idea?.members).toEqual(['p1', 'p2', 'p3']);
    expect(idea?.representative).toBe('p2');
    expect(idea?.label).toBe('Des rappels par SMS avant les rendez-vous');
  });

  it('leads with the most repeated wording, the typical member kept when none repeats more', () => {
    // The typical member (p2) is said once; « Rappels SMS avant chaque rendez-vous » three times, up to case and punctuation.
    const group = [
      item({ id: 'q1', region: '11', text: 'Des rappels par SMS avant les rendez-vous' }),
      item({ id: 'q2', region: '84', text: 'Rappels par SMS avant chaque rendez-vous !' }),
      item({ id: 'q3', region: '93', text: 'rappels par sms avant chaque rendez-vous' }),
      item({ id: 'q4', region: '24', text: 'Rappels par SMS, avant chaque rendez-vous.' }),
      item({ id: 'q5', region: '32', text: 'Les rappels par SMS avant les rendez-vous, svp' }),
    ];
    const [idea] = strongIdeas(group);
    expect(idea?.members).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(idea?.representative).toBe('q2');
    expect(idea?.label).toBe('Rappels par SMS avant chaque rendez-vous !');
    // Each wording once: the typical member leads, as before.
    const [unique] = strongIdeas(group.filter((s) => s.id !== 'q3' && s.id !== 'q4'));
    expect(unique?.representative).toBe('q1');
  });

  it('counts the contributions from workshops and from surveys, and their sessions', () => {
    const mixed = [
      item({ id: 'w1', region: '11', sessionId: 'atelier-a', text: 'Supprimer la double saisie avec France Travail' }),
      item({ id: 'w2', region: '84', sessionId: 'atelier-b', format: 'distanciel', text: 'Supprimer la double saisie avec France Travail !' }),
      item({ id: 'w3', region: '84', sessionId: 'atelier-b', text: 'Fin de la double saisie avec France Travail' }),
      item({ id: 'x1', region: '93', sessionId: 'enquete-1', format: 'enquete', text: 'La double saisie avec France Travail' }),
      item({ id: 'x2', region: '24', sessionId: 'enquete-1', format: 'enquete', text: 'Double saisie avec France Travail' }),
    ];
    const [idea] = strongIdeas(mixed);
    expect(idea?.members).toHaveLength(5);
    expect(idea).toMatchObject({ fromWorkshops: 3, fromSurveys: 2, workshops: 2, surveys: 1 });
    const [survey] = strongIdeas(mixed.map((s) => ({ ...s, format: 'enquete' as const, sessionId: 'enquete-1' })));
    expect(survey).toMatchObject({ fromWorkshops: 0, fromSurveys: 5, workshops: 0, surveys: 1 });
  });

  it('keeps a bounded number of ideas', () => {
    expect(strongIdeas(statements, DEFAULT_CLUSTER_OPTIONS, 1)).toHaveLength(1);
  });
});

/** Synthetic statements: random words from a French-like vocabulary, with planted paraphrases. */
function synthetic(count: number, seed = 42): Array<{ text: string; channel: number }> {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocabulary = Array.from({ length: 3000 }, (_, i) => `mot${i.toString(36)}ation`);
  const pick = () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)] as string; // Zipf-like skew
  return Array.from({ length: count }, (_, i) => {
    if (i % 50 === 0) return { text: `Supprimer la double saisie avec France Travail ${pick()}`, channel: 1 };
    const words = Array.from({ length: 5 + Math.floor(random() * 10) }, pick);
    return { text: words.join(' '), channel: i % 3 === 0 ? 0 : 1 };
  });
}

function run(count: number): { stats: ClusterStats; groups: number[][] } {
  const data = synthetic(count);
  const store = buildShingles(data.map((d) => d.text));
  const stats: ClusterStats = { comparisons: 0, joined: 0 };
  const groups = clusterStatements(store, Uint8Array.from(data, (d) => d.channel), DEFAULT_CLUSTER_OPTIONS, stats);
  return { stats, groups };
}

describe('strong ideas at scale', () => {
  it('handles 100,000 statements with work growing linearly, and still finds the planted idea', () => {
    const small = run(25_000);
    const large = run(100_000);
    // Exact checks are bounded by statements × bands × window whatever the data (linear); here far
    // below it. All pairs would be 5·10⁹ checks, and quadratic growth would multiply them by 16.
    const { bands, window } = DEFAULT_CLUSTER_OPTIONS;
    expect(large.stats.comparisons).toBeLessThan(100_000 * bands * window);
    expect(large.stats.comparisons).toBeLessThan(100_000 * 10);
    expect(large.stats.comparisons / small.stats.comparisons).toBeLessThan(12);
    const planted = large.groups.find((group) => group.includes(0));
    expect(planted?.length).toBeGreaterThanOrEqual(1_900);
  }, 120_000);
});
