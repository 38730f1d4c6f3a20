/**
 * The one vocabulary of the three parts (working, broken, needs), shared by note headings
 * (notes/sections.ts) and survey headers (surveys/header-aliases.ts): a column « Ce qui coince » is
 * read as the section « Ce qui coince » is. Written folded (foldText, apostrophes as spaces), in the
 * forms people use: impersonal (« ce qui marche »), « vous » (« ce qui vous gêne ») and « tu » (the
 * young people's surveys: « ce qui t’aide », « ce que tu voudrais »).
 */
import type { Tag } from '../model.ts';

/** For « ce qui vous gêne » and « ce qui te gêne »: both persons, and the impersonal form. */
function persons(before: string, after: string): string[] {
  return [`${before} ${after}`, `${before} vous ${after}`, `${before} te ${after}`];
}

export const SECTION_SYNONYMS: Readonly<Record<Tag, readonly string[]>> = {
  working: [
    'ce qui fonctionne', 'ce qui fonctionne bien', 'ce qui marche', 'ce qui marche bien', 'ce qui va bien',
    'points forts', 'point fort', 'points positifs', 'aspects positifs', 'reussites', 'reussite', 'atouts',
    'forces', 'satisfactions', 'ce qui plait', 'ce qu on apprecie', 'ce que l on apprecie', 'les plus',
    'points plus', 'bonnes pratiques', 'acquis',
    ...persons('ce qui', 'plait'), 'ce qui aide', 'ce qui vous aide', 'ce qui t aide', 'ce qui vous satisfait', 'ce qui te satisfait',
    'ce que vous appreciez', 'ce que tu apprecies', 'ce que vous aimez', 'ce que tu aimes', 'ce qui est utile',
    'ce qui vous est utile', 'ce qui t est utile', 'ce qui fonctionne pour vous', 'ce qui fonctionne pour toi',
  ],
  broken: [
    'ce qui dysfonctionne', 'dysfonctionnements', 'ce qui ne fonctionne pas', 'ce qui fonctionne pas', 'ce qui ne fonctionne',
    'ce qui ne fonctionne pas bien', 'ce qui fonctionne mal', 'ce qui fonctionne moins bien', 'ce qui ne marche pas',
    'ce qui marche pas', 'ce qui marche mal', 'ce qui ne va pas', 'ce qui pose probleme', 'ce qui coince',
    'difficultes', 'difficultes rencontrees', 'irritants', 'points faibles', 'point faible', 'points negatifs',
    'aspects negatifs', 'freins', 'problemes', 'problemes rencontres', 'blocages', 'limites', 'les moins', 'points moins',
    'points de blocage', 'points de friction',
    'ce qui va mal', 'ce qui va pas', 'ce qui ne va pas bien', 'ce qui marche moins bien', 'ce qui est difficile',
    'ce qui est complique', 'ce qui pose souci', 'ce qui pose des problemes', 'ce qui vous pose probleme', 'ce qui te pose probleme',
    ...persons('ce qui', 'gene'), ...persons('ce qui', 'derange'), ...persons('ce qui', 'bloque'), ...persons('ce qui', 'freine'),
    'ce qui vous agace', 'ce qui t agace', 'ce qui agace', 'ce qui vous enerve', 'ce qui t enerve',
    'ce qui vous embete', 'ce qui t embete', 'ce qui vous complique la vie', 'ce qui te complique la vie',
    'ce que vous n aimez pas', 'ce que tu n aimes pas', 'ce que tu aimes pas', 'ce que vous appreciez pas', 'ce que vous n appreciez pas',
    'ce qui ne te plait pas', 'ce qui ne vous plait pas', 'ce qui ne plait pas', ...persons('ce qui', 'plait moins'), 'difficultes rencontrees au quotidien',
    'mecontentements', 'insatisfactions', 'defauts', 'dysfonctionnements constates', 'problemes constates',
  ],
  needs: [
    'besoins et attentes', 'attentes et besoins', 'besoins', 'attentes', 'propositions', 'idees', 'souhaits',
    'suggestions', 'recommandations', 'pistes', 'pistes d amelioration', 'axes d amelioration',
    'ameliorations souhaitees', 'propositions d amelioration', 'demandes', 'ce qu il faudrait',
    'ce que nous attendons', 'ce qu on attend', 'ce que l on attend', 'le si ideal', 'le si de demain',
    'idees et propositions', 'besoins exprimes', 'attentes exprimees',
    'ameliorations', 'amelioration', 'ameliorations possibles', 'ameliorations attendues', 'idees d amelioration',
    'suggestions d amelioration', 'envies', 'evolutions souhaitees', 'evolutions attendues', 'priorites',
    ...persons('ce qui', 'manque'), 'ce qu il manque', 'ce qu il vous manque', 'ce qu il te manque',
    'ce que vous voudriez', 'ce que tu voudrais', 'ce que vous aimeriez', 'ce que tu aimerais', 'ce que vous souhaitez',
    'ce que tu souhaites', 'ce que vous attendez', 'ce que tu attends', 'ce que vous proposez', 'ce que tu proposes',
    'ce que vous changeriez', 'ce que tu changerais', 'ce qu il faudrait changer', 'ce qu il faudrait ameliorer',
    'ce qu il faut ameliorer', 'ce qu il faut changer', 'ce qui pourrait etre ameliore', 'ce qui pourrait etre mieux',
    'ce qui devrait changer', 'ce qui vous aiderait', 'ce qui t aiderait', 'ce qui aiderait', 'ce qui faciliterait',
    'ce qui vous faciliterait', 'ce qui te faciliterait', 'si vous aviez une baguette magique', 'si tu avais une baguette magique',
  ],
};

/** Every synonym with its tag, longest first: « ce qui fonctionne mal » is tried before « ce qui fonctionne ». */
export const SECTION_NAMES: ReadonlyArray<{ text: string; tag: Tag }> = (Object.keys(SECTION_SYNONYMS) as Tag[])
  .flatMap((tag) => SECTION_SYNONYMS[tag].map((text) => ({ text, tag })))
  .sort((a, b) => b.text.length - a.text.length);

/** Words that turn a praise heading into a complaint when they follow it (« Ce qui marche mal »). */
const NEGATIONS = /\b(pas|mal|moins|jamais|rien|peu)\b/;

/**
 * « Nos idées », « Les points forts », « Vos attentes », « Tes idées »: the determiner says nothing
 * about the section.
 */
export const DETERMINER = /^(?:les|nos|vos|mes|tes|leurs|des|quelques|votre|ton|ta|ma|notre) /;

/**
 * The part a folded heading names: the longest synonym it is or starts with; `mixed` when it also
 * names another part (« Ce qui fonctionne / ce qui dysfonctionne » decides nothing); null when none.
 */
export function sectionMatch(folded: string): Tag | 'mixed' | null {
  for (const { text, tag } of SECTION_NAMES) {
    if (folded === text) return tag;
    if (folded.startsWith(`${text} `)) {
      const rest = `${folded.slice(text.length)} `;
      if (SECTION_NAMES.some((other) => other.tag !== tag && rest.includes(` ${other.text} `))) return 'mixed';
      if (tag === 'working' && NEGATIONS.test(rest)) continue;
      return tag;
    }
  }
  return null;
}
