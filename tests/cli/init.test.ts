/** `livre-blanc init`: a new consultation that `check` accepts and `synthesize` reads, never overwriting what is there. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { withoutSynthesisCache } from '../support/no-cache.ts';
import { sink, terminal } from '../support/terminal.ts';
import { runInit } from '../../src/cli/init.ts';
import { GENERIC_THEMES } from '../../src/cli/init-themes.ts';
import { runCli } from '../support/run-cli.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/livre-blanc.js');
const PACKAGE = path.resolve(import.meta.dirname, '../..');
const EXAMPLE = 'content/ateliers/ile-de-france/exemple-a-supprimer.md';
const newDir = tempDirs('livre-blanc-init-');


const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

// The dry run and the synthesis of each new folder are computed, not taken from a cache another run left.
withoutSynthesisCache();

describe('livre-blanc init', () => {
  it('creates a consultation that check accepts without a blocking error and synthesize reads', async () => {
    const root = path.join(newDir(), 'ma-consultation'); // not there yet: created
    const output = sink();
    expect(await runInit([root, '--titre', 'Consultation sur l’accueil', '--description', 'Ce que les usagers disent de l’accueil.'], { output, interactive: false, today: '2026-11-02' })).toBe(0);
    for (const file of ['content/consultation.yml', 'data/themes.yml', 'content/ateliers/LISEZ-MOI.md', 'data/enquetes/LISEZ-MOI.md', 'content/livre-blanc/introduction.mdx', EXAMPLE]) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
    }
    expect(read(root, 'content/consultation.yml')).toContain('titre: Consultation sur l’accueil\ndescription: Ce que les usagers disent de l’accueil.\n');
    expect(read(root, 'content/consultation.yml')).toContain('# contact_accessibilite: ');
    expect(read(root, 'content/livre-blanc/introduction.mdx')).toMatch(/<Figure stat="items" \/>[\s\S]*<Chart kind="tags"/);
    expect(output.text()).toContain('Et maintenant :');
    expect(output.text()).toMatch(/check -- --root |check --root /);

    const check = await runCli(['check', '--root', root]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Aucune erreur bloquante');
    // The read-mes are for people: neither read as a note nor reported as a file left out.
    expect(check.stdout).not.toContain('LISEZ-MOI');
    expect(check.stdout).toContain('Total : 6 lus = 6 retenus + 0 écarté');
    // Its invented feedback is said at each dry run, so that it is never published unnoticed.
    expect(check.stdout).toContain('[note-exemple]');

    const out = path.join(newDir(), 'synthese.json');
    const synthesize = await runCli(['synthesize', '--root', root, '--out', out]);
    expect(synthesize.code).toBe(0);
    const synthesis = JSON.parse(readFileSync(out, 'utf8')) as { items: unknown[]; settings?: { title?: string } };
    expect(synthesis.items).toHaveLength(6);
    expect(readFileSync(out, 'utf8')).toContain('Consultation sur l’accueil');
  });

  it('run again, keeps the user’s edits, adds only what is missing and says what it left', async () => {
    const root = newDir();
    expect(await runInit([root], { output: sink(), interactive: false })).toBe(0);
    writeFileSync(path.join(root, 'content/consultation.yml'), 'titre: Mon titre à moi\n');
    writeFileSync(path.join(root, 'data/themes.yml'), 'themes: []\n');
    rmSync(path.join(root, 'content/livre-blanc/introduction.mdx'));
    const output = sink();
    expect(await runInit([root, '--titre', 'Autre titre'], { output, interactive: false })).toBe(0);
    expect(read(root, 'content/consultation.yml')).toBe('titre: Mon titre à moi\n');
    expect(read(root, 'data/themes.yml')).toBe('themes: []\n');
    expect(existsSync(path.join(root, 'content/livre-blanc/introduction.mdx'))).toBe(true);
    const said = output.text();
    expect(said).toMatch(/Fichiers créés :\n  content\/livre-blanc\/introduction\.mdx\n/);
    expect(said).toMatch(/Laissés tels quels[^\n]*\n  content\/consultation\.yml\n  data\/themes\.yml\n/);
    expect(said).toContain('--titre est sans effet');

    const third = sink();
    expect(await runInit([root], { output: third, interactive: false })).toBe(0);
    expect(third.text()).toContain('Rien à ajouter');
    // The example note is still there: it is recalled until deleted, and not written again once it is.
    expect(third.text()).toContain(`Supprimez ensuite la note d’exemple, ${EXAMPLE}`);
    rmSync(path.join(root, EXAMPLE));
    writeFileSync(path.join(root, 'data/enquetes/avis.csv'), 'Région;Vos attentes\nBretagne;Des rendez-vous plus rapides\n');
    const fourth = sink();
    expect(await runInit([root], { output: fourth, interactive: false })).toBe(0);
    expect(existsSync(path.join(root, EXAMPLE))).toBe(false);
    expect(fourth.text()).not.toContain('note d’exemple');
  });

  it('adds no example note to a consultation that already has data, nor with --sans-exemple', async () => {
    const withSurvey = newDir();
    mkdirSync(path.join(withSurvey, 'data/enquetes'), { recursive: true });
    writeFileSync(path.join(withSurvey, 'data/enquetes/avis.csv'), 'Région;Vos attentes\nBretagne;Des rendez-vous plus rapides\n');
    const output = sink();
    expect(await runInit([withSurvey], { output, interactive: false })).toBe(0);
    expect(existsSync(path.join(withSurvey, EXAMPLE))).toBe(false);
    expect(output.text()).not.toContain('note d’exemple');

    const bare = newDir();
    expect(await runInit([bare, '--sans-exemple'], { output: sink(), interactive: false })).toBe(0);
    expect(existsSync(path.join(bare, EXAMPLE))).toBe(false);
    expect(existsSync(path.join(bare, 'content/ateliers/LISEZ-MOI.md'))).toBe(true);
  });

  it('copies the demo’s themes with --themes-de-la-demo, and still passes the dry run', async () => {
    const root = newDir();
    expect(await runInit([root, '--themes-de-la-demo'], { output: sink(), interactive: false })).toBe(0);
    expect(read(root, 'data/themes.yml')).toBe(read(PACKAGE, 'data/themes.yml'));
    expect((await runCli(['check', '--root', root])).code).toBe(0);
  });

  it('without a terminal, asks nothing and uses the defaults', async () => {
    const root = newDir();
    // A child process whose stdin is a pipe, as in a script or a CI job.
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'init', root], { env: { ...process.env, LIVRE_BLANC_CACHE: '0' } });
    expect(stdout).not.toContain('?');
    expect(stdout).toContain('Consultation prête');
    expect(read(root, 'content/consultation.yml')).toContain('titre: Livre blanc de la consultation\n');
    expect(read(root, 'content/consultation.yml')).toContain('# description: ');
    expect(read(root, 'data/themes.yml')).toBe(GENERIC_THEMES);
    expect(existsSync(path.join(root, EXAMPLE))).toBe(true);
  });

  it('says its help in French, and is listed among the commands', async () => {
    const help = await runCli(['init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Utilisation : livre-blanc init [DOSSIER]');
    expect(help.stdout).toContain('Aucun fichier existant n’est remplacé');
    expect(help.stdout).toContain('--themes-de-la-demo');
    expect((await runCli(['--help'])).stdout).toMatch(/\n {2}init +crée une nouvelle consultation/);
  });

  it('refuses a file, two folders, an unknown option and the package’s own folder (exit 2)', async () => {
    const dir = newDir();
    const file = path.join(dir, 'fichier.txt');
    writeFileSync(file, 'x');
    expect((await runCli(['init', file])).stderr).toContain('est un fichier');
    const two = await runCli(['init', path.join(dir, 'a'), path.join(dir, 'b')]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('Un seul dossier à la fois');
    expect((await runCli(['init', dir, '--ecraser'])).stderr).toContain('Option invalide : « --ecraser » n’existe pas');
    const demo = await runCli(['init', PACKAGE]);
    expect(demo.code).toBe(2);
    expect(demo.stderr).toContain('consultation de démonstration');
    expect(existsSync(path.join(PACKAGE, 'content/ateliers/LISEZ-MOI.md'))).toBe(false);
  });
});


const ENTER = '\r';
const DOWN = '\u001b[B';

describe('livre-blanc init (questions in a terminal)', () => {
  it('asks the title, the description, the contact, the themes and the example note, in French', async () => {
    const root = newDir();
    const { input, output, answer } = terminal();
    const run = runInit([root], { input, output, interactive: true });
    await answer('Titre du livre blanc', 'Consultation des usagers' + ENTER);
    await answer('Description', 'Ce que disent les usagers.' + ENTER);
    await answer('Courriel ou page où signaler un défaut d’accessibilité', 'accessibilite@service.gouv.fr' + ENTER);
    await answer('Thèmes de départ', DOWN + ENTER);
    await answer('Ajouter une note d’exemple', 'n' + ENTER);
    expect(await run).toBe(0);
    const settings = read(root, 'content/consultation.yml');
    expect(settings).toContain('titre: Consultation des usagers\ndescription: Ce que disent les usagers.\ncontact_accessibilite: accessibilite@service.gouv.fr\n');
    expect(settings).not.toContain('# contact_accessibilite: accessibilite@');
    expect(read(root, 'data/themes.yml')).toBe(read(PACKAGE, 'data/themes.yml'));
    expect(existsSync(path.join(root, EXAMPLE))).toBe(false);
  });

  it('asks nothing about a file that is already there', async () => {
    const root = newDir();
    mkdirSync(path.join(root, 'content'), { recursive: true });
    writeFileSync(path.join(root, 'content/consultation.yml'), 'titre: Déjà là\n');
    const { input, output, answer } = terminal();
    const run = runInit([root, '--sans-exemple'], { input, output, interactive: true });
    await answer('Thèmes de départ', ENTER);
    expect(await run).toBe(0);
    expect(output.text()).not.toContain('Titre du livre blanc');
    expect(read(root, 'data/themes.yml')).toBe(GENERIC_THEMES);
  });
});
