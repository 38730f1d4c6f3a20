/**
 * The MDX reader's (satteri's) syntax errors, said in French for the bureau: the frequent ones are
 * translated, with what to write instead; any other keeps its English text, announced as such, so
 * nothing is lost. The trailing rule id (« (mdx-jsx:…) ») is left out: it helps no editor.
 */

const TRANSLATIONS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [
    /^Unexpected end of file in expression, expected a corresponding closing brace for `\{`/,
    () => 'une accolade « { » n’est jamais refermée par « } » (pour afficher une accolade dans le texte, écrivez « \\{ »)',
  ],
  [
    /^Expected a closing tag for `<([^>`]+)>` \((\d+):(\d+)\)(?: before the end of `(\w+)`)?/,
    (m) =>
      `la balise « <${m[1]}> » ouverte ligne ${m[2]} n’est pas refermée${m[4] === 'paragraph' ? ' avant la fin du paragraphe' : ''} : ` +
      `écrivez « <${m[1]} … /> » pour un composant sans contenu, ou ajoutez « </${m[1]}> »`,
  ],
  [
    /^Unexpected closing tag `<\/([^>`]+)>`, expected an open tag first/,
    (m) => `« </${m[1]}> » ferme une balise qui n’a pas été ouverte`,
  ],
  [
    /^Unexpected character after `<`, expected a valid JSX tag/,
    // satteri says this of any tag it cannot read: a bad name, a prop without quotes, a tag left open.
    () =>
      'la balise qui commence par « < » ne se lit pas : nom de composant, propriété mal écrite (une valeur s’écrit ' +
      'entre guillemets, stat="items", ou entre accolades, limit={3}) ou balise ouverte plus haut sans « /> » ' +
      '(pour un lien, écrivez « [texte](adresse) » ; pour le signe <, « &lt; »)',
  ],
  [
    /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) (before|in|after) ([^,]+)/,
    (m) => `caractère « ${m[1]} » inattendu ${m[2] === 'before' ? 'avant' : m[2] === 'in' ? 'dans' : 'après'} ${where(m[3] ?? '')}`,
  ],
];

const PLACES: ReadonlyArray<[RegExp, string]> = [
  [/^attribute name/, 'le nom d’une propriété (une propriété s’écrit nom="valeur")'],
  [/^attribute value/, 'la valeur d’une propriété (entre guillemets : nom="valeur", ou nom={3})'],
  [/^name/, 'le nom du composant'],
  [/^member name/, 'le nom du composant'],
  [/^local name/, 'le nom du composant'],
];

function where(place: string): string {
  for (const [pattern, french] of PLACES) if (pattern.test(place)) return french;
  return `(${place})`;
}

export function frenchMdxMessage(message: string): string {
  const text = message.replace(/\s*\((?:mdx|micromark)[\w-]*:[\w-]+\)\s*$/, '');
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(text);
    if (match) return translate(match);
  }
  return `${text} (message du lecteur MDX, en anglais)`;
}
