/**
 * Words that open a clause or a complement of time or cause, so that two content words on either
 * side belong to different phrases: « les jeunes changent de numéro et on perd le contact » makes no
 * « numéro perd », « sans contact depuis un mois » no « contact mois ». A pair of words (emerging
 * terms) never spans one, as it never spans a clause mark (WordTable.breaks).
 *
 * Coordinating conjunctions (et, ou, mais, donc, car, ni), relative and interrogative words (qui,
 * que, dont, quoi, comment, pourquoi), subordinating conjunctions (quand, lorsque, puisque, si,
 * comme, parce, afin…) and the prepositions of time, cause or concession (depuis, pendant, avant,
 * après, malgré, selon…). The prepositions French compound nouns are built with (de, à, en, pour,
 * par, sur, sans, avec, entre, chez, vers) are not among them: « permis de conduire », « aide au
 * permis » stay pairs. Folded words (no accents, elisions cut: « qu », « lorsqu »).
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  (
    'et ou mais donc car ni qui que qu quoi dont comment pourquoi quand lorsque lorsqu puisque puisqu quoique quoiqu ' +
    'si comme alors parce afin tandis depuis pendant durant avant apres lors jusque jusqu malgre selon'
  ).split(' '),
);

/** The code a clause word that is not a content word gets in the corpus' reading (other non-content words are −1). */
export const CLAUSE_WORD = -2;
