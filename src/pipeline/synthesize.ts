/**
 * Runs the stages in order: ingest → validate → anonymise → tag → theme → aggregate → Synthesis.
 * Pure: it takes the files' contents and gives back a Synthesis; reading the disk is `io/`'s job.
 */
import type { Diagnostic, FeedbackItem, RawItem, SetAsideEntry } from './model.ts';
import type { Synthesis } from './synthesis-model.ts';
import type { ConsultationInput } from './io/consultation-input.ts';
import { emptyResult, type IngestResult } from './ingest/result.ts';
import { createReferentiels } from './referentiels/index.ts';
import { parseNote } from './ingest/notes/index.ts';
import { parseSurvey } from './ingest/surveys/index.ts';
import { oversizeDiagnostics, oversizeReconciliation } from './ingest/oversize.ts';
import { ignoredDiagnostics } from './ingest/ignored.ts';
import { emptyConsultationDiagnostics } from './ingest/empty.ts';
import { Duplicates } from './ingest/duplicates.ts';
import { isolatedDateDiagnostics } from './ingest/isolated-dates.ts';
import { exampleNoteDiagnostics } from './ingest/example-note.ts';
import { EMPTY_TEXT, validateItems } from './validate.ts';
import { anonymise } from './anonymise/index.ts';
import { anonymiseContext } from './anonymise/context.ts';
import { inputFiles, publishedPaths } from './anonymise/paths.ts';
import { withholdSmallGroups } from './anonymise/small-groups.ts';
import { CONTACT_LEFT, NON_ANSWER, tagItems, UNJUDGED } from './tag/index.ts';
import { inferredTagDiagnostics } from './ingest/notes/inferred-tags.ts';
import { sectionDoubtDiagnostics } from './tag/section-check.ts';
import { assignThemes } from './themes/index.ts';
import { analyse } from './analysis/index.ts';
import { ScannedTexts } from './text/scanned-texts.ts';
import { sortById } from './sort-by-id.ts';
import { compareDiagnostics } from './diagnostics.ts';
import { readSettings } from './settings.ts';
import { reconcile, type SetAside } from './reconciliation.ts';
import { itemsSetAside, publishSetAside } from './set-aside.ts';

/**
 * Progress of a long run, for a terminal progress bar: `(stage, 0, 1)` as a stage starts (at a million
 * items the analysis alone takes 20 s: the bar names what is running, not what has just ended), then
 * `(stage, 1, 1)` when it is done; reading counts its files.
 */
export type ProgressListener = (stage: string, done: number, total: number) => void;

export interface SynthesizeResult {
  synthesis: Synthesis;
  /** Same as `synthesis.diagnostics`; blocking ones mean publication must stop. */
  diagnostics: Diagnostic[];
}

