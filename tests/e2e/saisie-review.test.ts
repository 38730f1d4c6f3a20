/**
 * End-to-end: what a review of /saisie/ found an ambassador could lose or get wrong without a word
 * (headless Chromium): a date still to come, and the rest as each is fixed.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEntryForm, type OpenEntryForm } from './support/entry-form.ts';
import { HAS_CHROMIUM, offlineCopy, runAxe, SKIP_MESSAGE } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!HAS_CHROMIUM)('/saisie/ after review (Chromium)', () => {
  let form: OpenEntryForm | undefined;
  let page: Page;

  beforeAll(async () => {
    form = await openEntryForm();
    page = form.page;
  });

  afterAll(async () => {
    await form?.close();
  });

  /** Pastes `text` into the first item field of a part, as the browser's Ctrl+V would hand it to the page. */
  const paste = (tag: string, text: string) =>
    page.evaluate(
      ([part, pasted]) => {
        const field = document.querySelector<HTMLTextAreaElement>(`#s-${part}-elements .item-text`);
        const data = new DataTransfer();
        data.setData('text/plain', pasted);
        field?.focus();
        const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        field?.dispatchEvent(event);
        // Whether the page took the paste over (else the browser pastes the text as one line, as typed).
        return event.defaultPrevented;
      },
      [tag, text] as const,
    );
  const values = (tag: string) => page.$$eval(`#s-${tag}-elements .item-text`, (fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
  /** « Effacer le brouillon », confirmed: the next test starts from an empty form. */
  const clearForm = async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('#effacer');
    await page.waitForFunction(() => document.querySelectorAll('.item-text').length === 3);
  };
  /** The text as seen, the page's typography's no-break spaces made plain. */
  const seen = async (selector: string) => ((await page.textContent(selector)) ?? '').replace(/[\u00a0\u202f]/g, ' ');

  it('reads « PACA », « 13 » or « Bouches-du-Rhône » typed in the region as Provence-Alpes-Côte d’Azur, and shows it', async () => {
    await page.focus('#f-region');
    await page.keyboard.type('PACA');
    expect(await seen('#f-region-choix')).toBe('→ Provence-Alpes-Côte d’Azur');
    expect(await page.isVisible('#f-region-choix')).toBe(true);
    await page.fill('#f-lieu', 'Marseille');
    await page.waitForFunction(() => document.getElementById('chemin-note')?.textContent?.includes('/provence-alpes-cote-d-azur/'));
    for (const typed of ['13', 'Bouches-du-Rhône']) {
      await page.fill('#f-region', '');
      await page.focus('#f-region');
      await page.keyboard.type(typed);
      expect(await seen('#f-region-choix')).toBe('→ Provence-Alpes-Côte d’Azur (région du département Bouches-du-Rhône (13))');
    }
    // Its départements are offered; one ticked stays ticked when the region changes, and the check warns of it.
    await page.check('#f-departement-13');
    await page.fill('#f-region', 'Bretagne');
    await page.focus('#f-lieu');
    expect(await page.isChecked('#f-departement-13')).toBe(true);
    expect(await page.textContent('label[for="f-departement-13"]')).toContain('autre région');
    expect(await page.isVisible('#f-departement-29')).toBe(true);
    await page.waitForFunction(() => document.getElementById('f-departements-msg')?.textContent?.includes('Bouches-du-Rhône'));
    // Unknown: said under the field, and the check blocks the note.
    await page.fill('#f-region', 'Atlantide');
    await page.focus('#f-lieu');
    expect(await seen('#f-region-choix')).toMatch(/^Aucune région ne correspond à « Atlantide »/);
    await page.waitForFunction(() => document.getElementById('f-region-msg')?.textContent?.includes('Atlantide'));
    expect(await page.getAttribute('#f-region', 'aria-invalid')).toBe('true');
    expect(await runAxe(page)).toEqual([]);
    await clearForm();
    expect(await page.inputValue('#f-region')).toBe('');
    expect(await seen('#f-region-choix')).toBe('');
  });

  it('sends a whole pasted Word note’s items to the parts its titles name, and shows what moved where', async () => {
    await paste('working', 'Ce qui fonctionne :\n•\tAgenda partagé\n•\tSMS de rappel\nCe qui dysfonctionne :\n•\tExports lents');
    expect(await values('working')).toEqual(['Agenda partagé', 'SMS de rappel']);
    expect(await values('broken')).toEqual(['Exports lents']);
    const notice = page.locator('#s-working-collage');
    expect(await notice.isVisible()).toBe(true);
    expect(await seen('#s-working-collage')).toMatch(/^3 éléments collés : 2 dans « Ce qui fonctionne » et 1 déplacé dans « Ce qui dysfonctionne »/u);
    expect(await runAxe(page)).toEqual([]);
    await clearForm();
  });

  it('makes one item per post-it pasted one per line, and keeps Word’s sub-bullets with their item', async () => {
    await paste('needs', 'Agenda partagé\nSMS de rappel\nExports Excel');
    expect(await values('needs')).toEqual(['Agenda partagé', 'SMS de rappel', 'Exports Excel']);
    expect(await page.textContent('#s-needs-collage')).toContain('Les lignes sans puce sont des retours distincts');
    // A sentence running over the break is one item: the browser's to paste (the field makes its break a space).
    expect(await paste('broken', 'Les exports sont lents et\nplantent souvent le vendredi.')).toBe(false);
    await paste('working', '•\tAgenda partagé\no\tavec les partenaires\n•\tSMS de rappel');
    expect(await values('working')).toEqual(['Agenda partagé : avec les partenaires', 'SMS de rappel']);
    // The previous paste's notice goes: one notice, the last paste's.
    expect(await page.isVisible('#s-needs-collage')).toBe(false);
    expect(await page.textContent('#s-working-collage')).toContain('sous-puces de Word');
    await clearForm();
  });

  it('keeps one draft per tab: a second tab says so, writes over nothing, and a closed tab’s draft can be taken up', async () => {
    const context = form?.context;
    if (!context) throw new Error('Formulaire non ouvert.');
    await page.fill('#f-lieu', 'Brest');
    await page.waitForFunction(() => localStorage.getItem('livre-blanc:saisie:brouillon')?.includes('Brest'));
    const other = await context.newPage();
    await other.goto(page.url(), { waitUntil: 'networkidle' });
    await other.waitForSelector('#saisie-chargement', { state: 'detached' });
    // The second tab starts blank (the first one's draft is in use), and says why, in sight.
    expect(await other.inputValue('#f-lieu')).toBe('');
    expect(await other.isVisible('#autre-onglet')).toBe(true);
    await other.fill('#f-lieu', 'Quimper');
    await other.waitForFunction(() => Object.keys(localStorage).some((key) => localStorage.getItem(key)?.includes('Quimper')));
    // The first tab learns of it too, and its draft is still its own.
    await page.waitForSelector('#autre-onglet', { state: 'visible' });
    expect(await page.evaluate(() => localStorage.getItem('livre-blanc:saisie:brouillon'))).toContain('Brest');
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('#saisie-chargement', { state: 'detached' });
    expect(await page.inputValue('#f-lieu')).toBe('Brest');
    // The second tab closed, its draft is offered here; taking it up keeps « Brest », offered in turn.
    await other.close({ runBeforeUnload: true });
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('#saisie-chargement', { state: 'detached' });
    const takeUp = page.locator('#brouillons-gardes button');
    expect(await takeUp.textContent()).toMatch(/^Reprendre le brouillon « Quimper »/);
    expect(await runAxe(page)).toEqual([]);
    await takeUp.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.getElementById('f-lieu') as HTMLInputElement | null)?.value === 'Quimper');
    expect(await page.locator('#brouillons-gardes button').textContent()).toMatch(/^Reprendre le brouillon « Brest »/);
    await clearForm();
  });

  it('masks flagged personal data in one click, with the anonymiser’s marks', async () => {
    const field = '#s-needs-elements .item-text';
    await page.fill(field, 'Rappeler Mme Durand (06 12 34 56 78) #agenda-rendez-vous');
    const mask = page.locator('#s-needs-elements .mask-personal');
    await mask.waitFor();
    expect(await mask.textContent()).toBe('Masquer la donnée personnelle de l’élément 1 de « Besoins et attentes »');
    expect(await runAxe(page)).toEqual([]);
    await mask.focus();
    await page.keyboard.press('Enter');
    expect(await page.inputValue(field)).toBe('Rappeler Mme [personne] ([téléphone]) #agenda-rendez-vous');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('item-text'))).toBe(true);
    await page.waitForFunction(() => !document.getElementById('apercu')?.textContent?.includes('06 12'));
    expect(await mask.count()).toBe(0);
    // The context, published with the note, has its button too.
    await page.fill('#f-contexte', 'Atelier animé avec Mme Durand, joignable au 06 12 34 56 78.');
    await page.click('#f-contexte-msg .mask-personal');
    expect(await page.inputValue('#f-contexte')).toBe('Atelier animé avec Mme [personne], joignable au [téléphone].');
    await clearForm();
  });

  it('opened from its file, says in plain French what to do instead of loading forever and claiming to keep the draft', async () => {
    if (!form) throw new Error('Formulaire non ouvert.');
    // Served: the script runs, the notice goes, the draft is said to be kept.
    expect(await page.locator('#saisie-sans-serveur').count()).toBe(0);
    expect(await page.isVisible('#saisie-brouillon-auto')).toBe(true);
    const { parent, dir } = await offlineCopy(form.site, 'livre-blanc-saisie-fichier-', 'livre-blanc');
    const local = await form.context.newPage();
    try {
      // The site as built (its stylesheet does not load from a file), then as `build --hors-ligne` makes it (it does).
      for (const root of [form.site.dir, dir]) {
        await local.goto(pathToFileURL(path.join(root, 'saisie', 'index.html')).href);
        expect(await local.isVisible('#saisie-sans-serveur')).toBe(true);
        const notice = (await local.textContent('#saisie-sans-serveur'))?.replace(/\s+/g, ' ') ?? '';
        expect(notice).toContain('la page a été ouverte depuis un fichier de l’ordinateur');
        expect(notice).toContain('demandez-la à la personne qui publie le livre blanc');
        expect(await local.isVisible('#saisie-chargement')).toBe(false);
        expect(await local.isVisible('#saisie-brouillon-auto')).toBe(false);
      }
    } finally {
      await local.close();
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('warns of a workshop date still to come, next to the date', async () => {
    await page.fill('#f-date', '12/09/2062');
    await page.focus('#f-lieu');
    await page.waitForFunction(() => document.getElementById('f-date-msg')?.textContent?.includes('à venir'));
    expect(await seen('#f-date-msg')).toContain('2062-09-12, est à venir : vérifiez l’année');
    expect(await page.textContent('#verification-liste')).toContain('vérifiez l’année');
    // A past date says nothing of the kind.
    await page.fill('#f-date', '12/09/2026');
    await page.waitForFunction(() => !document.getElementById('f-date-msg')?.textContent?.includes('à venir'));
    expect(await runAxe(page)).toEqual([]);
    expect(form?.errors).toEqual([]);
  });
});
