/**
 * Section headings → tag. Headings are folded (case, accents, punctuation) and may carry a
 * numbering ("1.", "II –", "A)", "Partie 2 :"); the longest synonym the heading starts with wins, so
 * "Ce qui fonctionne mal" is broken, not working. « Les + » and « Points - » are spelled out first:
 * folding, which drops punctuation, would leave only « Les ».
 */
import type { Tag } from '../../model.ts';
import { foldText } from '../../text/fold.ts';

/** Synonyms of each section, as people title them in workshop notes (written folded). */
export const SECTION_SYNONYMS: Readonly<Record<Tag, readonly string[]>> = {
  working: [
    'ce qui fonctionne', 'ce qui fonctionne bien', 'ce qui marche', 'ce qui marche bien', 'ce qui va bien',
    'points forts', 'point fort', 'points positifs', 'aspects positifs', 'reussites', 'reussite', 'atouts',
    'forces', 'satisfactions', 'ce qui plait', 'ce qu on apprecie', 'ce que l on apprecie', 'les plus',
    'points plus', 'bonnes pratiques', 'acquis',
  ],
  broken: [
    'ce qui dysfonctionne', 'dysfonctionnements', 'ce qui ne fonctionne pas', 'ce qui fonctionne pas', 'ce qui ne fonctionne',
    'ce qui ne fonctionne pas bien', 'ce qui fonctionne mal', 'ce qui fonctionne moins bien', 'ce qui ne marche pas',
    'ce qui marche pas', 'ce qui marche mal', 'ce qui ne va pas', 'ce qui pose probleme', 'ce qui coince',
    'difficultes', 'difficultes rencontrees', 'irritants', 'points faibles', 'point faible', 'points negatifs',
    'aspects negatifs', 'freins', 'problemes', 'problemes rencontres', 'blocages', 'limites', 'les moins', 'points moins',
    'points de blocage', 'points de friction',
  ],
  needs: [
    'besoins et attentes', 'attentes et besoins', 'besoins', 'attentes', 'propositions', 'idees', 'souhaits',
    'suggestions', 'recommandations', 'pistes', 'pistes d amelioration', 'axes d amelioration',
    'ameliorations souhaitees', 'propositions d amelioration', 'demandes', 'ce qu il faudrait',
    'ce que nous attendons', 'ce qu on attend', 'ce que l on attend', 'le si ideal', 'le si de demain',
    'idees et propositions', 'besoins exprimes', 'attentes exprimees',
  ],
};

const SYNONYMS: ReadonlyArray<{ text: string; tag: Tag }> = (Object.keys(SECTION_SYNONYMS) as Tag[])
  .flatMap((tag) => SECTION_SYNONYMS[tag].map((text) => ({ text, tag })))
  .sort((a, b) => b.text.length - a.text.length);

/** Words that turn a praise heading into a complaint when they follow it ("Ce qui marche mal"). */
const NEGATIONS = /\b(pas|mal|moins|jamais|rien|peu)\b/;

/**
 * "1.", "2)", "II –", "A." at the start of a heading, once folded, maybe after the word that numbers
 * the workshop's steps (« Partie 2 : », « Temps II – », « Étape 3. ») or an ordinal (« 2e partie : »).
 */
const NUMBERING =
  /^(?:(?:(?:partie|temps|etape|phase|sequence|seance|volet)\s+)?(?:\d+|[ivx]+|[a-h])(?:\s+\d+)*|(?:premiere|deuxieme|seconde|troisieme|\d+(?:e|er|re|ere|eme))\s+(?:partie|etape|temps|phase))\s+/;
/** "Nos idées", "Les points forts", "Vos attentes": the determiner says nothing about the section. */
const DETERMINER = /^(?:les|nos|vos|mes|leurs|des|quelques) /;

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
  for (const form of headingForms(heading)) {
    const tag = match(form);
    if (tag) return tag;
  }
  return null;
}

/**
 * Tag of a line that is exactly a section's name (numbering, a determiner and a final colon
 * allowed), or null: « Ce qui dysfonctionne : » is one, « Ce qui fonctionne bien, c'est l'accueil. » is not.
 */
export function exactHeadingTag(text: string): Tag | null {
  for (const candidate of headingForms(text)) {
    const found = SYNONYMS.find((synonym) => synonym.text === candidate);
    if (found) return found.tag;
  }
  return null;
}

function match(folded: string): Tag | null {
  for (const { text, tag } of SYNONYMS) {
    if (folded === text) return tag;
    if (folded.startsWith(`${text} `)) {
      const rest = `${folded.slice(text.length)} `;
      if (tag === 'working' && NEGATIONS.test(rest)) continue;
      // "Ce qui fonctionne / ce qui dysfonctionne": a combined heading decides nothing.
      if (SYNONYMS.some((other) => other.tag !== tag && rest.includes(` ${other.text} `))) return null;
      return tag;
    }
  }
  return null;
}

/** Every synonym with its tag, for headings that are almost one (heading-typo.ts). */
export const SECTION_NAMES: ReadonlyArray<{ text: string; tag: Tag }> = SYNONYMS;

/** The heading to suggest for a tag (the one the template uses). */
export const CANONICAL_HEADINGS: Readonly<Record<Tag, string>> = {
  working: 'Ce qui fonctionne',
  broken: 'Ce qui dysfonctionne',
  needs: 'Besoins et attentes',
};
