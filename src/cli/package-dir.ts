/** The package's own folder: Astro's root (its config, pages and components live there). */
import path from 'node:path';

export const PACKAGE_DIR = path.resolve(import.meta.dirname, '../..');
