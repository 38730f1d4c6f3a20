/**
 * `noms_publics` of consultation.yml: the public figures a consultation may name stay as written,
 * whichever detector found them; nothing else does, and a name also declared to be masked is masked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anonymise } from '../../src/pipeline/anonymise/index.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { readSettings } from '../../src/pipeline/settings.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { rawItem } from '../support/raw-item.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const settings = { file: 'content/consultation.yml', content: 'titre: Grand Débat\nnoms_publics:\n  - Emmanuel Macron\n  - Macron\n  - Agnès Buzyn\n' };
const PUBLIC = readSettings(settings).publicNames;
const texts = (items: { text: string }[]) => items.map((item) => item.text);

describe('public figures’ names', () => {
  it('reads noms_publics, none by default', () => {
    expect(PUBLIC).toEqual(['Emmanuel Macron', 'Macron', 'Agnès Buzyn']);
    expect(readSettings({ file: 'content/consultation.yml', content: 'titre: Essai\n' }).publicNames).toEqual([]);
    expect(readSettings(null).publicNames).toEqual([]);
  });

  it('keeps them as written after a civility, in capitals and in a sentence, accents and case aside', () => {
    const kept = [
      'M. Macron trouve que les services publics reculent.',
      'Monsieur Emmanuel Macron devrait venir en zone rurale.',
      'Emmanuel MACRON a promis, Emmanuel Macron doit tenir.',
      'Agnes Buzyn a répondu à mon courrier, Mme Buzyn non.',
    ];
    const { items } = anonymise(kept.map((text) => rawItem(text)), [], null, [], { names: PUBLIC, file: settings });
    expect(texts(items)).toEqual([...kept.slice(0, 3), 'Agnes Buzyn a répondu à mon courrier, Mme [personne] non.']);
  });

  it('masks every other name, a namesake’s included', () => {
    const { items } = anonymise(
      [rawItem('Brigitte Macron, M. Karim Benali et Marie Curie sont venus.'), rawItem('Emmanuel Dupont et M. Emmanuel aussi.')],
      [],
      null,
      [],
      { names: PUBLIC, file: settings },
    );
    expect(texts(items)).toEqual(['[personne], M. [personne] et [personne] sont venus.', '[personne] et M. [personne] aussi.']);
  });

  it('keeps nothing without the setting', () => {
    const { items } = anonymise([rawItem('M. Macron trouve, Emmanuel Macron dit.')], [], null);
    expect(texts(items)).toEqual(['M. [personne] trouve, [personne] dit.']);
  });

  it('masks a public name also declared, and says so at its line of consultation.yml', () => {
    const pseudonyms = { file: 'data/pseudonymes.yml', content: 'noms: [Agnès Buzyn]\n' };
    const { items, diagnostics } = anonymise([rawItem('Agnès Buzyn et M. Macron ont répondu.')], ['Macron'], pseudonyms, [], { names: PUBLIC, file: settings });
    expect(texts(items)).toEqual(['[personne] et M. [personne] ont répondu.']);
    const conflicts = diagnostics.filter((d) => d.code === 'nom-public-masque');
    expect(conflicts.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['content/consultation.yml', 4, 'warning'],
      ['content/consultation.yml', 5, 'warning'],
    ]);
    // The diagnostic is published: it never quotes the name.
    expect(conflicts.map((d) => d.message).join(' ')).not.toMatch(/Macron|Buzyn/);
  });

  const temp = tempDirs('public-names-');
  it('reach the published answers from consultation.yml, and a survey respondent of the same name wins', async () => {
    const root = temp();
    mkdirSync(path.join(root, 'content'), { recursive: true });
    mkdirSync(path.join(root, 'data', 'enquetes'), { recursive: true });
    writeFileSync(path.join(root, 'content', 'consultation.yml'), settings.content);
    writeFileSync(
      path.join(root, 'data', 'enquetes', 'avis.csv'),
      'Nom;Commentaire\nAgnès Buzyn;Je suis d’accord avec M. Macron sur la santé\nPaulette Ménard;Emmanuel Macron et Agnès Buzyn doivent nous écouter\n',
    );
    writeFileSync(path.join(root, 'data', 'enquetes', 'avis.yml'), 'colonnes:\n  textes:\n    - { colonne: Commentaire, tag: auto }\n');
    const { synthesis } = synthesize(await readConsultation(root));
    expect(synthesis.items.map((item) => item.text).sort()).toEqual([
      'Emmanuel Macron et [personne] doivent nous écouter',
      'Je suis d’accord avec M. Macron sur la santé',
    ]);
    expect(synthesis.diagnostics.filter((d) => d.code === 'nom-public-masque').map((d) => d.line)).toEqual([5]);
  });
});
