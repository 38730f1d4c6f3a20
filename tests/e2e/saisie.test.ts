/**
 * End-to-end: /saisie on the built demo site, in headless Chromium, with the keyboard only — fill the
 * workshop, add and remove items, see the live check reject an impossible date, take a suggested theme,
 * download the note, and have the real `livre-blanc check` accept it; the draft survives a reload and
 * is erased on request; axe-core finds no violation.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../../src/cli/build.ts';
import { HAS_CHROMIUM, runAxe, SKIP_MESSAGE, watchErrors } from './support/site.ts';
import { openEntryForm, type OpenEntryForm } from './support/entry-form.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const run = promisify(execFile);

describe.skipIf(!HAS_CHROMIUM)('saisie d’une note d’atelier (/saisie, Chromium, clavier seul)', () => {
  let form: OpenEntryForm | undefined;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    form = await openEntryForm({ acceptDownloads: true });
    ({ page, errors } = form);
  });

  afterAll(async () => {
    await form?.close();
  });

  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  /** Waits for the aria-live region to say `text` (announcements are made on the next tick). */
  const announced = (text: string) =>
    page.waitForFunction((expected) => document.getElementById('saisie-annonces')?.textContent?.includes(expected), text, { timeout: 2000 });

  /** Presses Tab (or Shift+Tab) until `reached` holds: what is tested must be reachable by keyboard. */
  async function tabUntil(reached: () => Promise<boolean>, backwards = false): Promise<void> {
    for (let i = 0; i < 150; i++) {
      if (await reached()) return;
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Élément non atteignable au clavier (focus sur #${await focused()}).`);
  }
  const tabTo = async (id: string, backwards = false) => tabUntil(async () => (await focused()) === id, backwards);

  /** Id of the n-th item's text field (0-based) in a section. */
  const itemId = (tag: string, n: number) => page.$$eval(`#s-${tag}-elements .item-text`, (inputs, i) => inputs[i]?.id ?? '', n);

  it('starts with the check telling what is missing, without marking untouched fields, and no accessibility violation', async () => {
    expect(await page.textContent('#verification-etat')).toContain('erreur bloquante');
    expect(await page.textContent('#verification-liste')).toContain('Région');
    // The summary counts the very list it shows (the place, a form-only warning, included).
    const status = (await page.textContent('#verification-etat')) ?? '';
    const counted = (pattern: RegExp) => Number(pattern.exec(status)?.[1] ?? 0);
    const listed = await page.$$eval('#verification-liste li', (lines) => lines.map((li) => [li.className, li.querySelector('a')?.textContent ?? '']));
    expect(listed).toEqual([
      ['msg-blocking', 'Région'],
      ['msg-warning', 'Lieu'],
      ['msg-warning', 'Date'],
      ['msg-warning', 'Éléments'],
    ]);
    expect(counted(/(\d+) erreurs? bloquantes?/)).toBe(listed.filter(([severity]) => severity === 'msg-blocking').length);
    expect(counted(/(\d+) avertissements?/)).toBe(listed.filter(([severity]) => severity === 'msg-warning').length);
    // It speaks of the form's fields, never of the note file's keys, lists or lines.
    const summary = (await page.textContent('#verification-liste')) ?? '';
    expect(summary).toContain('Tapez la région, son sigle');
    expect(summary).toContain('Indiquez la date de l’atelier');
    expect(summary).toContain('Ajoutez au moins un élément dans une des trois parties');
    expect(summary).not.toMatch(/ligne\s+\d|\bclé\b|en-tête|[a-z]+: \S|## |« - /);
    // Only the region blocks a note, as in `check`: the labels say so.
    expect(await page.textContent('label[for="f-region"]')).toContain('(obligatoire)');
    expect(await page.textContent('label[for="f-lieu"]')).toContain('(recommandé)');
    expect(await page.textContent('label[for="f-date"]')).toContain('(recommandée)');
    // The date takes « - » or « / »: a phone shows its full keyboard, not a numeric keypad without them.
    expect(await page.getAttribute('#f-date', 'type')).toBe('text');
    expect(await page.getAttribute('#f-date', 'inputmode')).toBeNull();
    // People's names: neither offered by the browser elsewhere nor sent to an online spell checker.
    expect(await page.getAttribute('#f-ambassadeurs', 'autocomplete')).toBe('off');
    expect(await page.getAttribute('#f-ambassadeurs', 'spellcheck')).toBe('false');
    // « Éléments » leads to the first item of « Ce qui fonctionne ».
    await page.click('#verification-liste li:nth-child(4) a');
    expect(await focused()).toBe(await itemId('working', 0));
    // An empty form is not a page of errors: a field says what is wrong once it is filled in or left.
    expect(await page.textContent('#f-region-msg')).toBe('');
    expect(await page.getAttribute('#f-region', 'aria-invalid')).toBeNull();
    expect(await runAxe(page)).toEqual([]);
    // Reloading the untouched form restores nothing and still marks nothing.
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('#saisie-chargement', { state: 'detached' });
    expect(await page.textContent('#saisie-annonces')).not.toContain('Brouillon restauré');
    expect(await page.textContent('#f-region-msg')).toBe('');
    // Saving into the consultation's folder is for `astro dev` only, even when the build runs under vitest (NODE_ENV=test).
    expect(await page.$('#enregistrer')).toBeNull();
  });

  it('holds a note the check would refuse: the focus goes to the summary, and downloading it takes « Télécharger quand même »', async () => {
    const downloads: string[] = [];
    const listener = (download: Download) => void downloads.push(download.suggestedFilename());
    page.on('download', listener);
    try {
      await page.click('#telecharger');
      await page.waitForSelector('#telechargement-suspendu', { state: 'visible' });
      expect(await focused()).toBe('verification-etat');
      const inView = await page.evaluate(() => {
        const box = document.getElementById('verification-etat')?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
      });
      expect(inView).toBe(true);
      expect(await page.textContent('#telechargement-suspendu-texte')).toMatch(/^Téléchargement suspendu\u00a0: corrigez d’abord l’erreur bloquante, ou téléchargez la note quand même/);
      expect(await runAxe(page)).toEqual([]);
      // From the status line, the next stops are the explicit choice, then the first line, which leads to the field.
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('telecharger-quand-meme');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Région');
      // A second click still asks: its handler has run once the focus is back on the status line.
      await page.click('#telecharger');
      expect(await focused()).toBe('verification-etat');

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#telecharger-quand-meme')]);
      // The browser reports downloads in the order they start: one the held clicks had started would be
      // listed before this one, which is no sleep's guess that nothing came.
      expect(downloads).toEqual([download.suggestedFilename()]);
      expect(download.suggestedFilename()).toMatch(/\.md$/);
      expect(await page.textContent('#chemin-note')).toContain('region-inconnue/');
      expect(await page.isHidden('#telechargement-suspendu')).toBe(true);
      expect(await focused()).toBe('telecharger');
      await announced('Attention : 1 erreur bloquante reste à corriger');

      // Once nothing blocks, the question goes away by itself.
      await page.click('#telecharger');
      await page.waitForSelector('#telechargement-suspendu', { state: 'visible' });
      await page.fill('#f-region', 'Bretagne');
      await page.waitForSelector('#telechargement-suspendu', { state: 'hidden' });
      expect(downloads).toHaveLength(1);
    } finally {
      page.off('download', listener);
    }
    // The next tests start from an untouched form.
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('#saisie-chargement', { state: 'detached' });
    expect(await page.inputValue('#f-region')).toBe('');
  });

  it('fills the workshop with the keyboard and shows the impossible date next to its field', async () => {
    await page.keyboard.press('Tab'); // skip link first: the page is keyboard-reachable from its top
    await tabTo('f-region');
    await tabTo('f-lieu'); // the region left empty: now it says so
    await page.waitForFunction(() => document.getElementById('f-region-msg')?.textContent?.includes('région'));
    expect(await page.getAttribute('#f-region', 'aria-invalid')).toBe('true');
    await tabTo('f-region', true);
    await page.keyboard.type('Bretagne');
    await tabTo('f-lieu');
    await page.keyboard.type('Quimper');
    await tabTo('f-date');
    await page.keyboard.type('2026-02-30');
    await page.waitForFunction(() => document.getElementById('f-date-msg')?.textContent?.includes('n’existe pas'));
    expect(await page.getAttribute('#f-date', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#f-date', 'aria-describedby')).toContain('f-date-msg');
    expect(await page.textContent('#verification-liste')).toContain('Date');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('18/11/2026');
    await page.waitForFunction(() => !document.getElementById('f-date-msg')?.textContent);
    expect(await page.getAttribute('#f-date', 'aria-invalid')).toBeNull();

    await tabTo('f-jeunes');
    await page.keyboard.press('Space');
    await tabTo('f-departement-29');
    await page.keyboard.press('Space');
    await tabTo('f-structures');
    await page.keyboard.type('Mission Locale du Pays de Cornouaille');
    await tabTo('f-ambassadeurs');
    await page.keyboard.type('Maëlle Kerhervé');
    await tabTo('f-total');
    await page.keyboard.type('11');
    await tabTo('f-profil-conseiller');
    await page.keyboard.type('2');
    await tabTo('f-profil-jeune');
    await page.keyboard.type('9');
  });

  it('adds items with Enter, removes one with its button, and moves the focus sensibly', async () => {
    await tabTo(await itemId('working', 0));
    await page.keyboard.type("On est reçus sans rendez-vous, c'est rapide.");
    await page.keyboard.press('Enter');
    expect(await focused()).toBe(await itemId('working', 1));
    await announced('Élément 2 de « Ce qui fonctionne » ajouté');
    await page.keyboard.type('Texte à retirer');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Le conseiller répond vite par SMS.');
    expect(await page.$$eval('#s-working-elements .item-text', (inputs) => inputs.length)).toBe(3);

    // Remove the second item: its « Supprimer » button, reached with Shift+Tab, pressed with Enter.
    const second = (await itemId('working', 1)).replace(/-texte$/, '');
    await tabUntil(() => page.evaluate((li) => document.activeElement?.matches(`#${li} .item-remove`) ?? false, second), true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Supprimer l'élément 2 de « Ce qui fonctionne »");
    await page.keyboard.press('Enter');
    const texts = await page.$$eval('#s-working-elements .item-text', (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(texts).toEqual(["On est reçus sans rendez-vous, c'est rapide.", 'Le conseiller répond vite par SMS.']);
    // The focus goes to the item that took its place, whose label was renumbered.
    expect(await focused()).toBe(await itemId('working', 1));
    expect(await page.textContent(`label[for="${await itemId('working', 1)}"]`)).toContain('Élément 2');
    await announced('Élément 2 de « Ce qui fonctionne » supprimé. 2 éléments restent');
  });

  it('suggests themes for an item and adds the chosen #tag with the keyboard', async () => {
    await tabTo(await itemId('needs', 0));
    await page.keyboard.type('Des rappels de rendez-vous envoyés aux jeunes.');
    await page.waitForSelector('#s-needs-elements .theme-suggestion[data-hashtag="agenda-rendez-vous"]');
    await page.keyboard.press('Tab'); // votes
    await page.keyboard.type('4');
    await tabUntil(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.hashtag === 'agenda-rendez-vous'));
    await page.keyboard.press('Enter');
    const id = await itemId('needs', 0);
    expect(await focused()).toBe(id);
    await announced('Thème « Agenda et rendez-vous » ajouté');
    expect(await page.inputValue(`#${id}`)).toBe('Des rappels de rendez-vous envoyés aux jeunes. #agenda-rendez-vous');
    await page.waitForFunction(() => document.querySelector('#s-needs-elements .item-themes')?.textContent?.includes('Agenda'));
  });

  it('warns when an item holds personal data', async () => {
    await page.keyboard.press('Enter');
    await page.keyboard.type('Appeler Maëlle au 06 12 34 56 78.');
    await page.waitForFunction(() => document.querySelector('#s-needs-elements li:nth-child(2) .item-msg')?.textContent?.includes('Donnée personnelle'));
    // Removed again: the note to download stays clean.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#s-needs-elements li').length === 1);
  });

  it('has no accessibility violation once filled (suggestions, hints, summary)', async () => {
    await page.waitForFunction(() => document.getElementById('verification-etat')?.textContent?.startsWith('Aucune erreur bloquante'));
    expect(await runAxe(page)).toEqual([]);
    // Saving into the consultation's folder is for `astro dev` only, even when the build runs under vitest (NODE_ENV=test).
    expect(await page.$('#enregistrer')).toBeNull();
  });

  it('downloads the note, which the real `livre-blanc check` accepts', async () => {
    await tabTo('telecharger');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('2026-11-18-quimper.md');
    expect(await page.textContent('#chemin-note')).toBe('content/ateliers/bretagne/2026-11-18-quimper.md');
    // Seen under the buttons, not only heard: the live region is visually hidden.
    const done = page.locator('#telechargement-fait');
    await done.waitFor({ state: 'visible' });
    expect(await done.textContent()).toMatch(/^Note téléchargée\s*: 2026-11-18-quimper\.md, à déposer dans le dossier content\/ateliers\/bretagne\//);

    const root = mkdtempSync(path.join(tmpdir(), 'livre-blanc-saisie-'));
    try {
      mkdirSync(path.join(root, 'data'));
      copyFileSync(path.join(PACKAGE_DIR, 'data/themes.yml'), path.join(root, 'data/themes.yml'));
      const target = path.join(root, 'content/ateliers/bretagne/2026-11-18-quimper.md');
      mkdirSync(path.dirname(target), { recursive: true });
      await download.saveAs(target);
      const note = readFileSync(target, 'utf8');
      expect(note).toContain('profil: jeune');
      expect(note).toContain('- Des rappels de rendez-vous envoyés aux jeunes. #agenda-rendez-vous (4 votes)');
      expect(note).not.toContain('Texte à retirer');
      const { stdout } = await run(process.execPath, [path.join(PACKAGE_DIR, 'bin/livre-blanc.js'), 'check', '--root', root, '--format', 'json']);
      const report = JSON.parse(stdout) as { ok: boolean; summary: { itemsByTag: Record<string, number> }; diagnostics: Array<{ code: string }> };
      expect(report.ok).toBe(true);
      expect(report.summary.itemsByTag).toEqual({ working: 2, broken: 0, needs: 1 });
      // The ambassador's name is declared in the front matter: check would mask it in any item.
      expect(report.diagnostics.map((d) => d.code)).not.toContain('donnee-personnelle');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps the draft across a reload, and erases it on request', async () => {
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('#saisie-chargement', { state: 'detached' });
    expect(await page.inputValue('#f-lieu')).toBe('Quimper');
    expect(await page.inputValue('#f-region')).toBe('Bretagne');
    expect(await page.isChecked('#f-departement-29')).toBe(true);
    expect(await page.$$eval('#s-working-elements .item-text', (inputs) => inputs.length)).toBe(2);
    await announced('Brouillon restauré');

    page.once('dialog', (dialog) => void dialog.accept());
    await tabTo('effacer');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.getElementById('f-lieu') as HTMLInputElement | null)?.value === '');
    expect(await focused()).toBe('f-region');
    expect(await page.evaluate(() => localStorage.getItem('livre-blanc:saisie:brouillon'))).toBeNull();
    expect(errors).toEqual([]);
  });

  it('splits a list pasted into one field into items, after what was typed, and says so', async () => {
    const first = await itemId('broken', 0);
    await page.focus(`#${first}`);
    await page.keyboard.type('Déjà écrit.');
    await page.evaluate((id) => {
      const data = new DataTransfer();
      data.setData('text/plain', '\uF0B7 Trop de doubles saisies\n\uF0B7 Les exports plantent\n  le vendredi\n\uF0B7 Pas de SMS');
      document.getElementById(id)?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, first);
    const texts = await page.$$eval('#s-broken-elements .item-text', (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(texts).toEqual(['Déjà écrit.', 'Trop de doubles saisies', 'Les exports plantent le vendredi', 'Pas de SMS']);
    expect(await focused()).toBe(await itemId('broken', 3));
    await announced('3 éléments collés dans « Ce qui dysfonctionne » : la liste est découpée');
    // A single line is the browser's to paste, as typed.
    await page.evaluate((id) => {
      const data = new DataTransfer();
      data.setData('text/plain', ' et le samedi');
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.getElementById(id)?.dispatchEvent(event);
      document.body.dataset.pasteKept = String(!event.defaultPrevented);
    }, await itemId('broken', 3));
    expect(await page.evaluate(() => document.body.dataset.pasteKept)).toBe('true');
    expect(errors).toEqual([]);
  });

  it('on a 375 px phone, an item’s field grows with its text: 120 characters are read whole, on one line of the note', async () => {
    const context = await (form as OpenEntryForm).browser.newContext({ viewport: { width: 375, height: 800 } });
    const phone = await context.newPage();
    const phoneErrors = watchErrors(phone);
    await phone.goto(new URL('/saisie/', (form as OpenEntryForm).site.url).href, { waitUntil: 'networkidle' });
    await phone.waitForSelector('#saisie-chargement', { state: 'detached' });
    const field = '#s-working-elements li:first-child .item-text';
    /** The field's box and whether its text is all inside it, with no scrolling inside the field. */
    const shown = () =>
      phone.$eval(field, (element) => {
        const box = element.getBoundingClientRect();
        return {
          height: box.height,
          inView: box.left >= 0 && box.right <= innerWidth,
          whole: element.scrollHeight <= element.clientHeight && element.scrollWidth <= element.clientWidth && element.scrollTop === 0,
        };
      });
    const empty = await shown();
    // Empty, it is one line high, as the input it replaces.
    expect(empty.height).toBeLessThan(50);
    const text =
      'Le conseiller répond par SMS le jour même, et les jeunes reçoivent un rappel la veille de chaque rendez-vous en Mission.';
    expect(text).toHaveLength(120);
    await phone.focus(field);
    await phone.keyboard.type(text);
    const filled = await shown();
    expect(filled).toMatchObject({ inView: true, whole: true });
    expect(filled.height).toBeGreaterThan(2 * empty.height);
    expect(await phone.getAttribute(field, 'aria-describedby')).toMatch(/-msg .*-indices$/);
    expect(await runAxe(phone)).toEqual([]);

    // Shift+Enter writes no line break: like Enter, it goes on to the next item.
    await phone.keyboard.press('Shift+Enter');
    expect(await phone.inputValue(field)).toBe(text);
    expect(await phone.evaluate(() => document.activeElement?.closest('li')?.matches(':nth-child(2)'))).toBe(true);
    // A line break that comes in anyway (one pasted paragraph on two lines) becomes a space.
    await phone.keyboard.insertText('Les exports plantent\nle vendredi');
    expect(await phone.inputValue('#s-working-elements li:nth-child(2) .item-text')).toBe('Les exports plantent le vendredi');

    // Without field-sizing (browsers other than Chromium), the script sets the height the text needs.
    await phone.$eval(field, (element) => (element as HTMLElement).style.setProperty('field-sizing', 'fixed'));
    expect((await shown()).whole).toBe(false);
    await phone.focus(field);
    await phone.keyboard.press('End');
    await phone.keyboard.type(' ');
    expect(await shown()).toMatchObject({ inView: true, whole: true });

    // The draft keeps the item; restored, it is shown whole again.
    await phone.waitForFunction((expected) => localStorage.getItem('livre-blanc:saisie:brouillon')?.includes(expected), text);
    await phone.reload({ waitUntil: 'networkidle' });
    await phone.waitForSelector('#saisie-chargement', { state: 'detached' });
    expect((await phone.inputValue(field)).trim()).toBe(text);
    expect(await shown()).toMatchObject({ inView: true, whole: true });
    expect(phoneErrors).toEqual([]);
    await context.close();
  });
});
