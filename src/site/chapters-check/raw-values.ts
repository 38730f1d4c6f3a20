/**
 * What a chapter's expression would show a reader as machine text — a date as JSON writes it, a list of
 * texts or numbers glued together (`{[15, 4]}` shows « 154 »), « [object Object] » — and how to write it for a reader; and the hint for a Date
 * method called on a front-matter date, which the page holds as a text (evaluate.ts finds them, expression-diagnostics.ts words them).
 */
import { pathsRead } from './front-matter.ts';

/** What would show, why, and what to write instead. */
export interface RawText {
  shown: string;
  why: string;
  hint: string;
}

/** An ISO date as JSON writes a js-yaml Date: how the page's `frontmatter` holds `date: 2026-11-30`. */
const JSON_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * `{frontmatter.date.toLocaleDateString('fr-FR')}`: a date of the front matter is a text in the page; a
 * Date's method is called on `new Date(…)` of it.
 */
export function dateHint(source: string, message: string, frontMatter: Readonly<Record<string, unknown>>): string | null {
  const called = /^(frontmatter(?:\??\.[\p{L}_$][\p{L}\p{N}_$]*)+)\.([A-Za-z]+) is not a function$/u.exec(message);
  if (!called?.[1] || !called[2] || !(called[2] in Date.prototype)) return null;
  const value = called[1].split(/\??\./).slice(1).reduce<unknown>((within, key) => (typeof within === 'object' && within !== null ? (within as Record<string, unknown>)[key] : undefined), frontMatter);
  if (typeof value !== 'string' || !JSON_DATE.test(value)) return null;
  const fixed = source.replace(`${called[1]}.${called[2]}`, `new Date(${called[1]}).${called[2]}`);
  return `Dans la page, une date de l’en-tête est un texte (« ${value} ») et non une date : écrivez {${fixed}}.`;
}

/** A value that would show as machine text in the page (a date as JSON writes it, an object), and how to write it for a reader. */
export function rawText(source: string, value: unknown): RawText | null {
  const bare = source.trim();
  if (typeof value === 'string' && JSON_DATE.test(value)) {
    const long = new Date(value).toLocaleDateString('fr-FR', { dateStyle: 'long' });
    return {
      shown: value,
      why: 'une date de l’en-tête s’affiche telle que l’ordinateur l’écrit',
      hint: `Écrivez {new Date(${bare}).toLocaleDateString('fr-FR', { dateStyle: 'long' })} (« ${long} »), ou la date voulue sans accolades.`,
    };
  }
  // React writes a list's items one after the other: « CamilleSacha », and « 154 » for [15, 4].
  if (Array.isArray(value) && value.length > 1 && value.some((v) => typeof v === 'number') && value.every((v) => typeof v === 'number' || typeof v === 'string')) {
    const joined = value.join(', ');
    return {
      shown: value.join(''),
      why: 'les nombres d’une liste s’affichent collés, sans séparateur',
      hint: `Écrivez {${operand(bare)}.join(', ')} (« ${joined.length > 60 ? `${joined.slice(0, 59)}…` : joined} »), ou chaque nombre à sa place dans la phrase ; un chiffre de la consultation s’écrit avec le composant qui le calcule (<Figure stat="items" …/>).`,
    };
  }
  if (Array.isArray(value) && value.length > 1 && value.every((v) => typeof v === 'string')) {
    const joined = value.join(', ');
    return {
      shown: value.join(''),
      why: 'les textes d’une liste s’affichent collés, sans séparateur',
      hint: `Écrivez {${operand(bare)}.join(', ')} (« ${joined.length > 60 ? `${joined.slice(0, 59)}…` : joined} »), ou le texte voulu sans accolades.`,
    };
  }
  const objects = (Array.isArray(value) ? value : [value]).filter((v): v is object => typeof v === 'object' && v !== null && !Array.isArray(v));
  if (objects.length === 0) return null;
  const of = pathsRead(source, 'frontmatter').length ? ' de l’en-tête' : '';
  const [key, ...others] = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const read = key === undefined ? '' : Array.isArray(value) ? `{${bare}.map((x) => x.${key}).join(', ')}` : `{${bare}.${key}}`;
  return {
    shown: objects.map(() => '[object Object]').join(''),
    why: Array.isArray(value) ? `une liste de fiches${of} ne s’affiche pas telle quelle` : `une fiche${of} ne s’affiche pas telle quelle`,
    hint: read ? `Dites ce qu’il faut en lire, par exemple ${read}${others.length ? ` (clés : ${[key, ...others].join(', ')})` : ''}.` : 'Dites ce qu’il faut en lire, ou écrivez le texte voulu sans accolades.',
  };
}

/** An expression as the left side of `.join(…)`: as written when it is a name, a path, a call of one or a list written out, else in parentheses. */
function operand(source: string): string {
  if (/^\[[^[\]]*\]$/.test(source)) return source;
  return /^[\p{L}_$][\p{L}\p{N}_$]*(?:\??\.[\p{L}_$][\p{L}\p{N}_$]*|\[(?:\d+|'[^']*'|"[^"]*")\])*(?:\([^()]*\))?$/u.test(source) ? source : `(${source})`;
}
