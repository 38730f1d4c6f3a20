/**
 * Shapes of French verb forms, read on folded tokens: the imperfect ("fonctionnait", "étaient"),
 * the conditional that shares its endings ("serait", "faciliterait"), and the infinitive.
 */
import { NOT_INFINITIVES } from './grammar.ts';

const CONDITIONALS = new Set('devrait devraient voudrait voudraient faudrait vaudrait saurait sauraient'.split(' '));
/** Words in -ait that are not imperfect verbs. */
const NOT_IMPERFECT = new Set('connait reconnait parait apparait disparait nait plait complait tait lait sait souhait'.split(' '));

/**
 * An infinitive: être, avoir, faire, or a word in -er, -ir, -re, -oir that is not a noun ("dossier").
 * Most words in -re and -oir are nouns or adjectives (« primaire », « centre », « voiture »,
 * « territoire », « couloir »), and a folded participle ends so too (« préparé »): only the endings
 * of the verbs in -re and -oir count (« -dre », « -mettre », « -uire », « -faire », « -voir »…).
 */
export function isInfinitive(token: string): boolean {
  if (token === 'etre' || token === 'avoir' || token === 'faire') return true;
  if (token.length < 5 || NOT_INFINITIVES.has(token)) return false;
  if (token.endsWith('oir')) return VERB_OIR.test(token) && !NOT_VERB_OIR.has(token);
  if (token.endsWith('er') || token.endsWith('ir')) return true;
  return token.endsWith('re') && VERB_RE.test(token) && !NOT_VERB_RE.has(token);
}

/** The endings of the verbs in -re: prendre, mettre, connaître, dire, conduire, faire, plaire, boire, vivre… */
const VERB_RE = /(?:dre|mettre|battre|[ao]itre|[^ao]ire|faire|plaire|traire|^taire|boire|croire|clure|clore|vivre|suivre|vaincre|rompre)$/;
/** Nouns and adjectives with a verb's ending: « cadre », « ordre », « maître », « empire », « contraire »… */
const NOT_VERB_RE = new Set(
  ('cadre ordre desordre moindre poudre cendre gendre cidre foudre meandre scaphandre ' +
    'maitre traitre contremaitre empire navire delire satire vampire affaire contraire exemplaire').split(' '),
);
/** The verbs in -oir: voir, pouvoir, devoir, savoir, recevoir, vouloir, valoir, falloir, (s')asseoir… */
const VERB_OIR = /(?:voir|vouloir|valoir|falloir|seoir|choir)$/;
const NOT_VERB_OIR = new Set(['reservoir', 'abreuvoir']);

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
