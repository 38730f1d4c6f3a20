/** Types of the `codes-postaux` package (CommonJS, shipped without types). */
declare module 'codes-postaux' {
  export interface CodePostalEntry {
    codePostal: string;
    /** INSEE commune code: its first 2 characters (3 overseas, `2A`/`2B` in Corsica) are the department. */
    codeCommune: string;
    nomCommune: string;
    libelleAcheminement: string;
  }
  const codesPostaux: { find(postalCode: string | number): CodePostalEntry[] };
  export default codesPostaux;
}
