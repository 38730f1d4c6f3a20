/**
 * The text « Copier la citation » puts in the clipboard (components/citation-client.ts on the pages, search/citation-button.ts
 * in search results and the explorer): « “texte” — source, lien », with the question a survey answer answers before the
 * link (« Non » means nothing without it). Each part on one line, its runs of white space as one space, so that an item
 * read from a page's markup and from the search index is quoted alike. Pure, and light: it is bundled in the pages' script.
 */
export function citationText(text: string, source: string, link: string, question?: string): string {
  const asked = question && oneLine(question) ? ` (question : « ${oneLine(question)} »)` : '';
  return `“${oneLine(text)}” — ${oneLine(source)}${asked}${link ? `, ${link}` : ''}`;
}

/** Runs of spaces, tabs and line breaks as one space (no-break spaces kept: they are the typography's). */
function oneLine(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
