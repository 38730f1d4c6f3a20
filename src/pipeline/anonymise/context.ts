/**
 * Personal data outside the items' text: session titles and structures (front matter, sidecars),
 * section headings and survey questions the items answer, closed-question headers, the consultation
 * title and description, and the diagnostics that quote a raw value (« Profil non reconnu « 06 12… » »). All of these
 * are published (pages, search, exports, data-quality report), so they go through the same redactor.
 * Each value is redacted once (memoised): a heading shared by 10,000 items costs one scan.
 */
import type { Diagnostic, FeedbackItem, ScaleSummary, Session } from '../model.ts';
import type { ConsultationInput } from '../io/consultation-input.ts';
import { compareDiagnostics, diagnostic } from '../diagnostics.ts';
import type { Redaction } from './index.ts';
import type { SourcedProfileText } from '../ingest/result.ts';
import { describeMasked } from './excerpt.ts';

export interface PublishedContext {
  title: string;
  description: string | null;
  sessions: Session[];
  items: FeedbackItem[];
  scales: ScaleSummary[];
  diagnostics: Diagnostic[];
}

const HINT = 'Retirez-la du fichier source : le livre blanc ne doit citer personne.';

export function anonymiseContext(
  context: PublishedContext,
  redact: (text: string) => Redaction,
  input: Pick<ConsultationInput, 'notes' | 'surveys' | 'settings'>,
  profileTexts: readonly SourcedProfileText[] = [],
): PublishedContext {
  const warnings: Diagnostic[] = [];
  const profiles = maskedProfiles(profileTexts, redact, warnings);
  const reported = new Set<string>();
  const sources = sourceTexts(input);
  /** Warns once per file and value, at the line where the value is written (or `fallbackLine`). */
  const clean = (text: string, file: string, where: string, fallbackLine: number): string => {
    const { text: result, found, matches, excerpts } = redact(text);
    if (!found.length) return text;
    const key = `${file}\u0000${text}`;
    if (!reported.has(key)) {
      reported.add(key);
      // The value's own line first: a name in the structures may also be in the place above them.
      const content = sources.get(file);
      const line = lineOf(content, text) ?? lineOf(content, matches[0] ?? '') ?? fallbackLine;
      warnings.push(warning(`Donnée personnelle masquée avant publication dans ${where} : ${describeMasked(found, excerpts)}.`, file, line, 1));
    }
    return result;
  };

  const title = context.title && input.settings ? clean(context.title, input.settings.file, 'le titre de la consultation', 1) : context.title;
  const description =
    context.description && input.settings ? clean(context.description, input.settings.file, 'la description de la consultation', 1) : context.description;
  const profilesBySession = new Map<string, ReadonlyMap<string, string>>();
  const sessions = context.sessions.map((session) => {
    const sessionTitle = clean(session.title, titleFile(session, input), 'le titre de la session', 1);
    const structures = session.structures.map((s) => clean(s, session.file, 'les structures', 1));
    const renamed = session.kind === 'workshop' ? profiles.get(session.file) : undefined;
    if (renamed) profilesBySession.set(session.id, renamed);
    const sessionProfiles = renamed ? renameProfiles(session.profiles, renamed) : session.profiles;
    return sessionTitle === session.title && structures.every((s, i) => s === session.structures[i]) && sessionProfiles === session.profiles
      ? session
      : { ...session, title: sessionTitle, structures, profiles: sessionProfiles };
  });
  // File → value → redacted value: two look-ups on strings the items already hold, instead of a
  // key string built (and hashed) twice per item.
  const memo = new Map<string, Map<string, string>>();
  const once = (text: string, file: string, where: string, line: number): string => {
    let byText = memo.get(file);
    if (byText === undefined) memo.set(file, (byText = new Map()));
    let result = byText.get(text);
    if (result === undefined) {
      result = clean(text, file, where, line);
      byText.set(text, result);
    }
    return result;
  };
  const items = context.items.map((item) => {
    const { file, line, field } = item.source;
    const question = item.question === null ? null : once(item.question, file, 'le titre ou la question qui précède l’élément', line);
    const header = field === undefined ? undefined : once(field, file, 'l’en-tête d’une colonne', 1);
    const profile = item.profile === null ? null : (profilesBySession.get(item.sessionId)?.get(item.profile) ?? item.profile);
    if (question === item.question && header === field && profile === item.profile) return item;
    return { ...item, question, profile, source: header === undefined ? item.source : { ...item.source, field: header } };
  });
  const scales = context.scales.map((scale) => {
    const file = context.sessions.find((s) => s.id === scale.sessionId)?.file ?? '';
    const question = clean(scale.question, file, 'l’intitulé d’une question fermée', 1);
    return question === scale.question ? scale : { ...scale, question };
  });
  // A diagnostic quoting a raw value keeps its place; the value is masked and a warning says why.
  const diagnostics = context.diagnostics.map((d) => {
    const message = redact(d.message);
    const hint = d.hint === undefined ? null : redact(d.hint);
    if (!message.found.length && !hint?.found.length) return d;
    // Each kind once, with the excerpt of where it was first masked (the message, then the hint).
    const found: string[] = [];
    const excerpts: string[] = [];
    for (const redaction of hint ? [message, hint] : [message]) {
      redaction.found.forEach((label, i) => {
        if (found.includes(label)) return;
        found.push(label);
        excerpts.push(redaction.excerpts?.[i] ?? '');
      });
    }
    warnings.push(warning(`Donnée personnelle masquée avant publication dans une valeur mal placée : ${describeMasked(found, excerpts)}.`, d.file, d.line, d.column));
    const result: Diagnostic = { ...d, message: message.text };
    if (hint) result.hint = hint.text;
    return result;
  });
  return { title, description, sessions, items, scales, diagnostics: [...diagnostics, ...warnings].sort(compareDiagnostics) };
}

