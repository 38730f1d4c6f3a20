import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../support/run-cli.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-tag-');

let dir = '';
/** A file in this test's temporary directory. */
const at = (name: string) => path.join(dir, name);
beforeEach(() => {
  dir = tempDir();
  // A small taxonomy of its own, so the test does not depend on the repository's data/themes.yml.
  writeFileSync(
    at('themes.yml'),
    'themes:\n' +
      '  - id: sante\n    libelle: Santé\n    description: Soins.\n    mots_cles: [hôpital, médecin]\n' +
      '  - id: saisie\n    libelle: Saisie\n    description: Saisie.\n    mots_cles: [saisie]\n',
  );
});


const SEMICOLON_CSV =
  '\ufeffid;Question;Réponse\r\n' +
  '1;Quels services vous manquent ?;Hôpital de proximité\r\n' +
  '2;Quels services se sont améliorés ?;Hôpital de proximité\r\n' +
  '3;Commentaire libre;"La recherche est rapide,\r\nmais la saisie est lente."\r\n' +
  '4;Commentaire libre;RAS\r\n';

function parse(csv: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true }).data;
}

describe('livre-blanc tag', () => {
  it('without a taxonomy where it runs, says how to give one', () => {
    writeFileSync(at('in.csv'), SEMICOLON_CSV);
    const bin = path.resolve(import.meta.dirname, '../../bin/livre-blanc.js');
    // Run from the temporary folder, without the taxonomy the other tests give.
    rmSync(at('themes.yml'));
    const result = spawnSync(process.execPath, [bin, 'tag', '--input', 'in.csv', '--text-column', 'Réponse', '--out', 'out.csv'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Aucun fichier de thèmes (data/themes.yml ou themes.yml ici, ou --themes FICHIER)');
    expect(result.stderr).not.toContain('est absent');
  });

  it('warns when the text column does not read as French, and only then', async () => {
    const rows = (texts: string[]) => ['id;Texte', ...texts.map((text, i) => `${i + 1};${text}`)].join('\n');
    writeFileSync(
      at('en.csv'),
      rows([
        'The system is very slow on Monday mornings, when everybody logs in.',
        'We type the same data twice in two different tools, every single day.',
        'A calendar shared with our partners would save us a lot of time.',
        'Statistics take hours to extract at the end of every month.',
      ]),
    );
    writeFileSync(
      at('fr.csv'),
      rows([
        'Le système est très lent le lundi matin, quand tout le monde se connecte.',
        'On saisit deux fois les mêmes données dans deux outils, tous les jours.',
        'Un agenda partagé avec les partenaires nous ferait gagner du temps.',
        'Les statistiques prennent des heures à sortir à la fin de chaque mois.',
      ]),
    );
    const english = await run(['tag', '--input', at('en.csv'), '--text-column', 'Texte', '--out', at('en-out.csv')]);
    expect(english.code).toBe(0);
    expect(english.stderr).toContain('la colonne « Texte » semble écrite en anglais, pas en français');
    const french = await run(['tag', '--input', at('fr.csv'), '--text-column', 'Texte', '--out', at('fr-out.csv')]);
    expect(french.code).toBe(0);
    expect(french.stderr).not.toContain('semble écrite');
  });

  it('adds tags, confidence and themes, keeping the separator, the BOM and every column', async () => {
    writeFileSync(at('in.csv'), SEMICOLON_CSV);
    const { code, stderr } = await run(['tag', '--input', at('in.csv'), '--text-column', 'Réponse', '--context-column', 'Question', '--out', at('out/tagged.csv'), '--themes', at('themes.yml')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/4 lignes étiquetées/);
    const text = readFileSync(at('out/tagged.csv'), 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parse(text, ';');
    expect(rows[0]).toEqual(['id', 'Question', 'Réponse', 'tags', 'confidence', 'themes']);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['needs', 'working', 'working;broken', 'none']);
    expect(rows[3]![2]).toContain('\n');
    expect(rows[1]![4]).toMatch(/^0,\d\d$/);
    expect(rows.slice(1).map((r) => r[5])).toEqual(['sante', 'sante', 'saisie', '']);
  });

  it('writes to standard output without --out, and reads the answer alone without --context-column', async () => {
    writeFileSync(at('in.csv'), 'texte,autre\nIl faudrait un agenda partagé,x\n"Pas de problème, tout va bien",y\n');
    const { code, stdout } = await run(['tag', '--input', at('in.csv'), '--text-column', 'texte', '--themes', at('themes.yml')]);
    expect(code).toBe(0);
    const rows = parse(stdout, ',');
    expect(rows.map((r) => r[4])).toEqual(['themes', 'autres', 'autres']);
    expect(rows.map((r) => r[2])).toEqual(['tags', 'needs', 'working']);
    expect(rows[1]![3]).toMatch(/^0\.\d\d$/);
  });

  it('exits 2 with the available columns when the text column is missing', async () => {
    writeFileSync(at('in.csv'), SEMICOLON_CSV);
    const { code, stderr } = await run(['tag', '--input', at('in.csv'), '--text-column', 'Commentaire']);
    expect(code).toBe(2);
    expect(stderr).toContain('Colonne « Commentaire » introuvable');
    expect(stderr).toContain('« id », « Question », « Réponse »');
  });

  it('exits 2 on a missing flag, a missing file or a missing context column', async () => {
    writeFileSync(at('in.csv'), SEMICOLON_CSV);
    expect((await run(['tag', '--input', at('in.csv')])).code).toBe(2);
    expect((await run(['tag', '--input', at('absent.csv'), '--text-column', 'Réponse'])).stderr).toContain('Fichier introuvable');
    expect((await run(['tag', '--input', at('in.csv'), '--text-column', 'Réponse', '--context-column', 'Q'])).code).toBe(2);
  });

  it('reads a Windows-1252 file with a single column', async () => {
    const latin1 = Buffer.from('réponse\r\nLa saisie est très lente\r\nDéjà très bien\r\n', 'latin1');
    writeFileSync(at('in.csv'), latin1);
    const { code, stdout } = await run(['tag', '--input', at('in.csv'), '--text-column', 'réponse', '--themes', at('themes.yml')]);
    expect(code).toBe(0);
    // A single column has no separator of its own: the output uses « ; », as French Excel does.
    expect(parse(stdout, ';').map((r) => r[0] + '|' + r[1])).toEqual(['réponse|tags', 'La saisie est très lente|broken', 'Déjà très bien|working']);
  });
});

describe('livre-blanc eval', () => {
  const LABELLED =
    'texte;question;attendu\n' +
    'Rien ne marche;Commentaire;broken\n' +
    'Pas de difficulté;Commentaire;working\n' +
    'Il faudrait un agenda partagé;Commentaire;needs\n' +
    'RAS;Commentaire;none\n' +
    'Hôpital de proximité;Quels services vous manquent ?;needs\n' +
    'Le site est rapide, mais la saisie est lente;Commentaire;working;broken\n' +
    'Le module agenda;Commentaire;broken\n' +
    'Sans réponse;Commentaire;\n';

  it('prints precision, recall, F1 per label, macro-F1 and the confusion table in French', async () => {
    writeFileSync(at('labels.csv'), LABELLED.replace('working;broken', '"working;broken"'));
    const { code, stdout } = await run(['eval', '--input', at('labels.csv'), '--text-column', 'texte', '--labels-column', 'attendu', '--context-column', 'question']);
    expect(code).toBe(0);
    expect(stdout).toContain('7 réponses annotées');
    expect(stdout).toMatch(/working \(fonctionne\)\s+1,000\s+1,000\s+1,000/);
    expect(stdout).toMatch(/broken \(dysfonctionne\)\s+1,000\s+0,667\s+0,800/);
    // "Le module agenda" under no usable question is a guess (needs, confidence 0.2): one error.
    expect(stdout).toMatch(/needs \(besoins\)\s+0,667\s+1,000\s+0,800\s+2\s+1\s+0\s+4/);
    expect(stdout).toMatch(/none \(non-réponse\)\s+1,000\s+1,000\s+1,000/);
    expect(stdout).toMatch(/F1 macro \(moyenne des quatre F1\) : 0,900/);
    expect(stdout).toContain('Tableau de confusion');
    expect(stdout).toMatch(/broken\s+1\s+2\s+1\s+0/);
    expect(stdout).toContain('1 lignes sans étiquette ont été ignorées');
  });

  it('gives the same figures as JSON', async () => {
    writeFileSync(at('labels.csv'), LABELLED.replace('working;broken', '"working;broken"'));
    const { code, stdout } = await run(['eval', '--input', at('labels.csv'), '--text-column', 'texte', '--labels-column', 'attendu', '--context-column', 'question', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { answers: number; macroF1: number; perLabel: Array<{ label: string; f1: number; truePositives: number }>; unlabelled: number };
    expect(report.answers).toBe(7);
    expect(report.unlabelled).toBe(1);
    expect(report.macroF1).toBe(0.9);
    expect(report.perLabel.map((s) => s.label)).toEqual(['working', 'broken', 'needs', 'none']);
  });

  it('joins a separate labels file on key columns', async () => {
    writeFileSync(at('texts.csv'), 'q,row,comment\nA,1,Rien ne marche\nA,2,RAS\nB,1,Il faudrait un agenda partagé\nB,2,Texte sans étiquette\n');
    writeFileSync(at('ids.csv'), 'q,row,labels\nA,1,broken\nA,2,none\nB,1,needs\nC,9,working\n');
    const { code, stdout, stderr } = await run(['eval', '--input', at('texts.csv'), '--text-column', 'comment', '--labels', at('ids.csv'), '--key-columns', 'q,row']);
    expect(code).toBe(0);
    expect(stdout).toContain('3 réponses annotées');
    expect(stdout).toContain('F1 macro (moyenne des quatre F1) : 0,750');
    expect(stderr).toContain('1 étiquettes ne correspondent à aucune ligne');
  });

  it('exits 2 on unknown labels, with their lines', async () => {
    writeFileSync(at('labels.csv'), 'texte,attendu\nRien ne marche,broken\nRAS,peut-être\n');
    const { code, stderr } = await run(['eval', '--input', at('labels.csv'), '--text-column', 'texte', '--labels-column', 'attendu']);
    expect(code).toBe(2);
    expect(stderr).toContain('ligne 3 : « peut-être »');
  });

  it('exits 2 when the labels column is missing', async () => {
    writeFileSync(at('labels.csv'), 'texte,attendu\nRien ne marche,broken\n');
    const { code, stderr } = await run(['eval', '--input', at('labels.csv'), '--text-column', 'texte', '--labels-column', 'étiquettes']);
    expect(code).toBe(2);
    expect(stderr).toContain('« texte », « attendu »');
  });
});
