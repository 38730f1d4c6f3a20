import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/pipeline/settings.ts';

const file = (content: string) => ({ file: 'content/consultation.yml', content });

describe('consultation settings', () => {
  it('reads the title and the accessibility contact', () => {
    const settings = readSettings(file('titre: Livre blanc test\ncontact_accessibilite: a11y@exemple.fr\n'));
    expect(settings).toEqual({ title: 'Livre blanc test', accessibilityContact: 'a11y@exemple.fr', diagnostics: [] });
  });

  it('falls back to defaults without a file', () => {
    expect(readSettings(null)).toMatchObject({ title: 'Livre blanc de la consultation', accessibilityContact: null });
  });

  it('warns and keeps the defaults when the file cannot be read', () => {
    const settings = readSettings(file('titre: [non fermé'));
    expect(settings.accessibilityContact).toBeNull();
    expect(settings.diagnostics[0]).toMatchObject({ code: 'parametres-invalides', severity: 'warning' });
  });
});
