/**
 * `livre-blanc new`: the JSON mode (scripts) and the real @inquirer prompts driven through streams,
 * as a person would at a terminal (arrows, Space, Enter).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sink, terminal } from '../support/terminal.ts';
import { runNew } from '../../src/cli/new.ts';
import { main } from '../../src/cli/main.ts';
import { draftToJson } from '../../src/entry/draft-json.ts';
import { REPO, sampleDraft } from './helpers.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'livre-blanc-new-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Collects what the command prints. */

function writeDraft(draft: unknown): string {
  const file = path.join(root, 'brouillon.json');
  writeFileSync(file, JSON.stringify(draft));
  return file;
}

const NOTE = 'content/ateliers/nouvelle-aquitaine/2026-09-12-saintes.md';

describe('livre-blanc new --depuis (no terminal)', () => {
  it('writes the note under --root, runs the dry run on it and exits 0', async () => {
    const output = sink();
    const code = await runNew(['--root', root, '--depuis', writeDraft(draftToJson(sampleDraft()))], { output });
    expect(code).toBe(0);
    const written = readFileSync(path.join(root, NOTE), 'utf8');
    expect(written).toMatch(/^---\ntitre: Atelier Nouvelle-Aquitaine — Saintes\n/);
    expect(output.text()).toContain(`Note écrite : ${NOTE}`);
    expect(output.text()).toContain('3 lus = 3 retenus + 0 écarté');
    // Only the new note was checked: nothing is said of the rest of the consultation.
    expect(output.text()).toContain('Aucune erreur bloquante');
    expect(output.text()).toContain('la note peut être publiée (« livre-blanc check » vérifie toute la consultation)');
    expect(output.text()).not.toContain('la consultation peut être publiée');
  });

  it('writes the note with a final newline, and sets apart what the dry run finds elsewhere in the consultation', async () => {
    mkdirSync(path.join(root, 'content'));
    mkdirSync(path.join(root, 'data'));
    copyFileSync(path.join(REPO, 'data/themes.yml'), path.join(root, 'data/themes.yml'));
    // An example contact address: a warning about the site's settings, which this note neither causes nor fixes.
    writeFileSync(path.join(root, 'content/consultation.yml'), 'contact_accessibilite: accessibilite@livre-blanc-si.example.org\n');
    const output = sink();
    expect(await runNew(['--root', root, '--depuis', writeDraft(draftToJson(sampleDraft()))], { output })).toBe(0);
    expect(readFileSync(path.join(root, NOTE), 'utf8')).toMatch(/[^\n]\n$/);
    const text = output.text();
    const report = text.slice(text.indexOf('Tir à blanc sur cette note'));
    // Not shown as the note's, nor counted in its verdict…
    expect(report).not.toContain('contact-accessibilite-exemple');
    expect(report).not.toMatch(/^content\/consultation\.yml$/m);
    expect(report).toMatch(/✓ Aucune erreur bloquante(, aucun avertissement)?(, \d+ informations?)? : la note peut être publiée/);
    // …but said apart, counted.
    expect(report).toMatch(/^Et 1 avertissement(?: et \d+ informations?)? ailleurs dans la consultation \(content\/consultation\.yml\), sans rapport avec cette note/m);
  });

  it('uses the consultation’s own taxonomy for the dry run', async () => {
    const draft = draftToJson({ ...sampleDraft(), items: { working: [{ text: 'Rapide.', themes: ['saisie'], votes: null }], broken: [], needs: [] } });
    // No data/themes.yml under this root: check says so, once (not once more per #theme, all unknown there).
    const bare = sink();
    await runNew(['--root', root, '--depuis', writeDraft(draft)], { output: bare });
    expect(bare.text()).toContain('themes-absents');
    expect(bare.text()).not.toContain('theme-inconnu');
    // With the repository's taxonomy, #saisie is a known theme.
    mkdirSync(path.join(root, 'data'));
    copyFileSync(path.join(REPO, 'data/themes.yml'), path.join(root, 'data/themes.yml'));
    const withThemes = sink();
    await runNew(['--root', root, '--depuis', writeDraft(draft), '--ecraser'], { output: withThemes });
    expect(withThemes.text()).not.toContain('theme-inconnu');
    expect(withThemes.text()).not.toContain('themes-absents');
  });

  it('refuses to overwrite without --ecraser (exit 2), and overwrites with it', async () => {
    const file = writeDraft(draftToJson(sampleDraft()));
    expect(await runNew(['--root', root, '--depuis', file], { output: sink() })).toBe(0);
    writeFileSync(path.join(root, NOTE), 'modifié à la main');
    expect(await main(['new', '--root', root, '--depuis', file])).toBe(2);
    expect(readFileSync(path.join(root, NOTE), 'utf8')).toBe('modifié à la main');
    expect(await runNew(['--root', root, '--depuis', file, '--ecraser'], { output: sink() })).toBe(0);
    expect(readFileSync(path.join(root, NOTE), 'utf8')).toMatch(/^---\n/);
  });

  it('exits 1 when the dry run finds a blocking problem in the written note', async () => {
    const output = sink();
    // A draft's own fields are checked before writing (an unknown region is refused, code 2); what the
    // note is read against remains: here the consultation's themes file, which the note's #tags need.
    mkdirSync(path.join(root, 'data'));
    writeFileSync(path.join(root, 'data/themes.yml'), 'themes:\n  - id: saisie\n    label: [Saisie\n');
    const code = await runNew(['--root', root, '--depuis', writeDraft(draftToJson(sampleDraft()))], { output });
    expect(code).toBe(1);
    expect(output.text()).toContain('data/themes.yml');
  });

  it('writes a pasted list as its items, says so before writing, and the dry run reads the note as written', async () => {
    const pasted = [
      '\uF0B7 Le guichet ferme à midi.',
      '\uF0B7 Les formulaires sont trop longs pour les',
      'personnes âgées.',
      '\uF0B7 Plus de permanence le samedi \uF0B7 Moins de files d’attente.',
    ].join('\n');
    const output = sink();
    const draft = { ...draftToJson({ ...sampleDraft(), items: { working: [], broken: [], needs: [] } }), elements: { dysfonctionne: [pasted], besoins: ['#saisie'] } };
    expect(await runNew(['--root', root, '--depuis', writeDraft(draft)], { output })).toBe(0);
    const written = readFileSync(path.join(root, NOTE), 'utf8');
    expect(written).not.toMatch(/[\uE000-\uF8FF]/u);
    expect(written).toContain(
      [
        '## Ce qui dysfonctionne',
        '',
        '- Le guichet ferme à midi.',
        '- Les formulaires sont trop longs pour les',
        '  personnes âgées.',
        '- Plus de permanence le samedi',
        '- Moins de files d’attente.',
        '',
        '## Besoins et attentes',
        '',
        '- #saisie',
      ].join('\n'),
    );
    const text = output.text();
    expect(text.indexOf('tient 4 retours')).toBeLessThan(text.indexOf('La note sera écrite dans'));
    expect(text).toContain('1 sépare deux retours');
    // The lone theme is written, and the dry run says it has no text instead of it vanishing.
    expect(text).toContain('[element-vide]');
    expect(text).toContain('5 lus = 4 retenus + 1 écarté (1 puce vide [element-vide])');
  });

  it('exits 2 on an unreadable draft or without a terminal', async () => {
    expect(await main(['new', '--root', root, '--depuis', writeDraft({ date: 3, format: 'webcam' })])).toBe(2);
    expect(await main(['new', '--root', root, '--depuis', path.join(root, 'absent.json')])).toBe(2);
    await expect(runNew(['--root', root], { interactive: false })).rejects.toThrow(/demande un terminal/);
    expect(await main(['new', '--root', path.join(root, 'absent')])).toBe(2);
  });
});


