import { describe, expect, it } from 'vitest';
import { createReferentiels } from '../../src/pipeline/referentiels/index.ts';

const themesFile = (content: string) => ({ file: 'data/themes.yml', content });

const VALID = `- id: saisie
  libelle: Saisie et ergonomie
  description: Écrans, formulaires, clics.
  mots_cles: [saisie, écran, "nombre de clics"]
  etiquettes: [ergonomie, "#ecrans"]
- id: agenda-rdv
  libelle: Agenda et rendez-vous
  description: Prise de rendez-vous.
  mots_cles:
    - agenda
    - rendez-vous
`;

describe('data/themes.yml', () => {
  it('maps French keys to themes, in file order, with autres last', () => {
    const { referentiels, diagnostics } = createReferentiels(themesFile(VALID));
    expect(diagnostics).toEqual([]);
    expect(referentiels.themes.map((t) => t.id)).toEqual(['saisie', 'agenda-rdv', 'autres']);
    expect(referentiels.themes[0]).toEqual({
      id: 'saisie',
      label: 'Saisie et ergonomie',
      description: 'Écrans, formulaires, clics.',
      keywords: ['saisie', 'écran', 'nombre de clics'],
    });
    expect(referentiels.themes.at(-1)?.label).toBe('Autres');
  });

  it('finds a theme from a hashtag: id, alias or label, case and accents forgiven', () => {
    const { referentiels } = createReferentiels(themesFile(VALID));
    expect(referentiels.themeOfHashtag('saisie')?.id).toBe('saisie');
    expect(referentiels.themeOfHashtag('Saisie')?.id).toBe('saisie');
    expect(referentiels.themeOfHashtag('ergonomie')?.id).toBe('saisie');
    expect(referentiels.themeOfHashtag('écrans')?.id).toBe('saisie');
    expect(referentiels.themeOfHashtag('agenda_rdv')?.id).toBe('agenda-rdv');
    expect(referentiels.themeOfHashtag('AgendaEtRendezVous')?.id).toBe('agenda-rdv');
    expect(referentiels.themeOfHashtag('autres')?.id).toBe('autres');
    expect(referentiels.themeOfHashtag('pilotage')).toBeNull();
    expect(referentiels.suggestTheme('sasie')?.id).toBe('saisie');
    expect(referentiels.suggestTheme('zzzzzzzz')).toBeNull();
  });

  it('accepts a `themes:` key around the list', () => {
    const wrapped = `themes:\n${VALID.replace(/^/gm, '  ')}`;
    const { referentiels, diagnostics } = createReferentiels(themesFile(wrapped));
    expect(diagnostics).toEqual([]);
    expect(referentiels.themes.map((t) => t.id)).toEqual(['saisie', 'agenda-rdv', 'autres']);
  });

  it('is just autres, with a warning, when the file is absent', () => {
    const { referentiels, diagnostics } = createReferentiels(null);
    expect(referentiels.themes.map((t) => t.id)).toEqual(['autres']);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['themes-absents', 'warning']]);
  });

  it('reports invalid YAML at the line where the bracket opens', () => {
    const { referentiels, diagnostics } = createReferentiels(themesFile(VALID.replace('"nombre de clics"]', '"nombre de clics"')));
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['themes-yaml-invalide', 'blocking', 4]]);
    expect(referentiels.themes.map((t) => t.id)).toEqual(['autres']);
  });

  it('reports a bad theme at the line of the offending key, and keeps the others', () => {
    const broken = VALID.replace('  libelle: Agenda et rendez-vous\n', '').replace('id: saisie', 'id: Saisie Ergonomie');
    const { referentiels, diagnostics } = createReferentiels(themesFile(broken));
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['theme-invalide', 'blocking', 1],
      ['theme-invalide', 'blocking', 6],
    ]);
    expect(diagnostics[1]?.message).toContain('libelle');
    expect(referentiels.themes.map((t) => t.id)).toEqual(['autres']);
  });

  it('reports unknown keys (theme kept), duplicate ids and an alias claimed twice', () => {
    const content = `${VALID}- id: saisie\n  libelle: Doublon\n  mots_cles: [x]\n- id: pilotage\n  libelle: Pilotage\n  mots_cles: [tableau de bord]\n  etiquettes: [ergonomie]\n  couleur: bleu\n`;
    const { diagnostics } = createReferentiels(themesFile(content));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['theme-en-double', 12],
      ['cle-inconnue', 19],
      ['etiquette-en-double', 18],
    ]);
    expect(createReferentiels(themesFile(content)).referentiels.themes.map((t) => t.id)).toEqual(['saisie', 'agenda-rdv', 'pilotage', 'autres']);
    const misspelt = createReferentiels(themesFile(VALID.replace('mots_cles: [saisie', 'mots-cles: [saisie'))).diagnostics;
    expect(misspelt.map((d) => [d.code, d.severity, d.line])).toEqual([['theme-invalide', 'blocking', 4]]);
    expect(misspelt[0]?.message).toContain('« mots-cles » devrait s’écrire « mots_cles »');
    const aliasClash = `${VALID}- id: pilotage\n  libelle: Pilotage\n  mots_cles: [tableau de bord]\n  etiquettes: [ergonomie]\n`;
    expect(createReferentiels(themesFile(aliasClash)).diagnostics.map((d) => [d.code, d.line])).toEqual([['etiquette-en-double', 15]]);
  });

  it('keeps a user-defined autres instead of adding a second one', () => {
    const content = `${VALID}- id: autres\n  libelle: Divers\n  mots_cles: []\n`;
    const { referentiels } = createReferentiels(themesFile(content));
    expect(referentiels.themes.filter((t) => t.id === 'autres')).toEqual([{ id: 'autres', label: 'Divers', description: '', keywords: [] }]);
  });
});
