/** Whether a `.md` file holds text a person wrote: not a binary file, not another encoding, not huge. */

/** Largest note accepted: a workshop note is a few kilobytes; beyond this it is surely not one. */
export const MAX_NOTE_CHARACTERS = 5_000_000;

export interface Unreadable {
  code: string;
  message: string;
  hint: string;
  line: number;
  /** Whether the rest of the note can still be read (wrong encoding) or not (binary, too large). */
  fatal: boolean;
}

export function checkReadable(content: string): Unreadable | null {
  if (content.length > MAX_NOTE_CHARACTERS)
    return {
      code: 'fichier-trop-gros',
      message: `Le fichier dépasse ${MAX_NOTE_CHARACTERS.toLocaleString('fr-FR')} caractères : ce n’est pas une note d’atelier, il n’est pas lu.`,
      hint: 'Découpez-le en une note par atelier.',
      line: 1,
      fatal: true,
    };
  // NUL bytes, or many control characters, never occur in a text someone typed.
  const controls = content.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (content.includes('\u0000') || controls > content.length / 100)
    return {
      code: 'fichier-binaire',
      message: "Ce fichier n’est pas du texte (image, document Word ou PDF renommé en .md ?) : il n’est pas lu.",
      hint: 'Copiez le contenu dans un fichier texte Markdown (.md) enregistré en UTF-8, ou retirez le fichier.',
      line: 1,
      fatal: true,
    };
  const bad = content.indexOf('\uFFFD');
  if (bad >= 0)
    return {
      code: 'encodage-invalide',
      message: "Le fichier n’est pas enregistré en UTF-8 : des caractères accentués sont illisibles.",
      hint: 'Ouvrez-le dans un éditeur de texte et enregistrez-le avec l’encodage « UTF-8 ».',
      line: lineOf(content, bad),
      fatal: false,
    };
  return null;
}

function lineOf(content: string, offset: number): number {
  let line = 1;
  for (let i = content.indexOf('\n'); i >= 0 && i < offset; i = content.indexOf('\n', i + 1)) line++;
  return line;
}