async function waitFor(output: { text: () => string }, text: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!output.text().includes(text)) {
    if (Date.now() > deadline) throw new Error(`Texte attendu : « ${text} »`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const ENTER = '\r';
const DOWN = '\u001b[B';

describe('livre-blanc new (interactive prompts)', () => {
  it('asks in French, with arrows, Space and Enter, and writes a valid note', async () => {
    const { input, output, answer } = terminal();
    const run = runNew(['--root', root], { input, output, interactive: true });
    // The region is searched: a typo is met with the region meant, Enter takes it.
    await answer("Région de l’atelier", 'Bretagen');
    await waitFor(output, 'vouliez-vous dire Bretagne ?');
    input.write(ENTER);
    await answer("Lieu de l’atelier", 'Quimper' + ENTER);
    await answer("Date de l’atelier", '2026-02-30' + ENTER);
    await waitFor(output, "n’existe pas");
    input.write('\u0015' + '18/11/2026' + ENTER); // Ctrl+U clears the wrong date
    await answer("Format de l’atelier", ENTER);
    await answer('Est-ce un atelier avec des jeunes', 'o' + ENTER);
    await answer('Départements représentés', DOWN + ' ' + ENTER); // 22, then 29 checked
    await answer('Structure représentée', 'Mission Locale du Pays de Cornouaille' + ENTER);
    await answer('Structure représentée n° 2', ENTER);
    await answer('Ambassadeur ou ambassadrice', 'Maëlle K.' + ENTER);
    await answer('Ambassadeur ou ambassadrice (prénom, initiale) n° 2', ENTER);
    await answer('Nombre total de participants', '11' + ENTER);
    await answer('Profils présents', ' ' + ENTER); // conseiller, plus jeune pre-checked
    await answer('Nombre de participants « Conseillers »', '2' + ENTER);
    await answer('Nombre de participants « Jeunes »', '9' + ENTER);
    await answer('Élément de « Ce qui fonctionne » n° 1', 'On est bien reçus, même sans rendez-vous. #accueil' + ENTER);
    await answer('Élément de « Ce qui fonctionne » n° 2 (vide pour passer à la partie suivante)', ENTER);
    await answer('Élément de « Ce qui dysfonctionne » n° 1', ENTER);
    await answer('Élément de « Besoins et attentes » n° 1', 'Des SMS de rappel avant les rendez-vous. #sms (4 votes)' + ENTER);
    await answer('Élément de « Besoins et attentes » n° 2 (vide pour terminer la note)', ENTER);
    expect(await run).toBe(0);

    const note = readFileSync(path.join(root, 'content/ateliers/bretagne/2026-11-18-quimper.md'), 'utf8');
    expect(note).toContain('titre: Atelier jeunes Bretagne — Quimper\n');
    expect(note).toContain('profil: jeune\n');
    expect(note).toContain('departements: ["29"]\n');
    expect(note).toContain('profils: {conseiller: 2, jeune: 9}');
    expect(note).toContain('## Besoins et attentes\n\n- Des SMS de rappel avant les rendez-vous. #sms (4 votes)\n');
    expect(note).not.toContain('Ce qui dysfonctionne');
    expect(output.text()).toContain('Note écrite : content/ateliers/bretagne/2026-11-18-quimper.md');
  });

  it('asks before overwriting, and writes nothing when the answer is no', async () => {
    const file = writeDraft({ ...draftToJson(sampleDraft()), elements: {} });
    expect(await runNew(['--root', root, '--depuis', file], { output: sink() })).toBe(0);
    writeFileSync(path.join(root, NOTE), 'à garder');
    const { input, output, answer } = terminal();
    const run = runNew(['--root', root], { input, output, interactive: true });
    // A département names its region; arrows still move in the list (Nouvelle-Aquitaine is alone here).
    await answer("Région de l’atelier", 'Charente-Maritime');
    await waitFor(output, 'région du département Charente-Maritime (17)');
    input.write(DOWN + ENTER);
    await answer("Lieu de l’atelier", 'Saintes' + ENTER);
    await answer("Date de l’atelier", '2026-09-12' + ENTER);
    await answer("Format de l’atelier", ENTER);
    await answer('Est-ce un atelier avec des jeunes', ENTER);
    await answer('Départements représentés', ENTER);
    await answer('Structure représentée', ENTER);
    await answer('Ambassadeur ou ambassadrice', ENTER);
    await answer('Nombre total de participants', ENTER);
    await answer('Profils présents', ENTER);
    await answer('Élément de « Ce qui fonctionne » n° 1', ENTER);
    await answer('Élément de « Ce qui dysfonctionne » n° 1', ENTER);
    await answer('Élément de « Besoins et attentes » n° 1', ENTER);
    await answer('Ce fichier existe déjà. Le remplacer ?', ENTER);
    expect(await run).toBe(2);
    expect(output.text()).toContain("Rien n’a été écrit");
    expect(readFileSync(path.join(root, NOTE), 'utf8')).toBe('à garder');
    expect(existsSync(path.join(root, 'content/ateliers/nouvelle-aquitaine'))).toBe(true);
  });
});
