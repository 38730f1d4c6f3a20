/**
 * The demo young people's survey, as an online form exports it in « CSV UTF-8 » (`;`, BOM, CRLF):
 * the region comes from the postal code.
 */
import { Random, csvDocument, frenchTimestamp, officeTimestamps } from './toolkit.ts';
import { HELPS, POSTAL_CODES, PROBLEMS, WISHES } from './jeunes-banks.ts';
import { composeUnique, type AnswerBank } from './compose.ts';

export const YOUNG_HEADER = [
  'Horodateur',
  'Code postal',
  'Âge',
  'Tu es accompagné(e) dans le cadre…',
  "Ce qui t'aide le plus avec ta Mission Locale",
  'Ce qui ne va pas',
  'Ce que tu aimerais',
  'Note globale (1 à 5)',
] as const;

const AGES = [
  [16, 4], [17, 7], [18, 12], [19, 14], [20, 14], [21, 13], [22, 11], [23, 10], [24, 8], [25, 7],
] as const;

const RATING = [
  ['1', 4],
  ['2', 10],
  ['3', 26],
  ['4', 38],
  ['5', 22],
] as const;

export function youngCsv(rows: number, seed: number): string {
  const random = new Random(seed);
  const stamps = officeTimestamps(random, rows, '2026-09-14', '2026-11-27', true);
  const used = new Set<string>();
  return csvDocument(YOUNG_HEADER, stamps.map((stamp) => youngRow(random, used, stamp)));
}

/** Young people outside the CEJ do not talk about its hours or its allowance. */
function withoutCej(bank: AnswerBank): AnswerBank {
  const outside = (text: string) => !/CEJ/.test(text);
  return { tail: bank.tail.filter(outside), frequent: bank.frequent.filter(outside) };
}

const BANKS = {
  cej: { helps: HELPS, problems: PROBLEMS, wishes: WISHES },
  other: { helps: withoutCej(HELPS), problems: withoutCej(PROBLEMS), wishes: withoutCej(WISHES) },
};

function youngRow(random: Random, used: Set<string>, stamp: Date): string[] {
  const age = random.weighted(AGES);
  const enrolment = programme(random, age);
  const banks = enrolment.includes('CEJ') || enrolment === 'Je ne sais pas' ? BANKS.cej : BANKS.other;
  return [
    frenchTimestamp(stamp),
    random.weighted(POSTAL_CODES),
    random.chance(0.04) ? `${age} ans` : String(age),
    enrolment,
    helps(random, used, banks.helps),
    random.chance(0.12) ? '' : informal(random, composeUnique(random, used, banks.problems, [], 0.05)),
    random.chance(0.06) ? '' : informal(random, composeUnique(random, used, banks.wishes, [], 0.05)),
    random.chance(0.03) ? '' : random.weighted(RATING),
  ];
}

function helps(random: Random, used: Set<string>, bank: AnswerBank): string {
  const roll = random.next();
  if (roll < 0.05) return '';
  if (roll < 0.08) return random.pick(['Tout, franchement.', 'Tout', 'Ma conseillère !']);
  return informal(random, composeUnique(random, used, bank, [], 0.05));
}

function programme(random: Random, age: number): string {
  if (age < 18 && random.chance(0.4)) return 'Obligation de formation (16-17 ans)';
  return random.weighted([
    ["Contrat d'engagement jeune (CEJ)", 55],
    ['PACEA', 22],
    ['Je ne sais pas', 15],
    ['Autre', 8],
  ] as const);
}

/** Some young people write « rdv » and skip capitals. */
function informal(random: Random, text: string): string {
  if (!random.chance(0.12)) return text;
  return text.replaceAll('rendez-vous', 'rdv').replace(/^./, (c) => c.toLowerCase());
}
