/**
 * Words whose sense, and so whose stem, their neighbours decide: the stemmer reads one word at a
 * time, and « attentes » is what people expect (« les besoins et attentes des jeunes ») as often as
 * waiting (« des attentes interminables au téléphone »). A sense rule looks at the words next to
 * such a word in a matcher's stream (glue words are not there: « files d'attentes » has « file »
 * just before) and gives it another stem, or none.
 */
import { matchStems } from './stem.ts';

interface SenseRule {
  /** The stem the rule reads (the word's own stem, see OWN_STEMS in stem.ts). */
  stem: string;
  /** The stem it becomes when a cue is there; null: no stem at all, the word counts for nothing. */
  becomes: string | null;
  /** Cue words just before it, as written (their stem stands for their inflections: « files », « délais »). */
  before: readonly string[];
  /** Cue words among the two after it (« attentes trop longues »). */
  after: readonly string[];
}

const RULES: readonly SenseRule[] = [
  {
    // « attentes » keeps its own stem (expectations) unless a neighbour says it lasts: then it is the
    // waiting « attente » names (« temps d'attentes », « longues attentes », « attentes interminables »).
    stem: 'attentes',
    becomes: 'attent',
    before: [
      'file', 'temps', 'délai', 'salle', 'liste', 'heure', 'minute', 'jour', 'semaine', 'mois',
      'long', 'longue', 'éviter', 'supprimer', 'réduire', 'limiter', 'raccourcir',
    ],
    after: ['interminable', 'long', 'longue', 'insupportable', 'énorme', 'téléphone', 'guichet', 'heure', 'minute'],
  },
  {
    // « historique » after the noun it qualifies is no record of a young person (« monuments
    // historiques », « centre historique »); the record follows an article, which is glue.
    stem: 'histor',
    becomes: null,
    before: ['monument', 'bâtiment', 'édifice', 'château', 'centre', 'quartier', 'site', 'zone', 'patrimoine', 'territoire', 'raison'],
    after: [],
  },
  {
    // « s'attendre à » is to expect (« on ne sait pas à quoi s'attendre »), not to wait: the verb's
    // forms take the stem of « attente » (stem.ts), and « s' » before them takes it away.
    stem: 'attent',
    becomes: null,
    before: ['s'],
    after: [],
  },
];

/** A rule as stem codes: -1 for `becomes` null. */
interface CompiledRule {
  code: number;
  becomes: number;
  before: ReadonlySet<number>;
  after: ReadonlySet<number>;
}

/**
 * The rules that matter to a taxonomy, whose stems have codes in `codeOf` (a rule whose word or
 * outcome no keyword holds changes nothing): their cue stems get codes too, so that they are seen in
 * the stream. Returns what rewrites a stream in place, or null when no rule matters.
 */
export function compileSenses(codeOf: Map<string, number>): ((stream: Int32Array) => void) | null {
  const codeFor = (stem: string): number => {
    if (!codeOf.has(stem)) codeOf.set(stem, codeOf.size);
    return codeOf.get(stem) as number;
  };
  const cues = (words: readonly string[]): Set<number> => new Set(words.flatMap((word) => matchStems(word)).map(codeFor));
  const rules: CompiledRule[] = [];
  for (const rule of RULES) {
    const matters = codeOf.has(rule.stem) || (rule.becomes !== null && codeOf.has(rule.becomes));
    if (!matters) continue;
    rules.push({
      code: codeFor(rule.stem),
      becomes: rule.becomes === null ? -1 : codeFor(rule.becomes),
      before: cues(rule.before),
      after: cues(rule.after),
    });
  }
  if (rules.length === 0) return null;
  return (stream) => {
    for (let i = 0; i < stream.length; i++) {
      const code = stream[i] as number;
      for (const rule of rules) {
        if (code !== rule.code) continue;
        const cued =
          (i > 0 && rule.before.has(stream[i - 1] as number)) ||
          (i + 1 < stream.length && rule.after.has(stream[i + 1] as number)) ||
          (i + 2 < stream.length && rule.after.has(stream[i + 2] as number));
        if (cued) stream[i] = rule.becomes;
        break;
      }
    }
  };
}
