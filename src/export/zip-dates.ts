/**
 * Sets every entry of a zip to one date and time, in place, so that the same content always gives
 * the same bytes (exceljs's archiver stamps each entry with the time it was written). Dates live in
 * two places per entry: its central directory record and its local header (PKWARE APPNOTE 4.3.7 and
 * 4.3.12); nothing else in the archive depends on them.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const DOS_FIRST = Date.UTC(1980, 0, 1);
const DOS_LAST = Date.UTC(2107, 11, 31, 23, 59, 58);

export function setZipDates(zip: Uint8Array, date: Date): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (at === 0xffffffff) throw new Error('archive ZIP64 : dates non fixées'); // never reached below 4 GB
  const { dosDate, dosTime } = dosDateTime(date);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new Error('répertoire central du ZIP illisible');
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error('en-tête local du ZIP illisible');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

/** The end-of-directory record: 22 bytes before the end, or further back by a comment of up to 64 KB. */
function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Error('fin de répertoire du ZIP introuvable');
}

/**
 * MS-DOS date and time of `date`, read in UTC: the same fields whatever the machine's time zone. Its
 * years run from 1980 to 2107: an earlier date (SOURCE_DATE_EPOCH=0) is 1 January 1980, a later one the
 * last second of 2107.
 */
function dosDateTime(given: Date): { dosDate: number; dosTime: number } {
  const date = new Date(Math.min(Math.max(given.getTime(), DOS_FIRST), DOS_LAST));
  return {
    dosDate: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
  };
}
