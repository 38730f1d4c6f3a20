/**
 * The names a header declares when it cannot be read as YAML (an unclosed bracket, a header never
 * closed): the note is blocked, but `synthesize` still writes its JSON and the items still quote
 * these people, so they are read line by line and masked all the same. Loose on purpose: a word too
 * many masked in an unpublishable note costs nothing, a name left costs the promise.
 */
import { fieldOfFrontMatterKey } from './front-matter-schema.ts';

/** `ambassadeurs: [A, "B"]`, `ambassadeurs: A, B`, the `- A` lines below, and `noms: […]` anywhere. */
export function brokenHeaderNames(text: string): string[] {
  const names: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const key = /^\s*([^\s:#{[][^:#{[]*?)\s*:(.*)$/u.exec(line);
    if (key && fieldOfFrontMatterKey(key[1] as string) === 'ambassadeurs') {
      names.push(...listValues(key[2] as string));
      for (let next = index + 1; next < lines.length && /^\s*-\s/.test(lines[next] as string); next++) {
        names.push(...listValues((lines[next] as string).replace(/^\s*-\s/, '')));
      }
    }
    for (const noms of line.matchAll(/\bnoms\s*:\s*\[([^\]]*)\]?/giu)) names.push(...listValues(noms[1] as string));
  });
  return [...new Set(names)];
}

function listValues(text: string): string[] {
  return text
    .replace(/#.*$/, '')
    .replace(/^\s*\[|\]\s*[,}]*\s*$/g, '')
    .split(',')
    .map((value) => value.trim().replace(/^["']|["']$/g, '').trim())
    .filter((value) => value.length > 0);
}
