/**
 * Every problem of one component's props, against the Synthesis: unknown prop names, values
 * (filters, stat, kind, by, show, limit, rank), filters the component would not apply, and what the
 * resolvers themselves refuse (a rank beyond the list). Shared by the chapters' check, which places
 * each problem at its line, and by the components, which throw them as a last safety net.
 */
import { regionByCode, resolveDepartment, resolveRegion as resolvePlace } from '../pipeline/referentiels/places.ts';
import { closest } from '../pipeline/text/closest.ts';
import { COMPONENTS, type ComponentSpec, type PropKind } from './component-props.ts';
import { ContentError, FILTER_NAMES, contentError, resolveFilterValue, type AuthorFilter, type FilterName, type Problem } from './filters.ts';
import { resolveRank } from './rank.ts';
import type { Site } from './site.ts';
import { resolveStat } from './stats.ts';

/**
 * `computed`: props written as an expression (`stat={name}`), whose value only the build knows: their
 * names are checked, their values and what depends on them are not.
 */
export function checkComponent(site: Site, name: string, props: Readonly<Record<string, unknown>>, computed: ReadonlySet<string> = new Set()): Problem[] {
  const spec = COMPONENTS[name];
  if (!spec) return [];
  const given = Object.entries(props).filter(([key, value]) => key !== 'children' && value !== undefined);
  const problems: Problem[] = [];
  for (const key of computed) if (spec.props[key] === undefined) problems.push(unknownProp(name, key, spec));
  for (const [key, value] of given) {
    const kind = spec.props[key];
    if (kind === undefined) problems.push(unknownProp(name, key, spec));
    else problems.push(...checkValue(site, spec, key, kind, value));
  }
  for (const key of spec.required) {
    if (props[key] === undefined && !computed.has(key)) problems.push({ code: 'chapitre-propriete-manquante', message: `la propriété ${key} manque`, hint: hintOfChoices(spec, key) });
  }
  if (problems.length || computed.size) return problems;
  problems.push(...scopeProblems(spec, props));
  return problems.length ? problems : resolverProblems(site, name, props);
}

/** Throws every problem of a component at once, in French (`where` names the page when known). */
export function assertComponent(site: Site, name: string, props: Readonly<Record<string, unknown>>, where: string): void {
  const problems = checkComponent(site, name, props);
  if (problems.length) throw contentError(where, problems);
}

function unknownProp(component: string, key: string, spec: ComponentSpec): Problem {
  const names = Object.keys(spec.props);
  const guess = closest(key, names.map((n) => ({ text: n, value: n })));
  return {
    code: 'chapitre-propriete-inconnue',
    prop: key,
    message: `propriété inconnue « ${key} » pour <${component}> : elle serait ignorée`,
    hint: guess ? `Vouliez-vous dire ${guess} ?` : `Propriétés possibles : ${names.join(', ')}.`,
  };
}

function hintOfChoices(spec: ComponentSpec, key: string): string {
  const choices = spec.choices?.[key];
  return choices ? `Valeurs possibles : ${choices.join(', ')}.` : '';
}

function checkValue(site: Site, spec: ComponentSpec, key: string, kind: PropKind, value: unknown): Problem[] {
  const invalid = (message: string, hint: string): Problem[] => [{ code: 'chapitre-valeur-invalide', prop: key, message, hint }];
  if (kind === 'count' || kind === 'rank') {
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    const least = kind === 'rank' ? 1 : 0;
    if (Number.isInteger(number) && number >= least) return [];
    return invalid(`${asWritten(key, value)} n’est pas un nombre entier ${least ? 'positif (1, 2, 3…)' : 'positif ou nul (0, 1, 2…)'}`, `Écrivez par exemple ${key}={3}.`);
  }
  if (typeof value !== 'string') return invalid(`${key} attend un texte, pas ${JSON.stringify(value)}`, `Écrivez ${key}="…".`);
  if (kind === 'filter') {
    const resolved = resolveFilterValue(site, key as FilterName, value);
    if (!('problem' in resolved)) return [];
    return [key === 'region' ? (departmentAsRegion(site, value, resolved.problem) ?? resolved.problem) : resolved.problem];
  }
  if (kind === 'choice') {
    const choices = spec.choices?.[key] ?? [];
    if (choices.includes(value)) return [];
    // Shortest first: `closest` gives ties to the first, and « theme » means « themes » more than « themes-tags ».
    const guess = closest(value, [...choices].sort((a, b) => a.length - b.length).map((c) => ({ text: c, value: c })));
    return [{ code: 'chapitre-valeur-inconnue', prop: key, message: `${key}="${value}" inconnu`, hint: guess ? `Vouliez-vous dire « ${guess} » ? (${hintOfChoices(spec, key)})` : hintOfChoices(spec, key) }];
  }
  return [];
}

