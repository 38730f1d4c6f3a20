/**
 * The language a column of answers is written in. livre-blanc's tagging and themes read French: a
 * column in another language would be tagged and themed by chance, without a word. Detection is
 * franc-min's (character trigrams, 82 languages; by the author of unified), a solved problem not
 * worth writing again. franc reads at most 2,048 characters, so the sample is taken across the
 * whole column (a few dozen answers, the start of each) rather than from its first rows: constant
 * time, whatever the number of answers. Too short or too repetitive a sample gives no verdict.
 */
import { franc } from 'franc-min';

/** Answers sampled, evenly spread over the column. */
const PICKS = 64;
/** What franc reads: each sampled answer gives its share of it (32 characters from 64 answers, all of 7). */
const SAMPLE_CHARACTERS = 2048;
/** Below this, too little text to tell: no verdict. */
export const MIN_SAMPLE_CHARACTERS = 200;
/**
 * Nor below this many distinct words: a column of « Oui », « Non », « RAS » or of region names gives
 * franc a long sample of a few words, and a language at random (Cebuano, Kinyarwanda…).
 */
const MIN_DISTINCT_WORDS = 20;

/** French names of the languages most likely met instead of French; others are given by their code. */
const NAMES: Record<string, string> = {
  eng: 'anglais',
  spa: 'espagnol',
  deu: 'allemand',
  ita: 'italien',
  por: 'portugais',
  nld: 'néerlandais',
  arb: 'arabe',
  tur: 'turc',
  pol: 'polonais',
  ron: 'roumain',
  rus: 'russe',
  ukr: 'ukrainien',
};

/** The sample franc reads: the start of `PICKS` non-empty answers spread over `count` answers (`textAt(i)`). */
export function languageSample(count: number, textAt: (index: number) => string): string {
  const parts: string[] = [];
  const step = Math.max(1, count / PICKS);
  const share = Math.floor(SAMPLE_CHARACTERS / Math.min(PICKS, Math.max(1, count)));
  for (let position = 0; position < count && parts.length < PICKS; position += step) {
    const text = textAt(Math.floor(position)).trim();
    if (text !== '') parts.push(text.slice(0, share));
  }
  return parts.join('\n');
}

/** ISO 639-3 code of the answers' language (`fra`…), or `und` when the sample is too short or too repetitive to tell. */
export function answersLanguage(count: number, textAt: (index: number) => string): string {
  const sample = languageSample(count, textAt);
  if (sample.length < MIN_SAMPLE_CHARACTERS || distinctWords(sample) < MIN_DISTINCT_WORDS) return 'und';
  return franc(sample, { minLength: MIN_SAMPLE_CHARACTERS });
}

function distinctWords(sample: string): number {
  return new Set(sample.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word !== '')).size;
}

/** « anglais », or « une langue de code xyz » for a language without a French name here. */
export function languageName(code: string): string {
  return NAMES[code] ?? `une langue de code ISO 639-3 « ${code} »`;
}
