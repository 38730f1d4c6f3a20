/**
 * Character classes of French text for the detectors (bodies, to put inside `[…]`). Latin-1 letters,
 * œ, æ and combining accents rather than \p{L} under the `u` flag: V8 compiles those huge classes on
 * every run of the pipeline (tens of ms for the detectors together), and the detectors only need
 * to know where a French word starts and ends.
 */
export const LETTER = String.raw`A-Za-zÀ-ÖØ-öø-ÿŒœÆæ\u0300-\u036f`;
export const UPPER = String.raw`A-ZÀ-ÖØ-ÞŒÆ`;
export const LOWER = String.raw`a-zß-öø-ÿœæ`;
/** A letter or a digit: what continues a word. */
export const WORD = `${LETTER}0-9`;

/**
 * A capitalised word as first names are written, its hyphenated parts too (« Léa », « Jean-Baptiste »),
 * Latin Extended included (« Michał »); never one in capitals (« NEET », « CAF »).
 */
export const CAPITALISED_WORD = `[${UPPER}\\u0100-\\u024f][${LOWER}\\u0100-\\u024f]+(?:-[${UPPER}\\u0100-\\u024f][${LOWER}\\u0100-\\u024f]+)*`;
