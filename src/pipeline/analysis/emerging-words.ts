/**
 * Content words that cannot name an emerging theme, though they are not stop words: number words,
 * adverbs, generic judging adjectives, verbs that name no activity and pronouns. « surtout », « important »,
 * « trois » or « sait » say how much, how well or that something is, never what about: shown alone
 * or in a pair (« changé trois », « rapidité surtout ») they are not a theme a reader can act on.
 *
 * The judging adjectives are the tagger's own (its praise, complaint and request lexicons), those it
 * reads as a clear judgement (weight ≥ STRONG_JUDGEMENT): weaker ones also classify (« formation
 * professionnelle », « contact humain », « transport gratuit ») and stay. Folded words (no accents).
 */
import { COMPLAINT, PRAISE } from '../tag/lexicon.ts';
import { LACK, REQUEST } from '../tag/lexicon-proposals.ts';
import { COMPARATIVES } from '../tag/comparatives.ts';
import { adjectiveForms, verbForms } from '../tag/inflect.ts';
import { foldWord } from '../text/fold-word.ts';

/** A lexicon adjective weighing less than this is read as describing, not judging. */
export const STRONG_JUDGEMENT = 0.7;

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

/** Cardinal number words and quantities (« vingt-cinq » is read as two words). */
const NUMBERS = words(`
  zero deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts trente
  quarante cinquante soixante septante octante nonante cent cents mille milles million millions milliard milliards
  premier premiere premiers premieres second seconde seconds secondes demi demie moitie
  dizaine dizaines douzaine douzaines quinzaine quinzaines vingtaine vingtaines trentaine trentaines centaine
  centaines millier milliers`);

/** Ordinals of the number words: deuxième, vingtième, centième. */
const ORDINAL = /^(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|onz|douz|treiz|quatorz|quinz|seiz|vingt|trent|quarant|cinquant|soixant|cent|millio|milli)iemes?$/;
/** Digits alone or with an ordinal or unit ending: « 3e », « 2eme », « 15h », « 10min », « 30km », « 2ans ». */
const DIGITS = /^\d+(?:e|er|ere|eme|emes|ieme|iemes|h|min|mn|ans?|j|km|kms|m|kg|eur|euros?)?$/;

/** Adverbs without the -ment ending, and -ment adverbs no ending rule below recognises. */
const ADVERBS = words(`
  surtout beaucoup toujours souvent plutot assez trop tres bien mal mieux vite tant tellement autant davantage presque
  environ ensuite enfin puis aussi ainsi encore deja jamais parfois longtemps tard tot bientot aussitot desormais
  dorenavant maintenant aujourd hui hier demain ici partout ailleurs loin pres dedans dehors certes pourtant cependant
  toutefois neanmoins sinon quasi guere tout surement vraiment forcement enormement precisement profondement aisement
  assurement carrement directement exactement fortement largement justement absolument simplement rapidement
  efficacement gratuitement clairement lentement longuement vivement doucement gravement lourdement fermement
  franchement autrement rarement severement immediatement simultanement tranquillement pleinement evidemment
  apparemment vite voire notamment finalement`);

/**
 * Endings of -ment adverbs made on an adjective (« heureusement », « effectivement », « uniquement »,
 * « entièrement », « complètement », « probablement », « totalement », « actuellement », « seulement »,
 * « facilement », « quotidiennement ») that no French noun of the consultations shares: nouns in -ment
 * are made on a verb (« paiement », « logement », « renouvellement », « signalement », « déroulement »).
 */
const ADVERB_ENDING =
  /(?:amment|emment|eusement|ivement|iquement|ierement|etement|ablement|iblement|[^n]alement|[^vc]ellement|[^o]ulement|[^l]ilement|iennement)$/;

