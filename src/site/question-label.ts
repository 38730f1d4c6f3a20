/**
 * The words said before the question a verbatim answers. Apart from verbatim-question.ts so that the
 * search page's script takes these two words without the section synonyms it does not need.
 */

/** `question` for a survey's question or a note's heading phrased as one, `heading` for a note's (sub)heading. */
export type QuestionKind = 'question' | 'heading';

/** « Rubrique : Justice » reads better than « Question : Justice ». */
export const QUESTION_LABELS: Readonly<Record<QuestionKind, string>> = { question: 'Question', heading: 'Rubrique' };
