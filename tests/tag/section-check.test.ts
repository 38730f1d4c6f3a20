import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAG_LABELS, type RawItem, type Session, type Tag } from '../../src/pipeline/model.ts';
import { tagText } from '../../src/pipeline/tag/tag-text.ts';
import { tagItems } from '../../src/pipeline/tag/index.ts';
import { SECTION_DOUBT, sectionDoubt, sectionDoubtDiagnostics, sureSectionDoubt } from '../../src/pipeline/tag/section-check.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { rawItem } from '../support/raw-item.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

let counter = 0;
function item(text: string, declaredTag: Tag | 'auto', sessionId = 'atelier'): RawItem {
  counter++;
  return rawItem(text, { id: `i${counter}`, sessionId, declaredTag, source: { file: 'content/ateliers/bretagne/rennes.md', line: counter, column: 3 } });
}

function session(id: string, kind: Session['kind']): Session {
  return { id, kind, title: id, date: null, format: 'presentiel', region: '53', departments: [], structures: [], participants: null, profiles: {}, file: `${id}.md` };
}

describe('sectionDoubt (the entry form’s reading)', () => {
  it('says what the text reads as when it is not the section’s tag', () => {
    expect(sectionDoubt('Il est inadmissible que dans un couple, seulement une personne soit reconnue.', 'working')).toMatchObject({
      tags: ['broken'],
      none: false,
    });
    expect(sectionDoubt('La recherche est rapide.', 'working')).toBeNull();
    expect(sectionDoubt('RAS', 'broken')).toMatchObject({ tags: [], none: true });
  });
});

describe('sureSectionDoubt (what check says)', () => {
  it.each([
    ['working', 'Il est inadmissible que dans un couple, seulement une personne soit reconnue (souvent l’homme).', 'broken'],
    ['working', 'La saisie est lente et le logiciel plante tous les jours.', 'broken'],
    ['working', 'La recherche ne fonctionne pas.', 'broken'],
    ['broken', 'L’accueil est rapide et efficace.', 'working'],
  ] as const)('doubts an item under %s: « %s »', (section, text, reads) => {
    expect(sureSectionDoubt(text, section)?.tags).toContain(reads);
  });

  it.each([
    // Praise that a negation tells, read as a complaint under « what works? » only.
    ['working', 'L’outil est accessible depuis n’importe quel poste de la structure, sans installation.'],
    ['working', 'L’historique permet à un collègue de reprendre un suivi sans repartir de zéro.'],
    ['working', 'L’outil est stable dans l’ensemble, les grosses pannes sont rares.'],
    ['working', 'On peut avoir un rendez-vous assez vite quand il y a un problème.'],
    // A need written as the problem it solves; a complaint written as what must be done.
    ['needs', 'La fin de la double saisie avec France Travail.'],
    ['broken', 'Il faut ramener les mêmes papiers plusieurs fois, comme si on ne les avait jamais donnés.'],
    // A non-answer is set aside already, with its own warning.
    ['working', 'RAS'],
  ] as const)('does not doubt an item rightly under %s: « %s »', (section, text) => {
    expect(sureSectionDoubt(text, section)).toBeNull();
  });
});

describe('a problem said to shrink (reduced.ts)', () => {
  it.each([
    'Les rappels SMS ont fait baisser les rendez-vous manqués.',
    'Moins de rendez-vous manqués depuis les rappels SMS.',
    'Les absences ont diminué grâce aux rappels.',
    'Le nouvel outil a réduit les ressaisies.',
    'Les retards ont été réduits de moitié.',
  ])('reads « %s » as praise, under « Ce qui fonctionne » and alone', (text) => {
    expect(sectionDoubt(text, 'working')).toBeNull();
    expect(tagText(text, null).tags).toEqual(['working']);
  });

  it('doubts it under « Ce qui dysfonctionne »', () => {
    expect(sureSectionDoubt('Les rappels SMS ont fait baisser les rendez-vous manqués.', 'broken')?.tags).toEqual(['working']);
  });

  it.each([
    'Les rendez-vous manqués ont augmenté.',
    'On n’arrive pas à faire baisser les absences.',
    'Les erreurs n’ont pas diminué.',
  ])('keeps a problem that grows or does not shrink a complaint: « %s »', (text) => {
    expect(tagText(text, null).tags).toEqual(['broken']);
    expect(sectionDoubt(text, 'broken')).toBeNull();
  });

  it.each(['Réduire les délais de traitement.', 'Il faudrait réduire les erreurs.', 'Moins de paperasse.'])(
    'keeps a wished reduction a need: « %s »',
    (text) => {
      expect(tagText(text, null).tags).toEqual(['needs']);
      expect(tagText(text, TAG_LABELS.needs).tags).toEqual(['needs']);
    },
  );
});

describe('sectionDoubtDiagnostics', () => {
  it('warns at the line of a workshop item whose section its text contradicts, and only there', () => {
    const input = [
      item('La recherche d’un jeune par son nom est rapide.', 'working'),
      item('Il est inadmissible que dans un couple, seulement une personne soit reconnue.', 'working'),
      item('Le logiciel plante tous les jours et la saisie est lente.', 'working', 'enquete'),
      item('La saisie est lente et le logiciel plante tous les jours.', 'auto'),
    ];
    const { items } = tagItems(input);
    const diagnostics = sectionDoubtDiagnostics(items, [session('atelier', 'workshop'), session('enquete', 'survey')]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: SECTION_DOUBT,
      severity: 'warning',
      file: 'content/ateliers/bretagne/rennes.md',
      line: input[1]!.source.line,
      column: 3,
    });
    expect(diagnostics[0]!.message).toMatch(/^Élément sous « Ce qui fonctionne » dont le texte ressemble plutôt à « Ce qui dysfonctionne »/);
    expect(diagnostics[0]!.message).toMatch(/Est-il dans la bonne partie \?$/);
  });

  it('stays silent on the demo consultation’s hand-written notes (a check that cries wolf is worse than none)', async () => {
    const { diagnostics } = synthesize(await readConsultation(repoRoot));
    expect(diagnostics.filter((d) => d.code === SECTION_DOUBT)).toEqual([]);
  });
});
