/**
 * Detectors of French personal data in free text. Each kind has a visible placeholder so readers see
 * that something was removed. Order matters: IBAN and NIR before phone numbers, whose digits they contain.
 */
export type PersonalDataKind = 'email' | 'iban' | 'nir' | 'phone';

export interface PersonalDataPattern {
  kind: PersonalDataKind;
  placeholder: string;
  /** French name of the kind, for diagnostics. */
  label: string;
  pattern: RegExp;
  /**
   * Something every match contains (an « @ », a digit): a text without it is skipped. Much cheaper
   * than `pattern`, which tries a match at each letter of each word.
   */
  needs: RegExp;
}

const SEP = String.raw`[\s.\-]?`;

export const PERSONAL_DATA_PATTERNS: readonly PersonalDataPattern[] = [
  {
    kind: 'email',
    placeholder: '[courriel]',
    label: 'adresse électronique',
    pattern: /[\p{L}\p{N}._%+-]+\s?(?:@|\(at\)|\[at\])\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/giu,
    needs: /@|\([aA][tT]\)|\[[aA][tT]\]/,
  },
  {
    kind: 'iban',
    placeholder: '[iban]',
    label: 'IBAN',
    // Country code, 2 check digits, then 11 to 30 alphanumerics, in groups of 4 or not.
    pattern: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g,
    needs: /\d/,
  },
  {
    kind: 'nir',
    placeholder: '[numéro de sécurité sociale]',
    label: 'numéro de sécurité sociale (NIR)',
    // Sex (1, 2, or 3/4/7/8 for temporary numbers), year, month (or 20–99 for unknown), department
    // (2A/2B, 97x), commune, order, optional 2-digit key; spaces or dots allowed between groups.
    pattern: new RegExp(
      String.raw`(?<![\d])[1-478]${SEP}\d{2}${SEP}(?:0[1-9]|1[0-2]|[2-9]\d)${SEP}(?:\d{2}|2[AaBb])${SEP}\d{3}${SEP}\d{3}(?:${SEP}\d{2})?(?![\d])`,
      'g',
    ),
    needs: /\d/,
  },
  {
    kind: 'phone',
    placeholder: '[téléphone]',
    label: 'numéro de téléphone',
    // 0X XX XX XX XX with spaces, dots or hyphens, or +33 / 0033, optionally with (0), without the leading 0.
    pattern: new RegExp(
      String.raw`(?<![\d+])(?:(?:\+|00)33${SEP}(?:\(0\)${SEP})?|0)[1-9](?:${SEP}\d{2}){4}(?![\d])`,
      'g',
    ),
    needs: /\d/,
  },
];
