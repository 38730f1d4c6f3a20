/** « Masquer » writes the anonymiser's marks in the stead of the personal data the check flags, as the site publishes it. */
import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../../src/entry/check-draft.ts';
import { THEMES_FILE, sampleDraft } from './helpers.ts';

describe('masquer une donnée personnelle', () => {
  it('replaces a phone number and a person’s name by their marks, the item’s #tag and votes kept', () => {
    const draft = sampleDraft();
    draft.ambassadeurs = ['Sophie Martin'];
    const check = createDraftChecker(THEMES_FILE)(draft);
    expect(check.mask('Rappeler Mme Durand (06 12 34 56 78) #agenda-rendez-vous (3 votes)')).toBe('Rappeler Mme [personne] ([téléphone]) #agenda-rendez-vous (3 votes)');
    // A declared ambassador's name is masked too; a text without personal data is left as it is.
    expect(check.mask('Sophie Martin a animé.')).toBe('[personne] a animé.');
    expect(check.mask('Un agenda partagé.')).toBe('Un agenda partagé.');
  });

  it('leaves nothing for the check to flag once masked', () => {
    const draft = sampleDraft();
    draft.items.needs.push({ text: 'Appeler Mme Durand au 06 12 34 56 78.', themes: [], votes: null });
    const checker = createDraftChecker(THEMES_FILE);
    const first = checker(draft);
    expect(first.diagnostics.map((d) => d.code)).toContain('donnee-personnelle');
    draft.items.needs = draft.items.needs.map((item) => ({ ...item, text: first.mask(item.text) }));
    expect(checker(draft).diagnostics.map((d) => d.code)).not.toContain('donnee-personnelle');
  });
});
