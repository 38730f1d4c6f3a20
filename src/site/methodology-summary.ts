/**
 * The methodology page's opening summary, for a reader who will not read further: where the feedback
 * comes from, how it is sorted (with the tagger's measured reliability in plain words), what a strong
 * idea is, what was set aside. Every figure is read from the Synthesis, as the rest of the site reads
 * it; the reliability from the tagger's last measurement (pipeline/tag/measured-quality.ts).
 */
import type { RejectionCount } from '../pipeline/model.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { REJECTION_REASONS } from '../pipeline/rejection-reasons.ts';
import { MEASURED_TAGGING_QUALITY } from '../pipeline/tag/measured-quality.ts';
import { formatInteger, plural } from './format.ts';
import { summariseTagging } from './quality.ts';

export interface MethodologySummary {
  workshops: number;
  /** Regions where a workshop was held (a workshop without a region counts in none). */
  workshopRegions: number;
  surveys: number;
  /** Respondents of the surveys (their rows), as each survey declares them. */
  respondents: number;
  /** Answers kept from the surveys' files (one per answered question): those set aside are said apart (`setAsideSentence`). */
  surveyAnswers: number;
  /** Items whose tag the source gave (the note's part, the survey's column), and items whose tag was read from the text. */
  explicit: number;
  inferred: number;
  /** The held-out macro-F1 of the tagger, measured on the Grand Débat. */
  reliability: number;
  /** Ideas published, and found by the rule (the Synthesis publishes the strongest). */
  ideas: number;
  ideasFound: number;
  read: number;
  rejected: number;
  reasons: readonly RejectionCount[];
}

type SummarySource = Pick<Synthesis, 'sessions' | 'items' | 'ideas' | 'ideasFound' | 'reconciliation'>;

export function methodologySummary(synthesis: SummarySource, reliability: number = MEASURED_TAGGING_QUALITY.heldOutMacroF1): MethodologySummary {
  const workshops = synthesis.sessions.filter((s) => s.kind === 'workshop');
  const surveyFiles = new Set(synthesis.sessions.filter((s) => s.kind === 'survey').map((s) => s.file));
  const { reconciliation } = synthesis;
  const tagging = summariseTagging(synthesis.items);
  return {
    workshops: workshops.length,
    workshopRegions: new Set(workshops.flatMap((s) => (s.region === null ? [] : [s.region]))).size,
    surveys: surveyFiles.size,
    respondents: synthesis.sessions.reduce((n, s) => n + (s.kind === 'survey' ? (s.participants ?? 0) : 0), 0),
    surveyAnswers: reconciliation.files.reduce((n, f) => n + (surveyFiles.has(f.file) ? f.kept : 0), 0),
    explicit: tagging.explicit,
    inferred: tagging.inferred,
    reliability,
    ideas: synthesis.ideas.length,
    ideasFound: synthesis.ideasFound,
    read: reconciliation.read,
    rejected: reconciliation.rejected,
    reasons: reconciliation.reasons,
  };
}

/** « environ 9 fois sur 10 »: a score between 0 and 1 said as a reader says it (0,876 → 9). */
export function timesInTen(score: number): string {
  return `environ ${Math.round(Math.min(1, Math.max(0, score)) * 10)} fois sur 10`;
}