/** Generic judging adjectives the tagger's lexicons do not list (they judge with a verb there). */
const JUDGING = words(`
  important importante importants importantes possible possibles impossible essentiel essentielle essentiels
  essentielles grand grande grands grandes petit petite petits petites gros grosse grosses vrai vraie vrais vraies
  seul seule seuls seules certain certaine certains certaines different differente differents differentes divers
  diverse diverses enorme enormes principal principale principaux principales total totale totaux totales global
  globale globaux globales general generale generaux generales actuel actuelle actuels actuelles dernier derniere
  derniers dernieres prochain prochaine prochains prochaines nombreux nombreuse nombreuses plein pleine pleins pleines
  juste justes satisfait satisfaite satisfaits satisfaites ravi ravie ravis ravies decu decue decus decues pire pires`);

/**
 * Verbs that name no activity (being somewhere, knowing, saying, seeming), with their frequent forms.
 * Forms that are also nouns of the consultations stay out: « permis » (permis de conduire), « mise »
 * (mise à jour), « données » (donner), « sens », « vis », « passe ».
 */
const GENERIC_VERBS = [
  ...words(`
    aller vais vas va allons allez vont alle allee alles allees allait allaient ira iront irait
    venir viens vient venons venez viennent venu venue venus venues venait venaient viendra viendrait
    devenir devient deviennent devenu devenue devenus devenues revenir revient reviennent revenu revenue
    dire dis dit disons dites disent dite dits disait disaient dira dirait
    voir vois voit voyons voyez voient vu vue vus vues voyait voyaient verra verrait
    savoir sais sait savons savez savent su sue sus savait savaient saura saurait
    pouvoir peux puis pouvons pouvez pu pouvait pouvaient pourra pourront pourrait pourraient
    vouloir veux veut voulons voulez veulent voulu voulait voulaient voudra voudrait voudraient
    devoir dois doit devons devez doivent du due dus devait devaient devra devront devrait devraient
    connaitre connais connait connaissons connaissez connaissent connu connue connus connues connaissait
    tenir tiens tient tiennent tenu tenue tenait paraitre parait paraissent paru paraissait
    croire crois croit croient cru croyait permettre permet permettent permettait permettrait`),
  ...['parler', 'penser', 'trouver', 'rester', 'sembler', 'habiter', 'arriver', 'laisser', 'exister', 'aimer', 'poser']
    .flatMap((verb) => [verb, ...verbForms(verb), verb.slice(0, -2) + 'erait', verb.slice(0, -2) + 'eraient']),
];

/** Relative and indefinite pronouns lunr's stop words miss (« les aides auxquelles j'ai droit »). */
const PRONOUNS = words(`
  lequel laquelle lesquels lesquelles auquel auxquels auxquelles duquel desquels desquelles quelqu quelque quelques
  plusieurs chacun chacune quiconque quoi`);

/** The tagger's strong judging adjectives, inflected as the tagger inflects them (cues.ts). */
function judgingAdjectives(): string[] {
  const forms: string[] = [];
  for (const entry of [...PRAISE, ...COMPLAINT, ...REQUEST, ...LACK]) {
    if (!entry.startsWith('adj:')) continue;
    const at = entry.lastIndexOf('@');
    const weight = at > 0 ? Number(entry.slice(at + 1)) : 1;
    const body = entry.slice(4, at > 0 ? at : undefined);
    if (weight < STRONG_JUDGEMENT || body.includes(' ')) continue;
    const parts = foldWord(body.toLowerCase());
    const word = parts[parts.length - 1] as string;
    forms.push(...(body.endsWith('é') ? [word, word + 'e', word + 's', word + 'es'] : adjectiveForms(word)));
  }
  return forms;
}

let excluded: ReadonlySet<string> | null = null;

/** Whether a folded content word can be, or be part of, an emerging term. */
export function canNameTheme(folded: string): boolean {
  excluded ??= new Set([
    ...NUMBERS, ...ADVERBS, ...PRONOUNS, ...JUDGING, ...COMPARATIVES, ...GENERIC_VERBS, ...judgingAdjectives(),
  ]);
  if (excluded.has(folded)) return false;
  const first = folded.charCodeAt(0);
  if (first >= 48 && first <= 57) return !DIGITS.test(folded);
  if (folded.endsWith('ieme') || folded.endsWith('iemes')) return !ORDINAL.test(folded);
  return !(folded.endsWith('ment') && ADVERB_ENDING.test(folded));
}
