/** Whether poppler's pdftotext is installed: the tests that read a PDF's text need it (Debian: poppler-utils). */
import { execFileSync } from 'node:child_process';

export const HAS_PDFTOTEXT = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
