/** File and folder names of a note: defined beside the regions, where the dry run's advice uses them too. */
export { regionFolder, regionName, slugify } from '../pipeline/referentiels/region-folder.ts';

import { createRedactor } from '../pipeline/anonymise/index.ts';
import { PERSON_PLACEHOLDER } from '../pipeline/anonymise/pseudonyms.ts';
import { slugify } from '../pipeline/referentiels/region-folder.ts';

/**
 * The place as a file name, without what the items' redactor masks (a phone, an e-mail, a declared
 * name): « Chez Karim Benali 06 11 22 33 44 » → « chez-karim-benali ». The file name is published
 * (« Source : » lines, exports), and the masked path would read « …-[telephone] ».
 */
export function placeSlug(place: string, names: readonly string[] = []): string {
  const redact = createRedactor(names.map((name) => ({ name, replacement: PERSON_PLACEHOLDER })));
  return slugify(redact(place).text.replace(/\[[^\]]*\]/g, ' '));
}
