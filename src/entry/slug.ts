/** File and folder names of a note: defined beside the regions, where the dry run's advice uses them too. */
export { regionFolder, regionName, slugify } from '../pipeline/referentiels/region-folder.ts';
