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
import type { ComponentUse, ParsedChapter } from './parse.ts';

const SELECTORS = ['stat', 'kind', 'by'];

export function checkUses(site: Site, file: string, chapter: ParsedChapter): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const use of chapter.components) {
    // Lower case is HTML (`<br/>`), a dotted name a member of an import: neither is ours to check.
    if (!/^[A-Z]/.test(use.name) || use.name.includes('.')) continue;
    const at = (prop?: string) => ({ file, ...(prop ? (use.propPlaces[prop] ?? use) : use) });
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
    for (const [name, value] of Object.entries(use.props)) {
      if (typeof value !== 'object') props[name] = value;
      else {
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
        message: `${label(use)} : ${problem.message}.`,
        ...(problem.hint ? { hint: problem.hint } : {}),
        ...at(problem.prop),
      });
    }
  }
  return diagnostics;
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
