/**
 * Statistical secrecy applied, not only warned of: a survey's answers whose region and profile 1 or
 * 2 respondents share are published without their profile (`WITHHELD_PROFILE`), before any count.
 */
import { describe, expect, it } from 'vitest';
import { withholdSmallGroups } from '../../src/pipeline/anonymise/small-groups.ts';
import { WITHHELD_PROFILE, type FeedbackItem, type Session } from '../../src/pipeline/model.ts';
import { profileLabel } from '../../src/site/labels.ts';

const FILE = 'data/enquetes/s.csv';

function survey(profiles: Record<string, number>, region: string | null = null): Session {
  return { id: 's', kind: 'survey', title: 'Enquête', date: null, format: 'enquete', region, departments: [], structures: [], participants: 10, profiles, file: FILE };
}

/** One answer of data row `row` (line `row + 1`). */
function answer(row: number, region: string | null, profile: string | null, text = `Réponse ${row}.`): FeedbackItem {
  return {
    id: `i${row}-${text.length}`, sessionId: 's', text, declaredTag: 'auto', explicitThemes: [], weight: 1, region, department: null, profile,
    format: 'enquete', question: null, source: { file: FILE, line: row + 1, column: 3, row, field: 'Remarque' },
    tag: 'working', tagSource: 'inferred', confidence: 0.8, themes: [],
  } as FeedbackItem;
}

describe('withholdSmallGroups', () => {
  const items = [
    answer(1, '94', 'direction', 'Le pilotage manque de relais.'),
    answer(1, '94', 'direction', 'Les outils sont lents.'),
    answer(2, '53', 'conseiller'), answer(3, '53', 'conseiller'), answer(4, '53', 'conseiller'),
    answer(5, '02', 'jeune'),
    answer(6, '76', 'partenaire'), answer(7, '76', 'partenaire'),
    answer(8, '94', 'autre'),
    answer(9, null, 'direction'),
  ];
  const sessions = [survey({ direction: 2, conseiller: 3, jeune: 1, partenaire: 2, autre: 1 })];
  const result = withholdSmallGroups(sessions, items);
  const profiles = result.items.map((item) => item.profile);

  it('withholds the profile of every answer of a group of 1 or 2 respondents, and only theirs', () => {
    expect(profiles).toEqual([
      WITHHELD_PROFILE, WITHHELD_PROFILE,
      'conseiller', 'conseiller', 'conseiller',
      'jeune', // thousands of young people in every region: the only one answering points at nobody
      WITHHELD_PROFILE, WITHHELD_PROFILE, // two partners in Occitanie are still two people known to all
      'autre', // names no profile
      'direction', // no region: nothing to single out
    ]);
    expect(result.items[0]).toMatchObject({ region: '94', text: 'Le pilotage manque de relais.' });
    expect(items[0]?.profile).toBe('direction'); // the input is not modified
  });

  it('moves those respondents in the survey’s breakdown by profile', () => {
    expect(result.sessions[0]?.profiles).toEqual({ direction: 1, conseiller: 3, jeune: 1, autre: 1, [WITHHELD_PROFILE]: 3 });
  });

  it('withholds a profile left with 1 or 2 respondents in a survey of one region', () => {
    const regional = withholdSmallGroups([survey({ direction: 3, conseiller: 4 }, '94')], [answer(1, '94', 'direction'), answer(2, '94', 'direction'), answer(3, '94', 'conseiller'), answer(4, '94', 'conseiller'), answer(5, '94', 'conseiller')]);
    // Two direction answers withheld; the third respondent answered nothing published: withheld too.
    expect(regional.sessions[0]?.profiles).toEqual({ conseiller: 4, [WITHHELD_PROFILE]: 3 });
  });

  it('says what was done without naming the profile or the region: diagnostics are published', () => {
    expect(result.diagnostics).toHaveLength(1);
    const [warning] = result.diagnostics;
    expect(warning).toMatchObject({ code: 'petit-groupe', severity: 'warning', file: FILE, line: 2 });
    expect(warning?.message).toBe(
      '2 groupes comptent moins de 3 répondants d’un même profil dans une même région (premières réponses lignes 2, 7) : leurs 4 réponses (3 répondants) sont publiées sans leur profil, comme « profil non publié », car ce profil et cette région désigneraient leurs auteurs.',
    );
    expect(warning?.hint).toMatch(/^Rien à faire si cela vous convient\. Pour garder un profil, il faut au moins 3 répondants/);
    expect(`${warning?.message} ${warning?.hint}`).not.toMatch(/direction|partenaire|corse|occitanie/i);
  });

  it('leaves groups of 3 and more, and workshops, as they are', () => {
    const kept = [answer(1, '94', 'direction'), answer(2, '94', 'direction'), answer(3, '94', 'direction')];
    const three = withholdSmallGroups([survey({ direction: 3 })], kept);
    expect(three.items.map((item) => item.profile)).toEqual(['direction', 'direction', 'direction']);
    expect(three.diagnostics).toEqual([]);
    const workshop = { ...survey({ direction: 1 }), kind: 'workshop' as const };
    expect(withholdSmallGroups([workshop], [answer(1, '94', 'direction')]).items[0]?.profile).toBe('direction');
  });

  it('counts respondents, not answers: one respondent’s three answers are a group of one', () => {
    const one = withholdSmallGroups([survey({ direction: 1 })], [answer(1, '94', 'direction', 'A.'), answer(1, '94', 'direction', 'B.'), answer(1, '94', 'direction', 'C.')]);
    expect(one.items.every((item) => item.profile === WITHHELD_PROFILE)).toBe(true);
    expect(one.diagnostics[0]?.message).toMatch(/^Un groupe compte .*\(sa première réponse ligne 2\) : leurs 3 réponses \(1 répondant\) sont publiées sans leur profil/);
  });

  it('is labelled as withheld wherever a profile is shown', () => {
    expect(profileLabel(WITHHELD_PROFILE)).toBe('Profil non publié (moins de 3 répondants)');
  });
});
