/**
 * A contact left for the bureau (« Je suis disponible pour en parler : [téléphone] », « Référente SI,
 * joignable à [courriel] pour les tests ») says nothing of what works, fails or is needed: a statement
 * holding a telephone number or an e-mail address, as the anonymiser masks them (the pipeline always
 * masks before tagging), or an e-mail address as written, and no evidence at all in the lexicon, is set
 * aside like a non-answer (« Le numéro [téléphone] ne répond jamais » complains, weakly: it stays).
 * A telephone number as written (the `tag` command reads raw text) is not looked for: digits are in
 * every other answer, and reading them in each statement without evidence cost the tagging 4 %.
 */

/** The anonymiser's placeholders (anonymise/patterns.ts). */
const PLACEHOLDER = /\[(?:téléphone|courriel)\]/u;
const EMAIL = /[\w.+-]+@[\w-]+\.\w/u;

/** Whether the statement's text holds a masked telephone number or e-mail address, or an e-mail address. */
export function holdsContact(text: string): boolean {
  // Single characters first: a fast search, and most statements hold neither.
  if (text.includes('[') && PLACEHOLDER.test(text)) return true;
  return text.includes('@') && EMAIL.test(text);
}