/**
 * `region="45"`, `region="Loiret"`: a department for its region. The filters are by region; the hint
 * gives the region's code, as for a link's `?region=59` (chapters-check/queries.ts), or says the
 * consultation has no session there.
 */
function departmentAsRegion(site: Site, value: string, problem: Problem): Problem | null {
  const department = resolvePlace(value) ? null : resolveDepartment(value);
  if (!department) return null;
  const named = /^\s*[\dAB]+\s*$/i.test(value) ? `le numéro du département ${department.name}` : `un département (${department.code})`;
  const region = site.regionByCode.get(department.region);
  if (region) return { ...problem, hint: `Vouliez-vous dire region="${region.code}" (${region.name}) ? « ${value} » est ${named}, et les filtres sont par région.` };
  const absent = regionByCode(department.region);
  return {
    ...problem,
    hint: `« ${value} » est ${named}, de la région ${absent?.name ?? department.region}, absente de la consultation. Régions de la consultation : ${site.regions.map((r) => `${r.name} (${r.code})`).join(', ') || 'aucune'}.`,
  };
}

function scopeProblems(spec: ComponentSpec, props: Readonly<Record<string, unknown>>): Problem[] {
  const { filters, limit, about } = spec.applies(props);
  const problems: Problem[] = FILTER_NAMES.filter((name) => props[name] !== undefined && !filters.includes(name)).map((name) => ({
    code: 'chapitre-filtre-sans-effet',
    prop: name,
    message: `le filtre ${name} n’a pas de sens pour ${about}`,
    hint: filters.length ? `Filtres possibles ici : ${filters.join(', ')}.` : `Ce composant ne se filtre pas ici : retirez ${name}.`,
  }));
  if (props.limit !== undefined && spec.props.limit && !limit) {
    problems.push({ code: 'chapitre-filtre-sans-effet', prop: 'limit', message: `limit n’a pas d’effet pour ${about}`, hint: 'Retirez limit.' });
  }
  return problems;
}

/** What the resolvers refuse once every prop is valid (a rank beyond the list). */
function resolverProblems(site: Site, name: string, props: Readonly<Record<string, unknown>>): Problem[] {
  const filter: AuthorFilter = Object.fromEntries(FILTER_NAMES.filter((n) => typeof props[n] === 'string').map((n) => [n, props[n] as string]));
  try {
    if (name === 'Figure') resolveStat(site, String(props.stat), filter);
    if (name === 'Rank') resolveRank(site, String(props.by), filter, Number(props.rank ?? 1), String(props.show ?? 'label'));
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.length ? error.problems.map((p) => (p.code === 'chapitre-rang-introuvable' ? rankNotFound(p, props.rank) : p)) : [{ code: 'chapitre-valeur-invalide', message: error.message }];
  }
}

/** The resolver says `rank={1}` even when no rank was written: quote the author, or say the list is empty. */
function rankNotFound(problem: Problem, rank: unknown): Problem {
  const message = rank === undefined ? 'la sélection ne contient rien à classer' : `rang introuvable (${asWritten('rank', rank)})`;
  return { ...problem, message };
}

/** A prop as written in a chapter: `limit={-1}`, `limit="trois"`. */
function asWritten(key: string, value: unknown): string {
  return typeof value === 'string' ? `${key}="${value}"` : `${key}={${String(value)}}`;
}

/**
 * Where a component is, for its runtime error: on a chapter's page, the chapter's file; elsewhere the
 * page (the print page holds every chapter, the check names the line).
 */
export function componentWhere(name: string, pathname: string): string {
  const chapter = /^\/livre-blanc\/([^/]+)\/?$/.exec(pathname)?.[1];
  const place = chapter ? `le chapitre content/livre-blanc/${decodeURIComponent(chapter)}.mdx` : `la page ${pathname}`;
  return `<${name}> dans ${place} (« livre-blanc check » donne sa ligne)`;
}
