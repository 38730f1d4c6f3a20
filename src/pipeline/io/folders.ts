/** Where a consultation's notes and surveys live, below its root: constants without the file system, for the browser's form too. */
export const NOTES_DIR = 'content/ateliers';
export const SURVEYS_DIR = 'data/enquetes';
