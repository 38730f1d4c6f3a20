/**
 * Meaning checks of a note's front matter once the types are right: title present, real date,
 * known format, region and departments that exist and agree, participant counts that add up.
 */
import type { Referentiels } from '../../referentiels/index.ts';
import type { Position } from '../../text/yaml-source.ts';
import type { FrontMatterField } from './front-matter-schema.ts';
import type { Absent, Fields, NoteMeta, Report } from './front-matter.ts';
import { emptyMeta } from './front-matter.ts';
import { parseDate, parseFormat, profileId } from './front-matter-values.ts';
import { adviseDate } from './date-advice.ts';
import { dateAgainstFileName } from './date-file-name.ts';
import { readParticipants } from './participants.ts';
import { agreeRegion, type PlacedDepartment } from './region-agreement.ts';
import { departmentListFix } from './header-fixes.ts';
import { MIN_GROUP, isSmallGroup } from '../../anonymise/small-groups.ts';

export interface CheckContext {
  file: string;
  referentiels: Referentiels;
  /** Line of the opening `---`: where a missing key is reported. */
  line: number;
  at(path: readonly PropertyKey[], target?: 'key' | 'value'): Position;
  absent: Absent;
}

/**
 * Reports a field with no value: at its misspelt or empty key when there is one, else at the
 * opening `---`; not at all when its value was already reported as invalid (one cause, one report).
 * The advice fits the line: « Ajoutez une ligne » only when there is none; a line left empty (as
 * `new` writes `date: ""` when the date is not known yet) is to be filled in; a misspelt key, corrected.
 */
function reportMissing(context: CheckContext, report: Report, field: FrontMatterField, init: MissingInit): void {
  const absent = context.absent.get(field);
  if (absent?.reason === 'invalid') return;
  const { what, example, ...rest } = init;
  const hint = !absent
    ? init.hint
    : absent.reason === 'empty'
      ? `Écrivez ${what} sur la ligne « ${absent.key}: » de l’en-tête, par exemple « ${example} ».`
      : `La clé « ${absent.key} » est sans doute « ${field} » mal orthographiée : corrigez-la, par exemple « ${example} ».`;
  report({ ...rest, hint, line: absent?.line ?? context.line, column: absent?.column ?? 1 });
}

type MissingInit = {
  code: string;
  severity: 'blocking' | 'warning';
  message: string;
  /** When the header has no line for the field. */
  hint: string;
  /** What to write on an empty line (« la date »), and a whole line as example (« date: 2026-09-12 »). */
  what: string;
  example: string;
};

export function checkFields(fields: Fields, context: CheckContext, report: Report): NoteMeta {
  const meta = emptyMeta();
  const { at } = context;

  if (fields.titre) meta.title = fields.titre.value;
  else
    reportMissing(context, report, 'titre', {
      code: 'titre-manquant',
      severity: 'blocking',
      message: "L’en-tête de la note n’a pas de titre.",
      hint: 'Ajoutez une ligne « titre: Atelier <région> — <lieu> ».',
      what: 'le titre',
      example: 'titre: Atelier <région> — <lieu>',
    });

  if (fields.date) {
    const parsed = parseDate(fields.date.value);
    if ('date' in parsed) {
      meta.date = parsed.date;
      // The file name's date, when it says another day: one of them is wrong (date-file-name.ts).
      const named = dateAgainstFileName(fields.date.value, parsed.date, context.file);
      if (named) report({ ...named, ...at([fields.date.key]) });
      // « 12-10-2026 », « 12 octobre 2026 »: read one way only, but said, so that a reversed day and month shows.
      else if (parsed.read)
        report({
          code: 'date-lue',
          severity: 'info',
          message: `La date « ${fields.date.value} » est lue comme ${parsed.read} (${parsed.date}).`,
          hint: `Si ce n’est pas la date de l’atelier, corrigez-la ; pour l’écrire comme le modèle : « date: ${parsed.date} ».`,
          ...at([fields.date.key]),
        });
    } else report({ code: 'date-invalide', severity: 'blocking', ...adviseDate(fields.date.value), ...at([fields.date.key]) });
  } else {
    reportMissing(context, report, 'date', {
      code: 'date-manquante',
      severity: 'warning',
      message: "L’en-tête de la note n’indique pas la date de l’atelier.",
      hint: 'Ajoutez une ligne « date: 2026-09-12 ».',
      what: 'la date',
      example: 'date: 2026-09-12',
    });
  }

  if (fields.format) {
    const format = parseFormat(fields.format.value);
    if (format) meta.format = format;
    else
      report({
        code: 'format-inconnu',
        severity: 'blocking',
        message: `Le format « ${fields.format.value} » n’est pas connu.`,
        hint: 'Écrivez « format: presentiel », « format: distanciel » ou « format: hybride ».',
        ...at([fields.format.key]),
      });
  } else {
    reportMissing(context, report, 'format', {
      code: 'format-manquant',
      severity: 'warning',
      message: "L’en-tête n’indique pas le format de l’atelier : « presentiel » est retenu.",
      hint: 'Ajoutez « format: presentiel », « format: distanciel » ou « format: hybride ».',
      what: 'le format (presentiel, distanciel ou hybride)',
      example: 'format: presentiel',
    });
  }

  checkPlaces(fields, context, report, meta);
  checkPeople(fields, context, report, meta);
  return meta;
}

