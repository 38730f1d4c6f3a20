/**
 * What the note says about text written outside a list in a tagged section (stray-blocks.ts): how a
 * paragraph or a quote was published, or that some text was not, and how to write it. Tables have
 * their own (table-diagnostics.ts).
 */
import { TAG_LABELS, type Tag } from '../../model.ts';
import { plural } from '../../text/plural.ts';
import type { Report } from './front-matter.ts';

type At = { line: number; column: number };

export function reportReadAsItem(kind: 'paragraph' | 'quote', tag: Tag, at: At, report: Report): void {
  const section = `« ${TAG_LABELS[tag]} »`;
  report({
    code: 'texte-lu-comme-element',
    severity: 'warning',
    message:
      kind === 'quote'
        ? `Cette citation (« > ») n’est pas dans une liste : elle est publiée comme un élément de ${section}.`
        : `Ce paragraphe suit une liste sans commencer par « - » : il est publié comme un élément de ${section}.`,
    hint:
      kind === 'quote'
        ? 'Si c’est bien un retour de l’atelier, écrivez-le « - » suivi du texte ; si ce n’est qu’une illustration, placez-la avant les parties, dans le contexte.'
        : 'Si c’est un retour de plus, commencez la ligne par « - » ; s’il prolonge l’élément du dessus, indentez-le de deux espaces ; si c’est un commentaire, placez-le avant les parties, dans le contexte.',
    ...at,
  });
}

/** Short lines without dashes (post-it-lines.ts), each idea published as an item: said once, at the paragraph. */
export function reportPostItLines(lines: number, items: number, tag: Tag, at: At, report: Report): void {
  const part = `« ${TAG_LABELS[tag]} »`;
  report({
    code: 'texte-lu-comme-element',
    severity: 'warning',
    message:
      lines === items
        ? `${lines} lignes sans tiret se suivent sans ligne vide : lues comme ${items} éléments de ${part}, un par ligne.`
        : `${lines} lignes sans tiret se suivent sans ligne vide : lues comme ${items} éléments de ${part}, un par ligne commençant par une majuscule (une ligne en minuscule prolonge celle du dessus).`,
    hint: 'Mettez « - » devant chacune ; si une ligne prolonge celle du dessus, joignez-les sur une seule ligne.',
    ...at,
  });
}

/**
 * Lines without dashes that may be post-its (one idea a line) as much as a paragraph wrapped by hand
 * (post-it-lines.ts): kept as one text, as Markdown reads it; said so, with how to write post-its.
 */
export function reportUnsurePostIts(lines: number, at: At, report: Report): void {
  report({
    code: 'post-it-ou-paragraphe',
    severity: 'info',
    message: `Ces ${lines} lignes sans tiret peuvent être des post-it, une idée par ligne, comme un paragraphe revenu à la ligne : elles sont lues comme un seul texte.`,
    hint: 'Si ce sont des post-it, écrivez-les un par ligne, chacun précédé de « - » (« - Les lenteurs du lundi ») ; si c’est un paragraphe, écrivez-le d’un trait, sans retour à la ligne.',
    ...at,
  });
}

/** Paragraphs (or code, HTML) set aside in one section: said once, at the first, with their number. */
export function reportTextAside(title: string, aside: At & { count: number }, hasList: boolean, report: Report): void {
  const { count, line, column } = aside;
  const many = count >= 2;
  const setAside = `${plural(count, 'paragraphe')} ${many ? 'écartés' : 'écarté'} dans le bilan`;
  report({
    code: 'texte-hors-liste',
    severity: 'warning',
    message: hasList
      ? `La partie « ${title} » contient ${plural(count, 'paragraphe')} avant sa liste, sans « - » : ${many ? 'ils ne sont pas publiés' : 'il n’est pas publié'} (${many ? 'écartés' : 'écarté'} dans le bilan).`
      : `La partie « ${title} » contient du texte mais aucune liste : ce texte n’est pas publié (${setAside}).`,
    hint: 'Écrivez chaque retour sur une ligne commençant par « - » ; une introduction se place avant les parties, dans le contexte.',
    line,
    column,
  });
}
