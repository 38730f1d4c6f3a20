/**
 * Personal data outside the items' text, reproduced by the privacy review: profiles, file names,
 * titles and headings, CSV headers, diagnostics quoting a value, small groups, a header that cannot
 * be read. Each is planted in an in-memory consultation; the published Synthesis must not hold it.
 * The names are declared (ambassadors): what is tested is that the items' redaction is applied here.
 */
import { describe, expect, it } from 'vitest';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { ConsultationInput, TextFile } from '../../src/pipeline/io/consultation-input.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { withRealPaths } from '../../src/cli/real-paths.ts';
import { inputFiles } from '../../src/pipeline/anonymise/paths.ts';

const NAMES = ['Josiane Balasko', 'Gérard Depardieu', 'Gwenaëlle Kerjean', 'Marie Curie', 'Bernard Lavilliers', 'Bernadette Chirac', 'Catherine Deneuve', 'Christian Clavier', 'Jean-Luc Mélenchon', 'Dupont'];

function note(file: string, header: string, body = '## Ce qui fonctionne\n\n- La messagerie interne est rapide.\n'): TextFile {
  return { file, content: `---\ntitre: Atelier Bretagne — Brest\ndate: 2026-10-05\nformat: presentiel\nregion: Bretagne\n${header}\n---\n\n${body}` };
}

/** A note declaring every planted name, so that the redactor knows them. */
const DECLARING = note('content/ateliers/bretagne/2026-10-01-rennes.md', `ambassadeurs: [${NAMES.map((n) => `"${n}"`).join(', ')}]\nparticipants: { total: 12 }`);

function run(notes: TextFile[], surveys: ConsultationInput['surveys'] = []): Synthesis {
  return synthesize({ notes: [DECLARING, ...notes], surveys, themes: null, pseudonyms: null, settings: null }).synthesis;
}

/** The planted strings, also as a slug would write them (« gerard-depardieu »). */
const PLANTED = [...NAMES.flatMap((n) => n.split(/[\s-]+/)), '0699887766', '0611223344', '0622334455', '06 12 34 56 78', '06-11-22-33-44', 'bc@example.fr'];