/** Region (required), its agreement with the note's folder and départements (region-agreement.ts), and the départements. */
function checkPlaces(fields: Fields, context: CheckContext, report: Report, meta: NoteMeta): void {
  const { at, referentiels } = context;
  const folderRegion = regionOfFolder(context.file, referentiels);
  const placed: PlacedDepartment[] = [];
  fields.departements?.value.forEach((value, index) => {
    const position = at([fields.departements?.key ?? '', index]);
    const department = referentiels.resolveDepartment(value);
    if (department) {
      placed.push({ department, at: position });
      return;
    }
    const list = departmentListFix(value, (code) => referentiels.resolveDepartment(code));
    const postal = /^\d{5}$/.test(value) ? referentiels.departmentOfPostalCode(value) : null;
    const guess = list || postal ? null : referentiels.suggestDepartment(value);
    report({
      code: 'departement-inconnu',
      severity: 'warning',
      message: `Le département « ${value} » n’existe pas : il est ignoré.`,
      hint: list
        ? `Pour plusieurs départements, écrivez la liste entre crochets : « ${fields.departements?.key ?? 'departements'}: ${list} ».`
        : postal
          ? `« ${value} » est un code postal : son département est ${postal.code} (${postal.name}) ; écrivez « ${postal.code} ».`
          : guess
            ? `Vouliez-vous dire « ${guess.code} » (${guess.name}) ?`
            : 'Indiquez le code INSEE du département, par exemple « 17 », « 2A » ou « 974 ».',
      ...position,
    });
  });
  if (!fields.region) {
    reportMissing(context, report, 'region', {
      code: 'region-manquante',
      severity: 'blocking',
      message: "L’en-tête de la note n’indique pas la région de l’atelier.",
      hint: folderRegion
        ? `Ajoutez « region: ${folderRegion.name} » (d’après le dossier de la note).`
        : 'Ajoutez une ligne « region: <nom ou code INSEE de la région> ».',
      what: folderRegion ? 'la région' : 'la région (son nom ou son code INSEE)',
      example: `region: ${folderRegion?.name ?? 'Bretagne'}`,
    });
    meta.departments = uniqueCodes(placed);
    return;
  }
  const region = referentiels.resolveRegion(fields.region.value);
  if (region) {
    const agreed = agreeRegion({ header: { region, at: at([fields.region.key]) }, folder: folderRegion, departments: placed, regions: referentiels.regions }, report);
    meta.region = agreed.region.code;
    meta.departments = agreed.departments.map((d) => d.code);
    return;
  }
  const guess = referentiels.suggestRegion(fields.region.value) ?? folderRegion;
  report({
    code: 'region-inconnue',
    severity: 'blocking',
    message: `La région « ${fields.region.value} » n’est pas une région française connue.`,
    hint: guess
      ? `Vouliez-vous dire « ${guess.name} » (code ${guess.code}) ?`
      : 'Indiquez le nom d’une des 18 régions (par exemple « Bretagne ») ou son code INSEE (« 53 »).',
    ...at([fields.region.key]),
  });
  meta.departments = uniqueCodes(placed);
}

