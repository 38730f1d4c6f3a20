/** A JavaScript error thrown by a chapter's code, said in French in the check's and the build's diagnostics. */

/** V8's usual messages, in French; any other as it is, quoted. */
export function frenchError({ name, message }: { name: string; message: string }): string {
  const read = /^Cannot read properties of (undefined|null) \(reading '(.*)'\)$/.exec(message);
  if (read) return `on lit « ${read[2]} » dans une valeur qui vaut ${read[1]}`;
  const notFunction = /^(.+) is not a function$/.exec(message);
  if (notFunction) return `« ${notFunction[1]} » n’est pas une fonction`;
  const notDefined = /^(.+) is not defined$/.exec(message);
  if (notDefined) return `« ${notDefined[1]} » n’est défini nulle part`;
  if (name === 'SyntaxError' && /JSON/.test(message)) return 'le texte donné à JSON.parse n’est pas du JSON';
  return `${name} : « ${message} »`;
}