/**
 * A note's profile is free text, made an id (« Mme Dupont 06… » → « mme-dupont-06… ») that the counts,
 * the exports and the search facets publish: one holding personal data is counted « autre », as a
 * survey's unknown profile is, and warned. File → written id → published id, for the files that have one.
 */
function maskedProfiles(
  texts: readonly SourcedProfileText[],
  redact: (text: string) => Redaction,
  warnings: Diagnostic[],
): Map<string, Map<string, string>> {
  const byFile = new Map<string, Map<string, string>>();
  for (const { file, id, text, line, column } of texts) {
    const { text: masked, found } = redact(text);
    if (!found.length) continue;
    const published = 'autre';
    let ids = byFile.get(file);
    if (ids === undefined) byFile.set(file, (ids = new Map()));
    ids.set(id, published);
    warnings.push(
      warning(
        `Donnée personnelle masquée avant publication dans le profil « ${masked} » : ${found.join(', ')} ; ces participants sont comptés dans le profil « ${published} ».`,
        file,
        line,
        column,
      ),
    );
  }
  return byFile;
}

/** Counts by profile with some profiles renamed; two that become one add up. */
function renameProfiles(profiles: Readonly<Record<string, number>>, renamed: ReadonlyMap<string, string>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [id, count] of Object.entries(profiles)) {
    const published = renamed.get(id) ?? id;
    result[published] = (result[published] ?? 0) + count;
  }
  return result;
}

function warning(message: string, file: string, line: number, column: number): Diagnostic {
  return diagnostic({ code: 'donnee-personnelle', severity: 'warning', message, hint: HINT, file, line, column });
}

/** A survey's title comes from its sidecar (`<name>.yml`) when it has one. */
function titleFile(session: Session, input: Pick<ConsultationInput, 'surveys'>): string {
  if (session.kind !== 'survey') return session.file;
  return input.surveys.find((s) => s.file === session.file)?.sidecar?.file ?? session.file;
}

/** Text sources where a value can be found back: notes, sidecars, settings (CSV bytes are not decoded again). */
function sourceTexts(input: Pick<ConsultationInput, 'notes' | 'surveys' | 'settings'>): Map<string, string> {
  const texts = new Map<string, string>();
  for (const note of input.notes) texts.set(note.file, note.content);
  for (const survey of input.surveys) if (survey.sidecar) texts.set(survey.sidecar.file, survey.sidecar.content);
  if (input.settings) texts.set(input.settings.file, input.settings.content);
  return texts;
}

function lineOf(content: string | undefined, needle: string): number | null {
  if (content === undefined || needle === '') return null;
  const offset = content.indexOf(needle);
  if (offset < 0) return null;
  let line = 1;
  for (let i = content.indexOf('\n'); i >= 0 && i < offset; i = content.indexOf('\n', i + 1)) line++;
  return line;
}
