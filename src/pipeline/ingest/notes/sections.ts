/**
 * Section headings → tag. Headings are folded (case, accents, punctuation) and may carry a
 * numbering ("1.", "II –", "A)", "Partie 2 :"); the longest synonym the heading starts with wins, so
 * "Ce qui fonctionne mal" is broken, not working. « Les + » and « Points - » are spelled out first:
 * folding, which drops punctuation, would leave only « Les ».
 */
import type { Tag } from '../../model.ts';
import { foldText } from '../../text/fold.ts';
import { DETERMINER, SECTION_NAMES, sectionMatch } from '../section-vocabulary.ts';

/** The vocabulary is shared with survey headers (section-vocabulary.ts). */
export { SECTION_NAMES, SECTION_SYNONYMS } from '../section-vocabulary.ts';

/**
 * "1.", "2)", "II –", "A." at the start of a heading, once folded, maybe after the word that numbers
 * the workshop's steps (« Partie 2 : », « Temps II – », « Étape 3. ») or an ordinal (« 2e partie : »).
 */
const NUMBERING =
  /^(?:(?:(?:partie|temps|etape|phase|sequence|seance|volet)\s+)?(?:\d+|[ivx]+|[a-h])(?:\s+\d+)*|(?:premiere|deuxieme|seconde|troisieme|\d+(?:e|er|re|ere|eme))\s+(?:partie|etape|temps|phase))\s+/;
/**
 * A sign standing for « plus » or « moins » after at most one word, as in « Les + », « Points - »,
 * « (+) ». Only then: a dash inside a heading (« Accueil - Ce qui fonctionne ») separates words.
 */
const SIGN_HEADING = /^\s*(\p{L}+)?\s*\(?\s*([+\-−–])\s*\)?\s*:?\s*$/u;

/**
 * A heading folded, then without its numbering, then without its determiner: the forms matched
 * against the synonyms, in that order.
 */
export function headingForms(heading: string): string[] {
  const sign = SIGN_HEADING.exec(heading);
  const spelled = sign ? `${sign[1] ?? 'les'} ${sign[2] === '+' ? 'plus' : 'moins'}` : heading;
  const folded = foldText(spelled).replace(/'/g, ' ').replace(/\s+/g, ' ').trim();
  const unnumbered = folded.replace(NUMBERING, '');
  return [folded, unnumbered, unnumbered.replace(DETERMINER, '')];
}

/** Tag of a section heading, or null when the heading is context (État des lieux, Introduction…). */
export function headingTag(heading: string): Tag | null {
  const forms = headingForms(heading);
  for (const form of forms) {
    const tag = match(form);
    if (tag) return tag;
  }
  // « Besoin et attente », « Point faible », « Difficultés rencontrée »: the vocabulary in the other number.
  for (const form of forms) {
    const spelled = inVocabularyNumber(form);
    const tag = spelled === null ? null : match(spelled);
    if (tag) return tag;
  }
  return null;
}

/**
 * A word without the mark of the plural (« besoins » → « besoin », « attentes » → « attente »), so
 * that singular and plural compare equal. Applied to both sides, it may clip a word that is no
 * plural (« acquis » → « acqui »): the comparison stays right.
 */
function numberless(text: string): string {
  return text.replace(/(\p{L}{3,})[sx](?=\s|$)/gu, '$1');
}

/**
 * The synonyms of several words keyed by their words without plural marks, longest first. Not a
 * single word: « Idée », « Demande » head a table's column of items as often as a part, and a close
 * single word gets its suggestion (heading-typo.ts).
 */
const NUMBERLESS_NAMES = SECTION_NAMES.filter(({ text }) => text.includes(' ')).map(({ text, tag }) => ({ key: numberless(text), text, tag }));

/**
 * The folded heading with its first words spelled as the longest synonym they name in another
 * number (« besoin et attente du si » → « besoins et attentes du si »), or null when none.
 */
function inVocabularyNumber(folded: string): string | null {
  const key = numberless(folded);
  for (const name of NUMBERLESS_NAMES) {
    if (key !== name.key && !key.startsWith(`${name.key} `)) continue;
    const words = name.text.split(' ').length;
    return [name.text, ...folded.split(' ').slice(words)].join(' ');
  }
  return null;
}

/**
 * Tag of a line that is exactly a section's name (numbering, a determiner and a final colon
 * allowed), or null: « Ce qui dysfonctionne : » is one, « Ce qui fonctionne bien, c'est l'accueil. » is not.
 */
export function exactHeadingTag(text: string): Tag | null {
  const candidates = headingForms(text);
  for (const candidate of candidates) {
    const found = SECTION_NAMES.find((synonym) => synonym.text === candidate);
    if (found) return found.tag;
  }
  for (const candidate of candidates) {
    const key = numberless(candidate);
    const found = NUMBERLESS_NAMES.find((synonym) => synonym.key === key);
    if (found) return found.tag;
  }
  return null;
}

/** A combined heading (« Ce qui fonctionne / ce qui dysfonctionne ») decides nothing. */
function match(folded: string): Tag | null {
  const found = sectionMatch(folded);
  return found === 'mixed' ? null : found;
}

/** The heading to suggest for a tag (the one the template uses). */
export const CANONICAL_HEADINGS: Readonly<Record<Tag, string>> = {
  working: 'Ce qui fonctionne',
  broken: 'Ce qui dysfonctionne',
  needs: 'Besoins et attentes',
};
