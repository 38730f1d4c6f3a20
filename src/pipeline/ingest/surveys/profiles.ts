/**
 * A respondent's profile as written (« Conseiller(ère) », « Directrice », « Chargée d'accueil »…) →
 * one of a few stable ids, so that counts by profile add up across surveys and workshops.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { foldText } from '../../text/fold.ts';
import { cellLine, type CsvRecord } from './csv.ts';
import { LineGroups } from './line-groups.ts';

export type Profile = 'conseiller' | 'direction' | 'accueil' | 'partenaire' | 'jeune' | 'autre';
export const PROFILES: readonly Profile[] = ['conseiller', 'direction', 'accueil', 'partenaire', 'jeune', 'autre'];

/** First matching rule wins: « conseiller jeunes » is a counsellor, « directeur adjoint » management. */
const RULES: ReadonlyArray<readonly [Profile, RegExp]> = [
  ['conseiller', /\b(conseil|cip\b|referent|charge[e]? (d )?accompagnement|accompagnat|psychologue|educat)/],
  ['direction', /\b(direct|dir\b|responsable|chef|manag|encadr|coordinat|president|administrat)/],
  ['accueil', /\b(accueil|secretari|assistant|hote)/],
  ['partenaire', /\b(partenaire|france travail|pole emploi|cap emploi|employeur|entreprise|elu|collectivite)/],
  ['jeune', /\b(jeune|usager|beneficiaire|eleve|etudiant|apprenti|stagiaire)/],
  ['autre', /\b(autre|other)/],
];

/** The profile id of a written value, or null when nothing matches (the caller reports it). */
export function matchProfile(value: string): Profile | null {
  const folded = foldText(value);
  if (folded === '') return null;
  for (const [profile, pattern] of RULES) if (pattern.test(folded)) return profile;
  return null;
}

/** Reads the profile column row by row: each distinct value matched once, unknown ones reported once. */
export class ProfileReader {
  private readonly cache = new Map<string, Profile | null>();
  private readonly unknown = new LineGroups();

  /** The profile of the record's cell at `column` (0-based); its line is only worked out when reported. */
  read(record: CsvRecord, column: number): Profile | null {
    const trimmed = (record.fields[column] ?? '').trim();
    if (trimmed === '') return null;
    let profile = this.cache.get(trimmed);
    if (profile === undefined) {
      profile = matchProfile(trimmed);
      this.cache.set(trimmed, profile);
    }
    if (profile !== null) return profile;
    this.unknown.add(trimmed, cellLine(record, column), column + 1);
    return 'autre';
  }

  diagnostics(file: string): Diagnostic[] {
    return this.unknown.groups().map((group) =>
      diagnostic({
        code: 'profil-inconnu',
        severity: 'warning',
        message: `Profil non reconnu « ${group.key} » ${group.where} : classé « autre ».`,
        hint: 'Profils reconnus : conseiller, direction, accueil, partenaire, jeune, autre.',
        file,
        line: group.firstLine,
        column: group.firstColumn,
      }),
    );
  }
}
