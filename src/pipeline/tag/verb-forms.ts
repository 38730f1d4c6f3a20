/**
 * Shapes of French verb forms, read on folded tokens: the imperfect ("fonctionnait", "étaient"),
 * the conditional that shares its endings ("serait", "faciliterait"), and the infinitive.
 */
import { NOT_INFINITIVES } from './grammar.ts';

const CONDITIONALS = new Set('devrait devraient voudrait voudraient faudrait vaudrait saurait sauraient'.split(' '));
/** Words in -ait that are not imperfect verbs. */
const NOT_IMPERFECT = new Set('connait reconnait parait apparait disparait nait plait complait tait lait sait souhait'.split(' '));

/** An infinitive: être, avoir, faire, or a word in -er, -ir, -re, -oir that is not a noun ("dossier"). */
export function isInfinitive(token: string): boolean {
  if (token === 'etre' || token === 'avoir' || token === 'faire') return true;
  return token.length >= 5 && /(?:er|ir|re|oir)$/.test(token) && !NOT_INFINITIVES.has(token);
}

/** A verb in the imperfect (était, fonctionnait, avaient…), not "fait" or "connaît". */
export function isImperfect(token: string): boolean {
  const last = token.charCodeAt(token.length - 1);
  if (last === 115) return token === 'etais' || token === 'avais' || token === 'etions' || token === 'avions'; // -s
  if (last !== 116 || token.length < 5 || NOT_IMPERFECT.has(token)) return false; // -t
  if (isConditional(token)) return false;
  if (token.endsWith('aient')) return true;
  return token.endsWith('ait') && !token.endsWith('fait') && !token.endsWith('trait');
}

/** The conditional shares the imperfect's endings: "serait", "faciliterait", "pourrait", "devrait". */
function isConditional(token: string): boolean {
  return CONDITIONALS.has(token) || /(?:er|ir|rr)(?:ait|aient)$/.test(token);
}
