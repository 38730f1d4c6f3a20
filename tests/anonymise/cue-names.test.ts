/**
 * A capitalised word after « jeune », « jeunes », « conseiller », « conseillère », « référent(e) » is
 * a first name, in first-names.ts or not (Timéo, Lyam, Sohan are not): masked, the cue kept. What
 * French capitalises there and is nobody stays: nationalities, institutions, acronyms, communes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymise, createRedactor } from '../../src/pipeline/anonymise/index.ts';
import { YOUNG_NAME_NEEDS, maskYoungNames } from '../../src/pipeline/anonymise/young-names.ts';
import { FULL_NAME_NEEDS } from '../../src/pipeline/anonymise/full-names.ts';
import { rawItem } from '../support/raw-item.ts';

const nobody = createRedactor([]);

describe('a first name after a word for a young person or an adviser', () => {
  it.each([
    // Missing from the list: leaked before.
    ['ce jeune Timéo est revenu', 'ce jeune [personne] est revenu'],
    ['le jeune Lyam a signé son CEJ', 'le jeune [personne] a signé son CEJ'],
    ['la jeune Maëlya a trouvé un stage', 'la jeune [personne] a trouvé un stage'],
    ['un jeune, Sohan, m’a dit', 'un jeune, [personne], m’a dit'],
    ['un autre jeune, Aylan, attend', 'un autre jeune, [personne], attend'],
    ['une jeune fille, Maëlya, est venue', 'une jeune fille, [personne], est venue'],
    ['jeune Timéo, tu as ta place', 'jeune [personne], tu as ta place'],
    // Plural: each name of the list, the words between them kept.
    ['les jeunes Timéo et Lyam sont venus', 'les jeunes [personne] et [personne] sont venus'],
    ['deux jeunes, Timéo, Lyam et Brandon, attendent', 'deux jeunes, [personne], [personne] et [personne], attendent'],
    // A surname after it goes too.
    ['le jeune Timéo Dupont est venu', 'le jeune [personne] est venu'],
    ['le jeune Timéo DUPONT est venu', 'le jeune [personne] est venu'],
    // Advisers.
    ['ma conseillère Maëlya m’a rappelée', 'ma conseillère [personne] m’a rappelée'],
    ['mon conseiller Timéo est parti', 'mon conseiller [personne] est parti'],
    ['ma référente Inaya', 'ma référente [personne]'],
    ['ma conseillère Sophie', 'ma conseillère [personne]'],
    ['ma conseillère Marie-France', 'ma conseillère [personne]'],
    ['conseiller Olivier', 'conseiller [personne]'],
    // An infinitive's shape after a determiner and the cue: a first name (« Walter » is not in the list).
    ['le jeune Walter est venu', 'le jeune [personne] est venu'],
    // Without its determiner, when a verb, a mark or the end follows it: a first name too.
    ['conseiller Walter m’a aidé', 'conseiller [personne] m’a aidé'],
    ['vu avec conseiller Walter, puis rien', 'vu avec conseiller [personne], puis rien'],
    ['conseiller Walter', 'conseiller [personne]'],
    // The cue capitalised, as a sentence or a form's line opens.
    ['Conseillère Martine m’a aidée.', 'Conseillère [personne] m’a aidée.'],
    ['Conseiller Walter est parti', 'Conseiller [personne] est parti'],
    ['Référent Kevin', 'Référent [personne]'],
    // After the adviser's employer or scheme.
    ['ma conseillère Mission Locale Sonia m’appelle', 'ma conseillère Mission Locale [personne] m’appelle'],
    ['mon conseiller Pôle emploi Martine est partie', 'mon conseiller Pôle emploi [personne] est partie'],
    ['mon conseiller CEJ Walter, très présent', 'mon conseiller CEJ [personne], très présent'],
    ['ma référente RSA Sonia', 'ma référente RSA [personne]'],
    // In parentheses.
    ['ma conseillère (Sonia) a été top', 'ma conseillère ([personne]) a été top'],
    // After a plural: a first name ending as plurals hardly do, or in a list with a first name.
    ['des jeunes Younès', 'des jeunes [personne]'],
    ['nos jeunes Ilyas et Mathys', 'nos jeunes [personne] et [personne]'],
    ['les jeunes Anis et Lyam sont venus', 'les jeunes [personne] et [personne] sont venus'],
    ['les jeunes Timéo, Anis, Idris et Lyam', 'les jeunes [personne], [personne], [personne] et [personne]'],
    ['les jeunes Lyam et Enzo, Transports gratuits', 'les jeunes [personne] et [personne], Transports gratuits'],
    // Relatives and friends after a possessive, professionals after any determiner.
    ['son frère Yanis et sa sœur Lyna', 'son frère [personne] et sa sœur [personne]'],
    ['mon petit frère Timéo, mon meilleur ami Karim', 'mon petit frère [personne], mon meilleur ami [personne]'],
    ['ma mère Sonia, mon mari Walter, ma collègue Maëlya', 'ma mère [personne], mon mari [personne], ma collègue [personne]'],
    ['ses enfants Timéo et Lyna', 'ses enfants [personne] et [personne]'],
    ['l’éducatrice Sonia m’a aidé', 'l’éducatrice [personne] m’a aidé'],
    ['mon tuteur Walter, l’assistante sociale Martine, ma CIP Sonia', 'mon tuteur [personne], l’assistante sociale [personne], ma CIP [personne]'],
    // After a colon, a first name of the list.
    ['Référente : Sonia', 'Référente : [personne]'],
    ['conseillère: Sonia', 'conseillère: [personne]'],
    // First names ending as plurals or adjectives do, now in the list.
    ['nos jeunes Idris', 'nos jeunes [personne]'],
    ['la conseillère Chantale', 'la conseillère [personne]'],
    ['Anis Dupont', '[personne]'],
  ])('%s', (input, masked) => {
    expect(nobody(input).text).toBe(masked);
  });

  it.each([
    // Nationalities, peoples, things « jeunes », institutions, acronyms.
    ['le jeune Français et la jeune Marocaine'],
    ['les jeunes Indiens et Chinois, les jeunes Européens'],
    ['les jeunes Roms, les jeunes Kurdes'],
    ['une jeune Pousse, les Jeunes Pousses, la jeune Chambre économique'],
    ['les jeunes NEET, des jeunes CEJ, les jeunes Neet'],
    ['la jeune Mission Locale, le jeune Conseil municipal'],
    ['ma conseillère Pôle Emploi, mon conseiller Pole emploi, Les conseillers Pole-Emploi'],
    ['Mon conseiller Cap Emploi, ma conseillère Garantie Jeunes, mon conseiller Mission Locale'],
    ['ma conseillère France Travail, le conseiller CAF'],
    // Places.
    ['les jeunes Versailles, les jeunes de Lyon, le jeune Paris'],
    // A sentence after the cue: a mark, or typed with a double space.
    ['un jeune. Timéo est venu'],
    ['avec le conseiller  Pas de retour'],
    ['la situation se normalise avec le conseiller Des dates de paiement'],
    ['un tableau de bord par conseiller Prévoir une vraie formation'],
    // What an adviser or a young person is in a Mission Locale.
    ['le conseiller Parrainage, la référente Handicap, le référent Parcours, les jeunes Erasmus, un jeune Erasmus'],
    ['les jeunes Ase, un jeune Pacea, les jeunes Lgbt'],
    // After a plural: plural nouns, peoples, schemes, alone or listed together.
    ['les jeunes Français, les jeunes NEET, des jeunes Mineurs Non Accompagnés, les jeunes Parisiens'],
    ['les jeunes Apprentis, les jeunes Insoumis, les jeunes Ruraux, les jeunes Gays, des jeunes Médias'],
    ['des jeunes Africains et Maghrébins, les jeunes Apprentis et Étudiants'],
    // An adviser's field or title, capitalised.
    ['le conseiller Municipal, la conseillère Familiale, le conseiller Culturel, le conseiller Spécial'],
    ['un conseiller Patrimonial, la conseillère Conjugale, le conseiller Clientèle, le conseiller Export'],
    ['le référent Covid, le référent Alternance, le référent Climat, le référent Énergie, le référent Violences'],
    ['Conseiller Municipal, Conseillère Départementale, Conseiller Principal d’Éducation, Référent Handicap'],
    ['Conseiller Mission Locale, Conseiller France Travail, conseiller Pôle emploi, conseiller CEJ, conseiller Insertion'],
    // After a relative without a possessive, a description, a scheme; a colon or a parenthesis before a word missing from the list.
    ['le père Noël, ma mère (Alzheimer), tutrice Cned, ma sœur Jumelle, ma mère Seule'],
    ['mon ami Marocain, nos voisins Européens, mon épouse, Pôle Emploi, mon frère, Je vais'],
    ['l’éducateur Spécialisé, l’éducatrice Jeunes Enfants, le tuteur Entreprise, la psychologue Scolaire'],
    ['conseiller : Suivi des dossiers, référente : Timéo'],
    ['ma sœur Cadette, le conseiller Réussite, le conseiller Entreprises'],
    // Without its determiner, an infinitive no first name ends as, even before a mark.
    ['objectif pour chaque jeune Accompagner'],
    ['jeune Valoriser.'],
    // After an employer, a word of the list only, or one followed by a verb or a mark.
    ['des conseillers Pôle Emploi Manque de suivi, les conseillers Pôle Emploi Nantes'],
  ])('keeps %s', (input) => {
    expect(nobody(input).text).toBe(input);
  });

  it('warns with the kind and the masked excerpt, never the name', () => {
    const result = anonymise([rawItem('Le jeune Timéo et ma conseillère Maëlya.', { source: { file: 'a.md', line: 3, column: 1 } })], [], null);
    expect(result.items[0]?.text).toBe('Le jeune [personne] et ma conseillère [personne].');
    const message = result.diagnostics[0]?.message ?? '';
    expect(message).toContain('prénom d’un jeune ou d’un proche : « Le jeune [personne] »');
    expect(message).toContain('prénom d’un conseiller ou d’un référent : « ma conseillère [personne] »');
    expect(message).not.toMatch(/Timéo|Maëlya/);
  });

  it('tells a professional from an adviser in the warning', () => {
    const result = anonymise([rawItem('Mon éducatrice Sonia est partie.', { source: { file: 'a.md', line: 1, column: 1 } })], [], null);
    expect(result.diagnostics[0]?.message).toContain('prénom d’un professionnel : « Mon éducatrice [personne] »');
  });

  it('never lets through, by the quick tests, a text the detector would change', () => {
    const piece = fc.constantFrom('Timéo', 'Lyam', 'Léa', 'Anis', 'Younès', 'Walter', 'DUPONT', 'Dupont', 'le', 'les', 'un', 'autre', 'jeune', 'jeunes', 'fille', 'gens', 'conseillère', 'Conseiller', 'conseillers', 'référent', 'Référente', 'CEJ', 'Pôle emploi', 'Mission Locale', 'm’a', 'mon', 'frère', 'l’', 'éducatrice', 'assistante sociale', ':', ' : ', 'et', ' ', '  ', ',', ' , ', ' (', '(', '\n', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        if (!FULL_NAME_NEEDS.test(text) || !YOUNG_NAME_NEEDS.test(text)) expect(maskYoungNames(text, '[personne]').text).toBe(text);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});
