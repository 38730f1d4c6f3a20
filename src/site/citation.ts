/**
 * The text « Copier la citation » puts in the clipboard (components/citation-client.ts): « “texte” —
 * source, lien », with the question a survey answer answers before the link (« Non » means nothing
 * without it). Pure, and light: it is bundled in the pages' script.
 */
export function citationText(text: string, source: string, link: string, question?: string): string {
  const asked = question ? ` (question : « ${question.trim()} »)` : '';
  return `“${text.trim()}” — ${source.trim()}${asked}${link ? `, ${link}` : ''}`;
}
