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

/** Short lines without dashes (post-it-lines.ts), each published as an item: said once, at the paragraph. */
export function reportPostItLines(count: number, tag: Tag, at: At, report: Report): void {
  report({
    code: 'texte-lu-comme-element',
    severity: 'warning',
    message: `${count} lignes sans tiret se suivent sans ligne vide : lues comme ${count} éléments de « ${TAG_LABELS[tag]} », un par ligne.`,
    hint: 'Mettez « - » devant chacune ; si une ligne prolonge celle du dessus, joignez-les sur une seule ligne.',
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