function uniqueCodes(placed: readonly PlacedDepartment[]): string[] {
  return [...new Set(placed.map((p) => p.department.code))];
}

/** Structures, ambassadors, participants and profile; names go to anonymisation. */
function checkPeople(fields: Fields, context: CheckContext, report: Report, meta: NoteMeta): void {
  meta.structures = (fields.structures?.value ?? []).filter(Boolean);
  const key = fields.participants?.key ?? '';
  const participants = fields.participants ? readParticipants(fields.participants.value, { key, at: context.at }, report) : null;
  meta.names = [...(fields.ambassadeurs?.value ?? []), ...(participants?.names ?? [])].filter(Boolean);
  const partial = participants?.partial ?? false;
  if (participants) {
    meta.participants = participants.total;
    for (const { name, count } of participants.profiles) {
      const id = profileId(name);
      meta.profiles[id] = (meta.profiles[id] ?? 0) + count;
      meta.profileTexts.push({ id, text: name, ...context.at([key, 'profils', name], 'key') });
    }
    const sum = Object.values(meta.profiles).reduce((a, b) => a + b, 0);
    const counted = Object.keys(meta.profiles).length > 0;
    // Profiles left out make the sum a part of the group: no mismatch to report, no total to derive.
    if (participants.total !== null && counted && !partial && sum !== participants.total)
      report({
        code: 'participants-incoherents',
        severity: 'warning',
        message: `Le total des participants (${participants.total}) ne correspond pas à la somme des profils (${sum}).`,
        hint: 'Corrigez le total ou le nombre de participants d’un profil.',
        ...context.at([key, 'total']),
      });
    if (meta.participants === null && counted && !partial) meta.participants = sum;
    reportSmallGroups(meta, (part) => context.at([key, part], 'key'), report);
  }
  const profile = fields.profil ? profileId(fields.profil.value) : '';
  if (fields.profil && profile) meta.profileTexts.push({ id: profile, text: fields.profil.value, ...context.at([fields.profil.key]) });
  const profileKeys = Object.keys(meta.profiles);
  // A single profile read is everyone's only when no other count was left out.
  meta.profile = profile || (profileKeys.length === 1 && !partial ? (profileKeys[0] ?? null) : null);
  if (profile && profileKeys.length === 0 && meta.participants !== null) meta.profiles = { [profile]: meta.participants };
}

/**
 * A workshop of one or two participants: with its structure, place and date, what it says names its
 * authors as surely as their names (small-groups.ts), and the ambassador is told.
 */
function reportSmallGroups(meta: NoteMeta, at: (part: 'total' | 'profils') => Position, report: Report): void {
  if (meta.participants === null || !isSmallGroup(meta.participants)) return;
  report({
    code: 'petit-groupe',
    severity: 'warning',
    message: `L’atelier ne compte ${meta.participants > 1 ? `que ${meta.participants} participants` : 'qu’un participant'} : avec sa structure, son lieu et sa date, ses propos peuvent désigner leurs auteurs.`,
    hint: `Regroupez cette note avec celle d’un autre atelier, ou ne la publiez pas : le livre blanc ne cite que des groupes d’au moins ${MIN_GROUP} personnes.`,
    ...at('total'),
  });
}

/** Region named by the note's folder (`content/ateliers/<region>/…`), when it names one. */
function regionOfFolder(file: string, referentiels: Referentiels) {
  const parts = file.split('/');
  const index = parts.indexOf('ateliers');
  const folder = index >= 0 && index < parts.length - 2 ? parts[index + 1] : undefined;
  return folder ? referentiels.resolveRegion(folder) : null;
}