/** « Les retours viennent de 15 ateliers tenus dans 9 régions et de 2 enquêtes (578 répondants, 1 787 réponses écrites retenues). » */
export function sourcesSentence(s: Pick<MethodologySummary, 'workshops' | 'workshopRegions' | 'surveys' | 'respondents' | 'surveyAnswers'>): string {
  const parts: string[] = [];
  if (s.workshops > 0) {
    const held = s.workshops === 1 ? 'tenu' : 'tenus';
    parts.push(`de ${plural(s.workshops, 'atelier')}${s.workshopRegions > 0 ? ` ${held} dans ${plural(s.workshopRegions, 'région')}` : ''}`);
  }
  if (s.surveys > 0) {
    // Answers, not respondents alone: one respondent writes several; kept ones, as the set-aside sentence then says the others.
    const who = s.respondents > 0 ? `${plural(s.respondents, 'répondant')}, ` : '';
    const kept = plural(s.surveyAnswers, 'réponse écrite retenue', 'réponses écrites retenues');
    parts.push(`de ${plural(s.surveys, 'enquête')} (${who}${kept})`);
  }
  if (parts.length === 0) return 'Aucun atelier ni aucune enquête n’a encore été publié.';
  return `Les retours viennent ${parts.join(' et ')}.`;
}

/**
 * How each item got its tag: from where it was written, or read from the text, with the reliability
 * measured elsewhere said as such (it is the Grand Débat's, not this consultation's).
 */
export function sortingSentence(s: Pick<MethodologySummary, 'explicit' | 'inferred' | 'reliability'>): string {
  const start = 'Chaque élément est rangé dans « ce qui fonctionne », « ce qui dysfonctionne » ou « besoins et attentes »';
  const given = 'selon la partie de la note d’atelier ou la question de l’enquête';
  const read = 'par une lecture automatique du texte';
  const reliability = `juste ${timesInTen(s.reliability)} lors d’un test sur le Grand Débat national, pas sur cette consultation`;
  const count = (n: number) => plural(n, 'élément');
  if (s.inferred === 0) return `${start} ${given}.`;
  if (s.explicit === 0) return `${start} ${read}, ${reliability}.`;
  return `${start} : ${given} (${count(s.explicit)}), sinon ${read} (${count(s.inferred)}), ${reliability}.`;
}

/** What a strong idea is, and how many there are. */
export function ideasSentence(s: Pick<MethodologySummary, 'ideas' | 'ideasFound'>): string {
  const what =
    'Une idée forte est une même idée exprimée presque dans les mêmes mots par plusieurs personnes, dans au moins deux régions ou deux ateliers ou enquêtes';
  if (s.ideas === 0) return `${what} : aucune ici.`;
  if (s.ideasFound > s.ideas) return `${what} : ${formatInteger(s.ideasFound)} ici, dont les ${formatInteger(s.ideas)} plus partagées sont publiées.`;
  return `${what} : ${formatInteger(s.ideas)} ici.`;
}

/**
 * « Sur 2 201 réponses et lignes de notes lues, 63 ont été écartées (60 non-réponses, 3 réponses qui laissent des coordonnées), chacune listée
 * dans les téléchargements. » `listed`: whether the list was written (not under `astro dev`).
 */
export function setAsideSentence(s: Pick<MethodologySummary, 'read' | 'rejected' | 'reasons'>, listed: boolean): string {
  const read = `Sur ${plural(s.read, 'réponse ou ligne de notes lue', 'réponses et lignes de notes lues')}`;
  if (s.rejected === 0) return `${read}, aucune n’a été écartée.`;
  const rejected = s.rejected === 1 ? '1 a été écartée' : `${formatInteger(s.rejected)} ont été écartées`;
  const where = listed ? (s.rejected === 1 ? ', listée dans les téléchargements' : ', chacune listée dans les téléchargements') : '';
  return `${read}, ${rejected} (${reasonCounts(s.reasons)})${where}.`;
}

/** « 52 non-réponses, 8 champs en trop », largest first, three at most and the rest in one count: they add up to those set aside. */
function reasonCounts(reasons: readonly RejectionCount[]): string {
  const counted = (r: RejectionCount) => plural(r.count, REJECTION_REASONS[r.reason].one, REJECTION_REASONS[r.reason].many);
  const shown = reasons.slice(0, 3).map(counted);
  const rest = reasons.slice(3).reduce((n, r) => n + r.count, 0);
  if (rest > 0) shown.push(plural(rest, 'autre'));
  return shown.join(', ');
}
