/**
 * The components of one parsed chapter, each checked like the component itself would check its
 * props (src/site/component-check.ts), and placed: a problem with a prop at that prop, others at
 * the component. A value computed in braces cannot be read before the build: a warning says so.
 */
import type { Diagnostic } from '../../pipeline/model.ts';
import { closest } from '../../pipeline/text/closest.ts';
import { checkComponent } from '../component-check.ts';
import { COMPONENTS } from '../component-props.ts';
import type { Site } from '../site.ts';
import { emptySelection } from './empty-selection.ts';
import type { ComponentUse, ParsedChapter } from './parse.ts';

const SELECTORS = ['stat', 'kind', 'by'];
/** Component names that are also HTML elements: `<figure>` is HTML unless it has our props. */
const HTML_NAMES = new Set(['figure']);

/**
 * `values`: the props' values computed before the build (evaluate.ts: `theme={frontmatter.theme}`), by
 * `line:column`; a text, number or boolean among them is checked like a written one.
 */
export function checkUses(site: Site, file: string, chapter: ParsedChapter, values: ReadonlyMap<string, unknown> = new Map()): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const use of chapter.components) {
    if (use.name.includes('.')) continue;
    // Lower case is HTML (`<br/>`), printed as written: `<chart kind="themes"/>` would show nothing.
    if (!/^[A-Z]/.test(use.name)) {
      const meant = lowerCaseComponent(use);
      if (meant) {
        diagnostics.push({
          code: 'chapitre-balise-minuscule',
          severity: 'warning',
          message: `« <${use.name}> » commence par une minuscule : c’est une balise HTML, recopiée telle quelle, et non le composant <${meant}> ; rien ne s’afficherait.`,
          hint: `Vouliez-vous écrire <${meant}> ? (les composants commencent par une majuscule)`,
          file,
          line: use.line,
          column: use.column,
        });
      }
      continue;
    }
    const at = (prop?: string) => ({ file, ...(prop ? (use.propPlaces[prop] ?? use) : use) });
    for (const repeated of use.repeated) {
      diagnostics.push({
        code: 'chapitre-propriete-en-double',
        severity: 'warning',
        message: `${label(use)} : la propriété ${repeated.name} est donnée plusieurs fois ; seule la dernière (${written(repeated.name, use.props[repeated.name])}) compte.`,
        hint: `Gardez une seule fois ${repeated.name}, avec la valeur voulue.`,
        file,
        ...repeated.place,
      });
    }
    if (!COMPONENTS[use.name]) {
      if (new RegExp(`\\b${use.name}\\b`).test(chapter.imports)) continue;
      const guess = closest(use.name, Object.keys(COMPONENTS).map((n) => ({ text: n, value: n })));
      diagnostics.push({
        code: 'chapitre-composant-inconnu',
        severity: 'blocking',
        message: `Composant inconnu « <${use.name}> » : le chapitre ne peut pas être construit.`,
        hint: guess ? `Vouliez-vous dire <${guess}> ?` : `Composants possibles : ${Object.keys(COMPONENTS).map((n) => `<${n}>`).join(', ')}.`,
        line: use.line,
        column: use.column,
        file,
      });
      continue;
    }
    const props: Record<string, unknown> = {};
    const unread = new Set<string>();
    const evaluated: Record<string, string> = {};
    for (const [name, value] of Object.entries(use.props)) {
      if (typeof value !== 'object') {
        props[name] = value;
        continue;
      }
      const place = use.propPlaces[name];
      const known = place ? values.get(`${place.line}:${place.column}`) : undefined;
      if (typeof known === 'string' || typeof known === 'number' || typeof known === 'boolean') {
        props[name] = known;
        evaluated[name] = `valeur de ${name}={${value.computed}}`;
      } else {
        unread.add(name);
        diagnostics.push(computed(name, value.computed, at(name)));
      }
    }
    if (use.spread) diagnostics.push(computed('{…}', '…', at()));
    // With a spread, any prop may be there: only the written ones are checked.
    const problems = checkComponent(site, use.name, props, unread).filter((p) => !use.spread || p.code !== 'chapitre-propriete-manquante');
    for (const problem of problems) {
      diagnostics.push({
        code: problem.code,
        severity: 'blocking',
        message: `${label(use)} : ${problem.message}${problem.prop && evaluated[problem.prop] ? ` (${evaluated[problem.prop]})` : ''}.`,
        ...(problem.hint ? { hint: problem.hint } : {}),
        ...at(problem.prop),
      });
    }
    if (problems.length || unread.size || use.spread) continue;
    const empty = emptySelection(site, use.name, props);
    if (empty) {
      diagnostics.push({
        code: 'chapitre-filtre-vide',
        severity: 'warning',
        message: `${label(use)} : aucun élément ne correspond à ${empty.filters} ; ${empty.effect}.`,
        hint: 'Si c’est voulu, laissez ainsi ; sinon vérifiez ou élargissez le filtre.',
        ...at(),
      });
    }
  }
  return diagnostics;
}

/** The component a lower-case tag was meant to be (`<chart kind=…>` → Chart), if any. */
function lowerCaseComponent(use: ComponentUse): string | null {
  const meant = Object.keys(COMPONENTS).find((name) => name.toLowerCase() === use.name.toLowerCase());
  if (!meant) return null;
  const ours = Object.keys(use.props).some((prop) => prop in (COMPONENTS[meant]?.props ?? {}) && prop !== 'title' && prop !== 'id');
  return !HTML_NAMES.has(use.name.toLowerCase()) || ours ? meant : null;
}

/** A prop as the author wrote it: `tag="needs"`, `limit={3}`. */
function written(name: string, value: unknown): string {
  if (typeof value === 'string') return `${name}="${value}"`;
  if (typeof value === 'object' && value !== null && 'computed' in value) return `${name}={${String(value.computed)}}`;
  return value === true ? name : `${name}={${String(value)}}`;
}

/** `<Figure stat="items">`: the component and its selector, as the author wrote them. */
function label(use: ComponentUse): string {
  const selector = SELECTORS.find((s) => typeof use.props[s] === 'string');
  return selector ? `<${use.name} ${selector}="${String(use.props[selector])}">` : `<${use.name}>`;
}

function computed(prop: string, expression: string, place: { file: string; line: number; column: number }): Diagnostic {
  return {
    code: 'chapitre-valeur-calculee',
    severity: 'warning',
    message: `La valeur de ${prop} est calculée ({${expression}}) : elle ne peut être vérifiée qu’à la construction.`,
    hint: 'Écrivez la valeur telle quelle (prop="valeur" ou prop={3}) pour qu’elle soit vérifiée par check.',
    ...place,
  };
}
