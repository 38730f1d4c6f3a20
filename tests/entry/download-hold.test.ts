import { describe, expect, it } from 'vitest';
import { holdText } from '../../src/components/entry/download-hold.ts';

describe('the question before downloading a note with blocking errors', () => {
  it('counts the errors and agrees with their number', () => {
    expect(holdText(1)).toBe(
      'Téléchargement suspendu\u00a0: corrigez d’abord l’erreur bloquante, ou téléchargez la note quand même pour la compléter plus tard.',
    );
    expect(holdText(3)).toContain('corrigez d’abord les 3 erreurs bloquantes, ou');
  });
});
