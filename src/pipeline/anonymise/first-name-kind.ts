/**
 * Whether a capitalised word the detectors of young-names.ts and cue-names.ts found is a first name:
 * one of first-names.ts, one missing from it that may be one (unlisted-names.ts: its context then
 * decides), or none. The first names of the list that are also common words (« Pierre », « Claire »,
 * « Marine », « Rose »…) count only in the tight forms: an age after a comma or in parentheses
 * (« Rose, 19 ans »), or after a word for a person (« ma fille Rose », « la jeune Rose »).
 */
import { isFirstName } from './first-names.ts';
import { foldWord } from './fold-name.ts';
import { mayBeUnlistedName } from './unlisted-names.ts';

/** First names of the list that are also common French words: masked in the tight forms only. */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  `pierre claire blanche marine olivier noel rose violette iris jade ambre aurore marguerite capucine clementine prudence
  constance clemence grace celeste ange desire aime aimee desiree garance basile hermine colin franck cesar joy romane
  christ flora gloria lou luna tom prosper jean paul`.split(/\s+/),
);

export type FirstNameKind = 'listed' | 'unlisted' | 'no';

export function firstNameKind(name: string, tight: boolean): FirstNameKind {
  if (COMMON_WORDS.has(foldWord(name))) return tight ? 'listed' : 'no';
  if (isFirstName(name)) return 'listed';
  return mayBeUnlistedName(name, tight) ? 'unlisted' : 'no';
}
