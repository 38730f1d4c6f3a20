/**
 * The reference of the chapters' components (« Référence des composants », in docs/formats.md), written from
 * the catalogues the check and the components read (component-props.ts, filter-scope.ts, stats.ts): a stat,
 * a chart kind or a `show` value added without its description fails a test, and so does a guide not
 * rewritten since (`node scripts/component-reference.ts` rewrites it).
 */
import { SESSION_FORMATS, TAGS, TAG_LABELS } from '../pipeline/model.ts';
import { COMPONENTS, type PropKind } from './component-props.ts';
import { CHART_SCOPE, RANK_SCOPE, STAT_FILTERS } from './filter-scope.ts';
import { FILTER_NAMES, type FilterName } from './filters.ts';
import { FORMAT_LABELS } from './labels.ts';
import { STATS, shareWithinWhole } from './stats.ts';

/** The guide that shows the reference, from the package's folder (the chapters' authors read it with the input formats). */
export const REFERENCE_FILE = 'docs/formats.md';

/** The guide's lines between these two comments are this module's. */
export const REFERENCE_START = '<!-- reference-composants:debut (écrit par node scripts/component-reference.ts) -->';
export const REFERENCE_END = '<!-- reference-composants:fin -->';

/** What each component prints. */
export const COMPONENT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Figure: 'un nombre dans une phrase (`stat`, tableau ci-dessous ; un `share-within-…` demande son filtre et un autre)',
  Rank: 'le n-ième thème, la n-ième région, le n-ième besoin convergent ou la n-ième idée forte d’une sélection (`by`, `rank` à partir de 1, `show`)',
  Chart: 'un graphique et son tableau de chiffres (`kind`) ; `title` remplace le titre, `limit` garde les premières barres, `id` nomme l’ancre',
  Verbatims: 'les citations de la sélection, les `limit` premières (5 par défaut), le nombre total et le lien vers toutes ; `title` : un intertitre',
  RegionMap: 'la carte des régions et son tableau (toutes les régions : pas de filtre `region`) ; `title`, `id`',
  StrongIdeas: 'les idées fortes de la sélection, les plus partagées d’abord, les `limit` premières (10 par défaut)',
};

/** What each filter accepts (the values are checked against the Synthesis, with a suggestion). */
export const FILTER_VALUES: Readonly<Record<FilterName, string>> = {
  tag: `l’étiquette : ${TAGS.map((tag) => `\`${tag}\` (${TAG_LABELS[tag].toLowerCase()})`).join(', ')}`,
  theme: 'l’identifiant (`id`) d’un thème de `data/themes.yml` (un élément peut en avoir plusieurs)',
  region: 'une région de la consultation, par son code INSEE (`53`) ou son nom (`Bretagne`, `bretagne`, `PACA`, `Réunion` : accents, majuscules et abréviations usuelles admis)',
  profile: 'un profil de participant présent dans la consultation (`jeune`, `conseiller`, `direction`, `accueil`, `partenaire`…)',
  format: `le format de la session : ${SESSION_FORMATS.map((format) => `\`${format}\` (${FORMAT_LABELS[format].toLowerCase()})`).join(', ')}`,
};

/** What `<Rank by=…>` ranks. */
export const RANK_BY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  themes: 'les thèmes de la sélection, du plus cité au moins cité (« Autres » exclu)',
  regions: 'les régions de la sélection, de celle qui a le plus d’éléments',
  convergence: 'les thèmes d’une étiquette (`needs` par défaut), du plus partagé entre les régions',
  ideas: 'les idées fortes, dans l’ordre publié (nombre de régions, puis soutien)',
};

/** What `<Rank show=…>` prints. */
export const RANK_SHOW_DESCRIPTIONS: Readonly<Record<string, string>> = {
  label: 'le nom (par défaut), en lien vers le thème, la région ou la contribution représentative de l’idée',
  items: 'le nombre d’éléments du thème ou de la région dans la sélection ; pour une idée, ses contributions',
  share: 'la part du thème ou de la région **dans la sélection**, en % : `<Rank by="themes" tag="needs" show="share"/>` se lit « X % des besoins »',
  consensus: 'l’indice de convergence du thème, en % : la part moyenne des éléments de l’étiquette de chaque région qui portent sur lui (« en moyenne 26 % des besoins de chaque région »)',
  regions: 'le nombre de régions qui en parlent',
};

/** What `<Chart kind=…>` draws. */
export const CHART_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'themes-tags': 'éléments par thème et par étiquette',
  themes: 'éléments par thème',
  tags: 'éléments par étiquette',
  regions: 'éléments par région',
  'regions-tags': 'éléments par région et par étiquette',
  'regions-themes': 'tableau ombré des éléments par thème et par région',
  convergence: 'indice de convergence des thèmes d’une étiquette entre les régions',
  scales: 'une répartition par question fermée des enquêtes',
  profiles: 'éléments par profil de participant',
  formats: 'éléments par format de session',
};

const KIND_TEXT: Readonly<Record<PropKind, string>> = {
  filter: 'filtre',
  choice: 'valeur de la liste',
  count: 'entier ≥ 0',
  rank: 'entier ≥ 1',
  text: 'texte',
};

const code = (value: string) => `\`${value}\``;
const codes = (values: readonly string[]) =>
  values.length === 0 ? 'aucun' : values.length === FILTER_NAMES.length && FILTER_NAMES.every((name) => values.includes(name)) ? 'tous' : values.map(code).join(', ');
