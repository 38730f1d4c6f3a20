/** The methodology's word on the survey answers published without their profile (pipeline/anonymise/small-groups.ts). */
import { WITHHELD_PROFILE, type FeedbackItem } from '../pipeline/model.ts';
import { MIN_GROUP } from '../pipeline/anonymise/small-groups.ts';
import { plural } from './format.ts';

/** One sentence for readers, or null when no profile was withheld; it never names the groups. */
export function withheldProfilesSentence(items: readonly FeedbackItem[]): string | null {
  let count = 0;
  for (const item of items) if (item.profile === WITHHELD_PROFILE) count++;
  if (count === 0) return null;
  const published = count === 1 ? `${plural(count, 'élément')} d’enquête est publié` : `${plural(count, 'élément')} d’enquête sont publiés`;
  return `Pour protéger leurs auteurs, ${published} sans leur profil (« profil non publié ») : moins de ${MIN_GROUP} répondants partageaient ce profil dans leur région.`;
}
