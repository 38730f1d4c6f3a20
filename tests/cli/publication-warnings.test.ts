/**
 * `build` tells the bureau, in full, the warnings that change a published page (the accessibility
 * statement without a usable contact), and counts the others for `check`: the site no longer lists
 * them for readers.
 */
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/pipeline/diagnostics.ts';
import { readSettings } from '../../src/pipeline/settings.ts';
import { otherWarningsLine, publicationWarnings, publicationWarningsReport } from '../../src/cli/publication-warnings.ts';

const settings = (content: string) => readSettings({ file: 'content/consultation.yml', content });
const other = diagnostic({ code: 'donnee-personnelle', severity: 'warning', message: 'Donnée personnelle masquée.', file: 'a.md' });
const info = diagnostic({ code: 'tableau-lu', severity: 'info', message: 'Tableau lu.', file: 'a.md' });

describe('build : avertissements à la publication', () => {
  it('prints an example contact address in full, at its line, and counts the other warnings', () => {
    const diagnostics = [...settings('titre: Essai\ncontact_accessibilite: a11y@ml.example.org\n').diagnostics, other, info];
    const { loud, others } = publicationWarnings(diagnostics);
    expect(loud.map((d) => d.code)).toEqual(['contact-accessibilite-exemple']);
    expect(others).toBe(1);
    const report = publicationWarningsReport(diagnostics, undefined, { color: false }) ?? '';
    expect(report).toMatch(/^Attention : la déclaration d’accessibilité publiée n’indiquera aucune adresse/);
    expect(report).toContain('content/consultation.yml\n  2:1');
    expect(report).toContain('[contact-accessibilite-exemple]');
    expect(report).toContain('Conseil : Remplacez-la');
    expect(report.split('\n').at(-1)).toBe(
      '1 autre avertissement dans la consultation : « livre-blanc check » le détaille, avec son fichier, sa ligne et un conseil (le site ne le publie pas).',
    );
  });

  it('prints a missing contact too, and nothing at all without warnings', () => {
    expect(publicationWarnings(settings('titre: Sans contact\n').diagnostics).loud.map((d) => d.code)).toEqual(['contact-accessibilite-absent']);
    expect(publicationWarningsReport(settings('contact_accessibilite: a11y@mission-locale.fr\n').diagnostics, undefined, { color: false })).toBeNull();
    expect(publicationWarningsReport([info], undefined, { color: false })).toBeNull();
  });

  it('names check with the root given to build', () => {
    expect(otherWarningsLine(3, 'consultation', false)).toBe(
      '3 avertissements dans la consultation : « livre-blanc check --root consultation » les détaille, avec leur fichier, leur ligne et un conseil (le site ne les publie pas).',
    );
    expect(otherWarningsLine(0, undefined, true)).toBeNull();
  });
});
