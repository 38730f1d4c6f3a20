/**
 * Where something was masked, for the donnee-personnelle warning: a few words of the masked text
 * around its placeholder (« Appelez le [téléphone] demain »), so that the ambassador finds it in a
 * long answer. Taken from the text once masked, never from the source: the warning is shown in
 * `check`, pasted in tickets, and must quote nothing the published text does not already show.
 */

/** Words kept on each side of the placeholder, and at most so many characters. */
const WORDS = 3;
const MAX_SIDE = 40;

/**
 * The excerpt around the first `placeholder` at or after `from` in `masked`, within its sentence and
 * line, with where the placeholder ends (to look for the next one); null when it is not there.
 */
export function excerptAround(masked: string, placeholder: string, from = 0): { excerpt: string; end: number } | null {
  const start = masked.indexOf(placeholder, from);
  if (start < 0) return null;
  const end = start + placeholder.length;
  const before = side(masked.slice(Math.max(0, start - MAX_SIDE), start).split(/[.!?\n]\s/).pop() as string, 'before');
  const after = side(masked.slice(end, end + MAX_SIDE).split(/[.!?]\s|[.!?]$|\n/)[0] as string, 'after');
  return { excerpt: `${before}${placeholder}${after}`.replace(/\s+/g, ' ').trim(), end };
}

/** At most WORDS words next to the placeholder, a word cut by MAX_SIDE left out. */
function side(text: string, where: 'before' | 'after'): string {
  const parts = text.split(/(?<=\s)(?=\S)/);
  if (where === 'before') {
    const whole = text.length < MAX_SIDE || /^\s/.test(text) ? parts : parts.slice(1);
    return whole.slice(-WORDS).join('');
  }
  // The first part is what is glued to the placeholder (« [personne], »), then the words.
  const whole = text.length < MAX_SIDE || /\s$/.test(text) ? parts : parts.slice(0, -1);
  return whole.slice(0, WORDS + 1).join('').trimEnd();
}

/** « numéro de téléphone : « Appelez le [téléphone] demain » ; nom de personne : « … » », for a warning. */
export function describeMasked(found: readonly string[], excerpts: readonly string[] | undefined): string {
  return found.map((label, i) => (excerpts?.[i] ? `${label} : « ${excerpts[i]} »` : label)).join(' ; ');
}