function leaks(synthesis: Synthesis): string[] {
  const json = JSON.stringify(synthesis).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return PLANTED.filter((p) => json.includes(p.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
}

function warningsAt(synthesis: Synthesis, file: string, code = 'donnee-personnelle'): string[] {
  return synthesis.diagnostics.filter((d) => d.file === file && d.code === code).map((d) => `${d.line}: ${d.message}`);
}

describe('profiles holding personal data', () => {
  const file = 'content/ateliers/bretagne/2026-10-05-brest.md';
  const synthesis = run([
    note(file, 'structures: ["Mission Locale du Pays de Brest"]\nparticipants:\n  total: 9\n  profils: { "Mme Josiane Balasko 0699887766": 3, direction: 6 }'),
    note('content/ateliers/bretagne/2026-10-06-quimper.md', 'profil: "Gérard Depardieu"\nparticipants: { total: 5 }'),
  ]);

  it('counts them « autre », in the session, the items and the counts by profile, and publishes neither name nor phone', () => {
    expect(leaks(synthesis)).toEqual([]);
    expect(synthesis.sessions.find((s) => s.file === file)?.profiles).toEqual({ autre: 3, direction: 6 });
    expect(synthesis.items.filter((i) => i.source.file.endsWith('quimper.md')).map((i) => i.profile)).toEqual(['autre']);
    expect(synthesis.counts.byProfile.map((row) => row.keys[0])).toContain('autre');
  });

  it('warns at the line of the profile, quoting it masked', () => {
    expect(warningsAt(synthesis, file)).toEqual([
      '9: Donnée personnelle masquée avant publication dans le profil « Mme [personne] [téléphone] » : numéro de téléphone, nom de personne ; ces participants sont comptés dans le profil « autre ».',
    ]);
  });
});

describe('file names holding personal data', () => {
  const named = 'content/ateliers/bretagne/2026-10-07-Gwenaëlle-Kerjean-Vannes.md';
  const phone = 'content/ateliers/bretagne/2026-10-05-chez-karim-benali-06-11-22-33-44.md';
  const input: ConsultationInput = {
    notes: [DECLARING, note(named, 'participants: { total: 8 }', '## Ce qui fonctionne\n\n- Le dossier partagé.\n- RAS\n'), note(phone, 'region: [Bretagne')],
    surveys: [],
    themes: null,
    pseudonyms: null,
    settings: null,
  };
  const { synthesis } = synthesize(input);

  it('publishes them masked everywhere: sessions, items, set-aside entries, bilan, diagnostics', () => {
    expect(leaks(synthesis)).toEqual([]);
    const published = 'content/ateliers/bretagne/2026-10-07-[personne]-[personne]-Vannes.md';
    expect(synthesis.sessions.map((s) => s.file)).toContain(published);
    expect(synthesis.items.some((i) => i.source.file === published)).toBe(true);
    expect(synthesis.setAside.some((e) => e.source.file === published)).toBe(true);
    expect(synthesis.reconciliation.files.map((f) => f.file)).toContain('content/ateliers/bretagne/2026-10-05-chez-karim-benali-[téléphone].md');
  });

  it('asks for the file to be renamed', () => {
    const [warning] = warningsAt(synthesis, 'content/ateliers/bretagne/2026-10-05-chez-karim-benali-[téléphone].md').filter((m) => m.includes('nom du fichier'));
    expect(warning).toBe(
      '1: Le nom du fichier contient une donnée personnelle (numéro de téléphone) : le site et les exports le publient masqué, « content/ateliers/bretagne/2026-10-05-chez-karim-benali-[téléphone].md ».',
    );
  });

  it('shows the real names again in the dry run, read on the ambassador’s machine', () => {
    const local = withRealPaths(synthesis, inputFiles(input));
    expect(local.diagnostics.filter((d) => d.message.includes('nom du fichier contient')).map((d) => d.file).sort()).toEqual([phone, named]);
    expect(local.reconciliation.files.map((f) => f.file)).toEqual(expect.arrayContaining([phone, named]));
    // The file is still blocked (its region is not valid YAML), under its real name.
    expect(local.diagnostics.some((d) => d.file === phone && d.severity === 'blocking')).toBe(true);
  });
});

describe('titles, headings, CSV headers and diagnostics quoting a value', () => {
  const csv = 'Région;Vous êtes;Remarques de Marie Curie\nBretagne;Conseiller;Le tableau de bord est clair.\nBernadette Chirac bc@example.fr;Direction;Les listes sont lentes.\nBretagne;Catherine Deneuve 0611223344;Outil stable et rapide.\nBretagne;Conseiller;Trop de champs;Extra Christian Clavier 0622334455\n';
  const sidecar = { file: 'data/enquetes/test.yml', content: 'titre: Enquête test de Bernard Lavilliers\nseparateur: ";"\ncolonnes:\n  region: "Région"\n  profil: "Vous êtes"\n  textes:\n    - { colonne: "Remarques de Marie Curie", tag: auto }\n' };
  const synthesis = run(
    [note('content/ateliers/bretagne/2026-10-08-lorient.md', 'departements: ["56", "Jean-Luc Mélenchon 06 12 34 56 78"]\nparticipants: { total: 7 }', '## Ce qui fonctionne avec Mme Dupont\n\n- Le dossier partagé aide à suivre les jeunes.\n')],
    [{ file: 'data/enquetes/test.csv', bytes: new TextEncoder().encode(csv), sidecar }],
  );

  it('publishes none of them', () => {
    expect(leaks(synthesis)).toEqual([]);
    expect(synthesis.sessions.find((s) => s.kind === 'survey')?.title).toBe('Enquête test de [personne]');
    expect(synthesis.items.find((i) => i.source.file.endsWith('lorient.md'))?.question).toBe('Ce qui fonctionne avec Mme [personne]');
    expect(synthesis.items.find((i) => i.source.file === 'data/enquetes/test.csv')?.source.field).toBe('Remarques de [personne]');
  });

  it('quotes the values masked in the diagnostics, the bilan’s list of entries set aside too', () => {
    const quoted = synthesis.diagnostics.filter((d) => ['departement-inconnu', 'region-inconnue', 'profil-inconnu', 'nombre-de-champs-incorrect'].includes(d.code));
    // A shifted row's message names the columns around the cut (a header, masked), the others the value read.
    for (const d of quoted) expect(d.message, d.code).toMatch(d.code === 'nombre-de-champs-incorrect' ? /« Remarques de \[personne\] »/ : /« [^»]*\[personne\] \[(téléphone|courriel)\]/);
    expect(quoted.map((d) => d.code).sort()).toEqual(['departement-inconnu', 'nombre-de-champs-incorrect', 'profil-inconnu', 'region-inconnue']);
    // The shifted row is set aside whole, as written, masked.
    expect(synthesis.setAside.map((e) => e.text)).toContain('Bretagne;Conseiller;Trop de champs;Extra [personne] [téléphone]');
  });
});

describe('small groups', () => {
  const file = 'content/ateliers/bretagne/2026-10-09-brest.md';
  const synthesis = run([
    note(file, 'structures: ["Mission Locale du Pays de Brest"]\nparticipants:\n  total: 10\n  profils: { conseiller: 9, direction: 1 }'),
    note('content/ateliers/bretagne/2026-10-10-morlaix.md', 'structures: ["Mission Locale du Pays de Morlaix"]\nparticipants: { total: 1, profils: { direction: 1 } }'),
    note('content/ateliers/bretagne/2026-10-11-vitre.md', 'structures: ["Mission Locale de Vitré"]\nparticipants: { total: 9, profils: { conseiller: 6, direction: 3 } }'),
  ]);

  it('publishes a workshop’s breakdown by profile as written: it says who attended, no statement is tied to a profile', () => {
    expect(synthesis.sessions.find((s) => s.file === file)).toMatchObject({ participants: 10, profiles: { conseiller: 9, direction: 1 } });
    expect(warningsAt(synthesis, file, 'petit-groupe')).toEqual([]);
  });

  it('warns of a workshop of one or two, whose statements point at their authors', () => {
    expect(warningsAt(synthesis, 'content/ateliers/bretagne/2026-10-10-morlaix.md', 'petit-groupe')).toEqual([
      expect.stringMatching(/^\d+: L’atelier ne compte qu’un participant : avec sa structure/),
    ]);
    expect(warningsAt(synthesis, 'content/ateliers/bretagne/2026-10-11-vitre.md', 'petit-groupe')).toEqual([]);
  });

  it('publishes without its profile a survey’s answer from a profile of 1 or 2 respondents in a region, and says so', () => {
    // The one young person answering from Martinique points at nobody: thousands share that profile there.
    const csv = 'Région;Vous êtes;Remarque\nCorse;Direction;Le réseau est bon.\nBretagne;Conseiller;Clair.\nBretagne;Conseiller;Rapide.\nBretagne;Conseiller;Stable.\nMartinique;Jeune;Ça va.\n';
    const sidecar = { file: 'data/enquetes/s.yml', content: 'separateur: ";"\ncolonnes:\n  region: "Région"\n  profil: "Vous êtes"\n  textes:\n    - { colonne: "Remarque", tag: auto }\n' };
    const survey = run([], [{ file: 'data/enquetes/s.csv', bytes: new TextEncoder().encode(csv), sidecar }]);
    expect(warningsAt(survey, 'data/enquetes/s.csv', 'petit-groupe')).toEqual([
      '2: Un groupe compte moins de 3 répondants d’un même profil dans une même région (sa première réponse ligne 2) : sa réponse est publiée sans son profil, comme « profil non publié », car ce profil et cette région désigneraient leurs auteurs.',
    ]);
    expect(survey.items.filter((item) => item.format === 'enquete').map((item) => `${item.region} ${item.profile}`).sort()).toEqual(['02 jeune', '53 conseiller', '53 conseiller', '53 conseiller', '94 non-publie']);
  });
});

describe('a header that cannot be read', () => {
  it('still masks the names it declares in the items', () => {
    const broken = { file: 'content/ateliers/bretagne/2026-10-12-lannion.md', content: '---\ntitre: Lannion\nambassadeurs: ["Yvonne Lebreton", Hervé Le Goff]\nregion: [Bretagne\n---\n\n## Ce qui fonctionne\n\n- Yvonne et Hervé Le Goff trouvent l’outil rapide.\n' };
    const unclosed = { file: 'content/ateliers/bretagne/2026-10-13-dinan.md', content: '---\ntitre: Dinan\nambassadeurs:\n  - Paulette Rivière\n\n## Ce qui fonctionne\n\n- Paulette Rivière trouve l’outil rapide.\n' };
    const json = JSON.stringify(run([broken, unclosed]));
    for (const name of ['Yvonne', 'Lebreton', 'Goff', 'Paulette', 'Rivière']) expect(json).not.toContain(name);
  });
});