/**
 * The filters of a stat: for a `share-within-…`, the whole's filter is required (in bold, as the
 * required properties) and at least one other, or the share would always be 100 %.
 */
const statFilters = (stat: string, filters: readonly FilterName[]) => {
  const whole = shareWithinWhole(stat);
  if (!whole || !filters.includes(whole)) return codes(filters);
  return `**${code(whole)}** (requis) et au moins un autre : ${filters.filter((name) => name !== whole).map(code).join(', ')}`;
};
/** A table cell: a `|` would end it. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** Every name in `names` has a description, and nothing else does: the reference cannot forget one. */
export function undocumented(): string[] {
  const missing: string[] = [];
  const compare = (what: string, names: readonly string[], described: Readonly<Record<string, string>>) => {
    for (const name of names) if (!described[name]) missing.push(`${what} ${name} : sans description`);
    for (const name of Object.keys(described)) if (!names.includes(name)) missing.push(`${what} ${name} : décrit mais inconnu`);
  };
  compare('stat', Object.keys(STAT_FILTERS), STATS);
  compare('composant', Object.keys(COMPONENTS), COMPONENT_DESCRIPTIONS);
  compare('by', Object.keys(RANK_SCOPE), RANK_BY_DESCRIPTIONS);
  compare('show', [...new Set(Object.values(RANK_SCOPE).flatMap((scope) => scope.show))], RANK_SHOW_DESCRIPTIONS);
  compare('kind', Object.keys(CHART_SCOPE), CHART_DESCRIPTIONS);
  return missing;
}

/** The reference, in Markdown, as the guide shows it between its markers. */
export function componentReference(): string {
  const lines: string[] = [];
  lines.push('**Composants.** Une propriété requise est en gras ; les filtres sont ceux du tableau suivant (« tous » : les cinq).', '');
  lines.push('| composant | ce qu’il écrit | propriétés |', '|---|---|---|');
  for (const [name, spec] of Object.entries(COMPONENTS)) {
    const own = Object.entries(spec.props).filter(([, kind]) => kind !== 'filter');
    const props = own.map(([prop, kind]) => (spec.required.includes(prop) ? `**${code(prop)}**` : code(prop)) + ` (${KIND_TEXT[kind]})`);
    // Figure, Rank and Chart filter according to their `stat`, `by` or `kind` (tables below); the others always alike.
    const selector = Object.keys(spec.choices ?? {})[0];
    const filters = !Object.values(spec.props).includes('filter') ? [] : selector ? [`filtres (selon ${code(selector)})`] : [`filtres : ${codes(spec.applies({}).filters)}`];
    lines.push(`| ${code(`<${name}>`)} | ${cell(COMPONENT_DESCRIPTIONS[name] ?? '')} | ${[...props, ...filters].join(', ')} |`);
  }
  lines.push('', '**Filtres** (une valeur chacun ; ensemble, ils se cumulent) :', '');
  lines.push('| filtre | valeurs |', '|---|---|');
  for (const name of FILTER_NAMES) lines.push(`| ${code(name)} | ${cell(FILTER_VALUES[name])} |`);
  lines.push('', '**`<Figure stat="…">`** :', '');
  lines.push('| stat | ce qu’il compte | filtres possibles |', '|---|---|---|');
  for (const [stat, filters] of Object.entries(STAT_FILTERS)) lines.push(`| ${code(stat)} | ${cell(STATS[stat] ?? '')} | ${statFilters(stat, filters)} |`);
  lines.push('', '**`<Rank by="…">`** (`rank={2}` : le deuxième ; `show` : ce qui est écrit) :', '');
  lines.push('| by | ce qu’il classe | filtres possibles | show possibles |', '|---|---|---|---|');
  for (const [by, scope] of Object.entries(RANK_SCOPE)) lines.push(`| ${code(by)} | ${cell(RANK_BY_DESCRIPTIONS[by] ?? '')} | ${codes(scope.filters)} | ${codes(scope.show)} |`);
  lines.push('', '| show | ce qu’il écrit |', '|---|---|');
  for (const [show, description] of Object.entries(RANK_SHOW_DESCRIPTIONS)) lines.push(`| ${code(show)} | ${cell(description)} |`);
  lines.push('', '**`<Chart kind="…">`** :', '');
  lines.push('| kind | ce qu’il dessine | filtres possibles | `limit` |', '|---|---|---|---|');
  for (const [kind, scope] of Object.entries(CHART_SCOPE)) lines.push(`| ${code(kind)} | ${cell(CHART_DESCRIPTIONS[kind] ?? '')} | ${codes(scope.filters)} | ${scope.limit ? 'oui' : 'non'} |`);
  return lines.join('\n');
}

/** `guide` with its reference rewritten; throws when the markers are missing. */
export function withComponentReference(guide: string): string {
  const start = guide.indexOf(REFERENCE_START);
  const end = guide.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error(`Marqueurs absents de ${REFERENCE_FILE} : ${REFERENCE_START} … ${REFERENCE_END}`);
  return `${guide.slice(0, start + REFERENCE_START.length)}\n${componentReference()}\n${guide.slice(end)}`;
}
