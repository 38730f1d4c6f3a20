/**
 * The reference data the entry form validates against, without the postal-code table: a note never
 * holds postal codes, and `codes-postaux` (tens of megabytes) must not reach the browser. Everything
 * else is the pipeline's own: same regions, departments, resolution and theme taxonomy as `check`.
 */
import type { Diagnostic } from '../pipeline/model.ts';
import type { TextFile } from '../pipeline/io/consultation-input.ts';
import type { Referentiels } from '../pipeline/referentiels/index.ts';
import { DEPARTMENTS } from '../pipeline/referentiels/departments.ts';
import { REGIONS } from '../pipeline/referentiels/regions.ts';
import { resolveDepartment, resolveRegion, suggestDepartment, suggestRegion } from '../pipeline/referentiels/places.ts';
import { loadThemes } from '../pipeline/referentiels/themes.ts';
import { closest } from '../pipeline/text/closest.ts';
import { foldKey } from '../pipeline/text/fold.ts';

export function entryReferentiels(themesFile: TextFile | null): { referentiels: Referentiels; diagnostics: Diagnostic[] } {
  const { themes, hashtags, diagnostics } = loadThemes(themesFile);
  const themesById = new Map(themes.map((t) => [t.id, t]));
  const themeCandidates = [...hashtags].flatMap(([text, id]) => {
    const theme = themesById.get(id);
    return theme ? [{ text, value: theme }] : [];
  });
  return {
    referentiels: {
      regions: [...REGIONS],
      departments: [...DEPARTMENTS],
      themes,
      resolveRegion,
      resolveDepartment,
      departmentOfPostalCode: () => null,
      suggestRegion,
      suggestDepartment,
      themeOfHashtag: (hashtag) => themesById.get(hashtags.get(foldKey(hashtag)) ?? '') ?? null,
      suggestTheme: (hashtag) => closest(hashtag, themeCandidates),
    },
    diagnostics,
  };
}
