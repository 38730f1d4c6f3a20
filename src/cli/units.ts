/**
 * Counts, sizes and durations as the commands print them for a French reader: « 129 675 éléments »,
 * « 10,6 Mo », « 7,6 s » (decimal comma, narrow no-break space between thousands).
 */
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

// The pipeline's French count: the commands count as the site and check's report do.
export { formatInteger as formatCount } from '../pipeline/text/plural.ts';

/** Bytes in o, Ko, Mo or Go (1 Ko = 1,024 o, as file managers count). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${integer.format(bytes)} o`;
  const [value, unit] = bytes < 1024 ** 2 ? [bytes / 1024, 'Ko'] : bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'Mo'] : [bytes / 1024 ** 3, 'Go'];
  return `${oneDecimal.format(value)} ${unit}`;
}

/** A duration in seconds, to the tenth (« moins de 0,1 s » below). */
export function formatSeconds(milliseconds: number): string {
  return milliseconds < 100 ? 'moins de 0,1 s' : `${oneDecimal.format(milliseconds / 1000)} s`;
}
