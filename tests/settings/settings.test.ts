import { describe, expect, it } from 'vitest';
import { readSettings, type Settings } from '../../src/pipeline/settings.ts';

const file = (content: string) => ({ file: 'content/consultation.yml', content });
/** The diagnostics but the information every settings file without an audit gets. */
const warnings = (settings: Settings) => settings.diagnostics.filter((d) => d.severity !== 'info');

describe('consultation settings', () => {
  it('reads the title and the accessibility contact', () => {
    const settings = readSettings(file('titre: Livre blanc test\ncontact_accessibilite: a11y@exemple.fr\n'));
    expect(settings).toMatchObject({ title: 'Livre blanc test', description: null, accessibilityContact: 'a11y@exemple.fr', accessibilityAudit: null });
    // Without an audit, check says (as an information) why every footer reads « non conforme ».
    expect(settings.diagnostics).toMatchObject([{ code: 'audit-accessibilite-absent', severity: 'info' }]);
  });

  it('reads the description that opens the home page, trimmed; a blank one is none', () => {
    const folded = readSettings(file('titre: Essai\ndescription: >\n  Ce que les ateliers disent\n  du futur outil.\n'));
    expect(folded.description).toBe('Ce que les ateliers disent du futur outil.');
    expect(readSettings(file('titre: Essai\ndescription: "  "\n')).description).toBeNull();
    expect(readSettings(file('titre: Essai\n')).description).toBeNull();
    expect(readSettings(null).description).toBeNull();
  });

  it('falls back to defaults without a file', () => {
    expect(readSettings(null)).toMatchObject({ title: 'Livre blanc de la consultation', accessibilityContact: null });
  });

  it('warns and keeps the defaults when the file cannot be read', () => {
    const settings = readSettings(file('titre: [non fermé'));
    expect(settings.accessibilityContact).toBeNull();
    expect(settings.diagnostics[0]).toMatchObject({ code: 'parametres-invalides', severity: 'warning' });
  });

  it('warns when the accessibility statement has no contact, or an example one, pointing at the line', () => {
    expect(warnings(readSettings(null))).toMatchObject([{ code: 'contact-accessibilite-absent', severity: 'warning', file: 'content/consultation.yml' }]);
    expect(warnings(readSettings(file('titre: Sans contact\n')))).toMatchObject([{ code: 'contact-accessibilite-absent' }]);
    // A missing file is said to be missing, and to be created, not edited.
    const [missing] = warnings(readSettings(null));
    expect(missing?.message).toMatch(/^Le fichier content\/consultation\.yml est absent : la déclaration/);
    expect(missing?.hint).toMatch(/^Créez content\/consultation\.yml avec une ligne « contact_accessibilite: »/);
    const [written] = warnings(readSettings(file('titre: Sans contact\n')));
    expect(written?.message).toMatch(/^La déclaration/);
    expect(written?.hint).toMatch(/^Ajoutez dans content\/consultation\.yml une ligne/);
    for (const example of ['accessibilite@livre-blanc.example.org', 'https://example.com/contact', 'a11y@ml.test']) {
      const settings = readSettings(file(`titre: Essai\n# l'adresse :\ncontact_accessibilite: ${example}\n`));
      expect(settings.accessibilityContact).toBe(example); // still published: only the dry run says it
      expect(warnings(settings), example).toMatchObject([{ code: 'contact-accessibilite-exemple', severity: 'warning', line: 3 }]);
      expect(warnings(settings)[0]?.message).not.toContain('@'); // an address would be masked in the report
    }
    for (const real of ['accessibilite@mission-locale.fr', 'https://www.unml.info/accessibilite', 'contact@exemple.fr', 'https://counterexample.com/']) {
      expect(warnings(readSettings(file(`contact_accessibilite: ${real}\n`))), real).toEqual([]);
    }
  });
});
