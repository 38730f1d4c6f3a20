/**
 * End-to-end: numbers the note cannot hold, typed in /saisie (Total « -3 », Jeunes « 2.5 », Votes « -2 »),
 * in headless Chromium on the built demo. Each is said beside its box (aria-describedby, aria-invalid)
 * and in the « Vérification » summary, whose link focuses the box; what was typed stays in the box,
 * across a reload too; the total ≠ profiles warning describes the total box. Votes « 0 » is a count, as
 * `check` reads « (0 votes) »: written in the note, nothing said. axe-core finds no violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, runAxe, SKIP_MESSAGE } from './support/site.ts';
import { openEntryForm, type OpenEntryForm } from './support/entry-form.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!HAS_CHROMIUM)('nombres refusés dans /saisie (Chromium)', () => {
  let form: OpenEntryForm | undefined;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    form = await openEntryForm();
    ({ page, errors } = form);
  });

  afterAll(async () => {
    await form?.close();
  });

  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  const text = async (selector: string) => (await page.textContent(selector)) ?? '';
  /** Waits until the element's text matches: the check runs a moment after typing. */
  const shows = (selector: string, pattern: RegExp) =>
    page.waitForFunction(([s, p]) => new RegExp(p).test(document.querySelector(s)?.textContent ?? ''), [selector, pattern.source] as const, { timeout: 3000 });
  const votesId = () => page.$eval('#s-working-elements .item-votes', (input) => input.id);

  /** The box's message, its ties (aria-describedby, aria-invalid) and its value, as a screen reader gets them. */
  async function box(id: string) {
    return page.evaluate((boxId) => {
      const input = document.getElementById(boxId) as HTMLInputElement;
      const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      return {
        value: input.value,
        invalid: input.getAttribute('aria-invalid'),
        description: described.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
        nativelyValid: input.validity.valid,
      };
    }, id);
  }

  it('says beside each box why « -3 », « 2.5 » and -2 votes are not taken, and keeps what was typed', async () => {
    await page.fill('#f-region', 'Bretagne');
    await page.fill('#f-lieu', 'Quimper');
    await page.focus('#f-total');
    await page.keyboard.type('-3');
    await page.focus('#f-profil-jeune');
    await page.keyboard.type('2.5');
    await page.focus('#s-working-elements .item-text');
    await page.keyboard.type('On est reçus sans rendez-vous.');
    await page.focus(`#${await votesId()}`);
    await page.keyboard.type('-2');
    await page.keyboard.press('Tab');

    await shows('#f-total-msg', /«\s-3\s» n’est pas un nombre entier positif ou nul/);
    expect(await box('f-total')).toMatchObject({ value: '-3', invalid: 'true', nativelyValid: false });
    expect((await box('f-total')).description).toContain('Indiquez un nombre entier (par exemple 12)');
    await shows('#f-profil-jeune-msg', /«\s2\.5\s»/);
    expect(await box('f-profil-jeune')).toMatchObject({ value: '2.5', invalid: 'true', nativelyValid: false });
    expect((await box('f-profil-jeune')).description).toContain('n’est pas repris dans la note');
    const votes = await votesId();
    await shows(`#${votes}-msg`, /Le nombre de votes «\s-2\s» n.est pas un entier positif\s: il est ignoré/);
    expect(await box(votes)).toMatchObject({ value: '-2', invalid: 'true', nativelyValid: false });
    expect((await box(votes)).description).toContain('de 0 à 1');
    // The item's text box is not the one at fault.
    expect(await page.getAttribute('#s-working-elements .item-text', 'aria-invalid')).toBeNull();
    // Kept out of the note, which says nothing false.
    const preview = await page.evaluate(() => document.getElementById('apercu')?.textContent ?? '');
    expect(preview).not.toMatch(/total:|-3|2\.5|-2|votes?\)/);
    expect(preview).toContain('- On est reçus sans rendez-vous.\n');
  });

  it('lists each in the summary, with a link that focuses its box', async () => {
    const summary = await text('#verification-liste');
    expect(summary).toMatch(/Nombre total de participants — avertissement\s: «\s-3\s» n’est pas un nombre entier positif ou nul/);
    expect(summary).toMatch(/Nombre de participants «\sJeunes\s» — avertissement\s: «\s2\.5\s»/);
    expect(summary).toMatch(/Votes de l’élément 1 de «\sCe qui fonctionne\s» — avertissement\s: Le nombre de votes «\s-2\s»/);
    // A number kept out of the note does not make it refused: the status says so.
    expect(await text('#verification-etat')).toContain('Aucune erreur bloquante');
    for (const [label, target] of [
      ['Nombre total de participants', 'f-total'],
      ['Jeunes', 'f-profil-jeune'],
      ['Votes de l’élément 1', await votesId()],
    ] as const) {
      await page.locator('#verification-liste a', { hasText: label }).click();
      expect(await focused()).toBe(target);
    }
    expect(await runAxe(page)).toEqual([]);
  });

  it('keeps the typed numbers and their messages across a reload', async () => {
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('#saisie-chargement', { state: 'detached' });
    expect(await box('f-total')).toMatchObject({ value: '-3', invalid: 'true' });
    expect(await box('f-profil-jeune')).toMatchObject({ value: '2.5', invalid: 'true' });
    expect(await box(await votesId())).toMatchObject({ value: '-2', invalid: 'true' });
  });

  it('says so when the browser cannot read what was typed as a number (« 1e »), which it does not hand to the script', async () => {
    await page.fill('#f-profil-direction', '');
    await page.focus('#f-profil-direction');
    await page.keyboard.type('1e');
    await page.keyboard.press('Tab');
    await shows('#f-profil-direction-msg', /ne contient pas un nombre que le navigateur sait lire/);
    expect(await box('f-profil-direction')).toMatchObject({ invalid: 'true', nativelyValid: false });
    expect(await text('#verification-liste')).toMatch(/«\sDirection\s» — avertissement\s: Ce champ ne contient pas un nombre/);
    await page.fill('#f-profil-direction', '');
    await page.waitForFunction(() => !document.getElementById('f-profil-direction-msg')?.textContent);
  });

  it('ties the total ≠ profiles warning to the total box, where the summary’s « Participants » link leads', async () => {
    await page.fill('#f-total', '20');
    await page.fill('#f-profil-jeune', '9');
    await page.fill(`#${await votesId()}`, '4');
    await shows('#f-participants-msg', /ne correspond pas à la somme des profils/);
    const total = await box('f-total');
    expect(total.value).toBe('20');
    expect(total.description).toContain('ne correspond pas à la somme des profils (9)');
    expect(total.invalid).toBeNull(); // a warning on the whole: either number may be the wrong one
    expect(await text('#f-total-msg')).toBe('');
    expect(await page.getAttribute('#f-profil-jeune', 'aria-invalid')).toBeNull();
    await page.locator('#verification-liste a', { hasText: /^Participants$/ }).click();
    expect(await focused()).toBe('f-total');
    // Valid numbers are written as before.
    await page.fill('#f-total', '9');
    await page.waitForFunction(() => !document.getElementById('f-participants-msg')?.textContent);
    const preview = await page.evaluate(() => document.getElementById('apercu')?.textContent ?? '');
    expect(preview).toContain('total: 9');
    expect(preview).toContain('profils: {jeune: 9}');
    expect(preview).toContain('- On est reçus sans rendez-vous. (4 votes)');
    expect(await page.getAttribute(`#${await votesId()}`, 'aria-invalid')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('writes Votes « 0 » in the note as « (0 vote) », as `check` reads it: the item was said, nobody voted for it', async () => {
    const votes = await votesId();
    await page.fill(`#${votes}`, '0');
    await page.waitForFunction(() => (document.getElementById('apercu')?.textContent ?? '').includes('(0 vote)'), undefined, { timeout: 3000 });
    const preview = await page.evaluate(() => document.getElementById('apercu')?.textContent ?? '');
    expect(preview).toContain('- On est reçus sans rendez-vous. (0 vote)\n');
    expect(await box(votes)).toMatchObject({ value: '0', invalid: null, nativelyValid: true });
    expect(await text(`#${votes}-msg`)).toBe('');
    expect(await text('#verification-liste')).not.toMatch(/Votes de l’élément 1/);
    // Emptied, the box is an item never put to the vote: no count in the note.
    await page.fill(`#${votes}`, '');
    await page.waitForFunction(() => !(document.getElementById('apercu')?.textContent ?? '').includes('vote)'), undefined, { timeout: 3000 });
    expect(errors).toEqual([]);
  });
});