export function synthesize(input: ConsultationInput, onProgress: ProgressListener = () => {}): SynthesizeResult {
  const { referentiels, diagnostics: refDiagnostics } = createReferentiels(input.themes);
  const settings = readSettings(input.settings);
  const ingested = emptyResult();
  ingested.diagnostics.push(...oversizeDiagnostics(input.oversize ?? []));
  ingested.reconciliation.push(...oversizeReconciliation(input.oversize ?? []));
  ingested.diagnostics.push(...ignoredDiagnostics(input.ignored ?? []), ...emptyConsultationDiagnostics(input), ...exampleNoteDiagnostics(input));
  // A file dropped twice is read once (ingest/duplicates.ts).
  const duplicates = new Duplicates();
  const notes = duplicates.distinctNotes(input.notes);
  const surveyFiles = duplicates.distinctSurveyFiles(input.surveys);
  const total = notes.length + surveyFiles.length;
  let done = 0;
  onProgress('lecture', 0, total);
  for (const note of notes) {
    merge(ingested, parseNote(note, referentiels));
    onProgress('lecture', ++done, total);
  }
  // Rows are hashed to find the same answers in two files: a single survey has no other to repeat.
  const fingerprints = surveyFiles.length > 1;
  const surveys = surveyFiles.map((survey) => {
    const result = parseSurvey(survey, referentiels, fingerprints);
    onProgress('lecture', ++done, total);
    return { file: survey.file, result };
  });
  for (const survey of duplicates.distinctSurveys(surveys)) merge(ingested, survey);
  surveys.length = 0;
  ingested.diagnostics.push(...duplicates.diagnostics());
  // A year typed wrong (« 2062 ») is told by the other sessions' dates, not the clock: reproducible.
  ingested.diagnostics.push(...isolatedDateDiagnostics(ingested.sessions, notes));
  ingested.reconciliation.push(...duplicates.reconciliation());

  onProgress('validation', 0, 1);
  const validated = validateItems(ingested.items);
  onProgress('validation', 1, 1);
  onProgress('anonymisation', 0, 1);
  const anonymised = anonymise(validated.items, ingested.names, input.pseudonyms, ingested.participantNames, { names: settings.publicNames, file: input.settings });
  onProgress('anonymisation', 1, 1);
  onProgress('étiquetage', 0, 1);
  const tagged = tagItems(anonymised.items);
  // The tag each note item without a section received, for the ambassador to check.
  const inferred = inferredTagDiagnostics(tagged.items, ingested.sessions);
  // Note items whose section the text surely contradicts, as the entry form asks.
  const doubted = sectionDoubtDiagnostics(tagged.items, ingested.sessions);
  onProgress('étiquetage', 1, 1);
  onProgress('thèmes', 0, 1);
  // Each stage makes new item objects: let go of the previous lists, or at a million items the heap
  // holds every generation until the end (memory, and garbage collection time).
  ingested.items = validated.items = anonymised.items = [];
  // In id order before the themes: the theme stage and the analysis then read the same texts in the
  // same order, so their words are read once (ScannedTexts) and shared.
  const ordered = sortById(tagged.items);
  tagged.items = [];
  const scanned = new ScannedTexts(ordered.map((item) => item.text));
  const themed: FeedbackItem[] = assignThemes(ordered, referentiels.themes, scanned);
  // Every themed item is a new object: the tagged ones (~150 MB at a million) would otherwise stay
  // reachable from this local until the end, through the whole analysis.
  ordered.length = 0;
  onProgress('thèmes', 1, 1);

  // What the stages after ingest set aside, by reason: one list the bilan counts and the « Écartés » lists.
  const laterSetAside: SetAside[] = [
    { reason: EMPTY_TEXT, items: validated.rejected },
    { reason: NON_ANSWER, items: tagged.rejected },
    { reason: UNJUDGED, items: tagged.unjudged },
    { reason: CONTACT_LEFT, items: tagged.contacts },
  ];
  const reconciliation = reconcile(ingested.reconciliation, laterSetAside, themed.length);
  // Every entry the bilan counts as set aside, masked like the items: the bureau audits them.
  const setAside = publishSetAside([...ingested.setAside, ...itemsSetAside(laterSetAside)], anonymised.redact);
  ingested.setAside = validated.rejected = tagged.rejected = tagged.unjudged = tagged.contacts = [];
  laterSetAside.length = 0;
  const collected = [
    ...refDiagnostics,
    ...settings.diagnostics,
    ...ingested.diagnostics,
    ...validated.diagnostics,
    ...anonymised.diagnostics,
    ...tagged.diagnostics,
    ...inferred,
    ...doubted,
    ...setAside.diagnostics,
  ].sort(compareDiagnostics);
  // Titles, headings, questions and quoted values are published too: masked like the items' text.
  const published = anonymiseContext(
    { title: settings.title, description: settings.description, sessions: ingested.sessions, items: themed, scales: ingested.scales, diagnostics: collected },
    anonymised.redact,
    input,
    ingested.profileTexts,
  );
  // File names too: « 2026-10-05-chez-karim-benali-06-11-22-33-44.md » is published masked.
  const paths = publishedPaths(inputFiles(input), anonymised.redact);
  const { title, description } = published;
  // Before any count: a survey's answers whose region and profile 1 or 2 respondents share lose their profile (small-groups.ts).
  const withheld = withholdSmallGroups(published.sessions, published.items);
  const sessions = withheld.sessions.map((s) => withFile(s, paths.publish(s.file)));
  const items = withheld.items.map((item) => withSourceFile(item, paths.publish(item.source.file)));
  const scales = published.scales;
  const diagnostics = [...published.diagnostics, ...withheld.diagnostics]
    .map((d) => withFile(d, paths.publish(d.file)))
    .concat(paths.diagnostics)
    .sort(compareDiagnostics);

  onProgress('analyse', 0, 1);
  const analysis = analyse(items, referentiels, scanned);
  onProgress('analyse', 1, 1);
  const usedRegions = new Set(items.map((item) => item.region).concat(sessions.map((s) => s.region)));
  const usedDepartments = new Set(items.map((item) => item.department)); // one pass, not one per department
  const synthesis: Synthesis = {
    schemaVersion: 1,
    title,
    description,
    accessibilityContact: settings.accessibilityContact,
    accessibilityAudit: settings.accessibilityAudit,
    // Only when set: without it, synthese.json stays the same bytes as before the setting existed.
    ...(settings.siteAddress ? { siteAddress: settings.siteAddress } : {}),
    regions: referentiels.regions.filter((region) => usedRegions.has(region.code)),
    departments: referentiels.departments.filter((d) => usedDepartments.has(d.code)),
    themes: referentiels.themes,
    sessions: sessions.sort((a, b) => compareStrings(a.id, b.id)),
    items,
    scales,
    ...analysis,
    reconciliation: { ...reconciliation, files: reconciliation.files.map((f) => withFile(f, paths.publish(f.file))) },
    setAside: setAside.entries.map((entry) => withSourceFile(entry, paths.publish(entry.source.file))),
    diagnostics,
  };
  return { synthesis, diagnostics };
}

function withFile<T extends { file: string }>(value: T, file: string): T {
  return file === value.file ? value : { ...value, file };
}

function withSourceFile<T extends { source: { file: string } }>(value: T, file: string): T {
  return file === value.source.file ? value : { ...value, source: { ...value.source, file } };
}

function merge(into: IngestResult, from: IngestResult): void {
  into.sessions.push(...from.sessions);
  // A spread of 100,000+ items overflows the stack; an indexed loop allocates no iterator result per item.
  for (let i = 0; i < from.items.length; i++) into.items.push(from.items[i] as RawItem);
  into.scales.push(...from.scales);
  into.diagnostics.push(...from.diagnostics);
  into.reconciliation.push(...from.reconciliation);
  for (let i = 0; i < from.setAside.length; i++) into.setAside.push(from.setAside[i] as SetAsideEntry);
  into.names.push(...from.names);
  for (const name of from.participantNames) into.participantNames.push(name);
  into.profileTexts.push(...from.profileTexts);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
