import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymise, createRedactor } from '../../src/pipeline/anonymise/index.ts';
import { expandNames, namesPattern, screening } from '../../src/pipeline/anonymise/names.ts';
import { PERSONAL_DATA_PATTERNS } from '../../src/pipeline/anonymise/patterns.ts';
import type { RawItem } from '../../src/pipeline/model.ts';

const redact = createRedactor([{ name: 'Sophie Martin', replacement: '[personne]' }]);

describe('personal data detectors', () => {
  it.each([
    ['06 12 34 56 78'],
    ['0612345678'],
    ['06.12.34.56.78'],
    ['06-12-34-56-78'],
    ['+33 6 12 34 56 78'],
    ['+33612345678'],
    ['+33 (0)6 12 34 56 78'],
    ['0033 6 12 34 56 78'],
    ['01 45 67 89 10'],
    ['05.56.00.11.22'],
    ['09 70 12 34 56'],
  ])('masks the phone number %s', (phone) => {
    const { text, found } = redact(`Appelez le ${phone} demain.`);
    expect(text).toBe('Appelez le [téléphone] demain.');
    expect(found).toEqual(['numéro de téléphone']);
  });

  it.each([['1 85 05 78 006 084 36'], ['185057800608436'], ['2 99 12 2A 123 456 78'], ['1850578006084']])('masks the NIR %s', (nir) => {
    expect(redact(`NIR ${nir} transmis`).text).toBe('NIR [numéro de sécurité sociale] transmis');
  });

  it('masks e-mails, IBANs and declared names, keeps ordinary numbers', () => {
    const { text, found } = redact(
      'Écrire à jean.dupont@ml-saintes.fr ou à Sophie Martin, IBAN FR76 3000 6000 0112 3456 7890 189 ; 14 jeunes, 2026, 75011.',
    );
    expect(text).toBe('Écrire à [courriel] ou à [personne], IBAN [iban] ; 14 jeunes, 2026, 75011.');
    expect(found).toEqual(['adresse électronique', 'IBAN', 'nom de personne']);
  });

  it('masks a declared first name alone but not inside another word', () => {
    expect(redact('Merci Sophie ! Les Sophies et martinets restent.').text).toBe('Merci [personne] ! Les Sophies et martinets restent.');
  });

  it('masks the full name in any case, and each word with a capital, never a lone word in lower case', () => {
    const names = createRedactor([
      { name: 'Claire Dubois', replacement: '[personne]' },
      { name: 'Jean-Éric Petit', replacement: 'Jeune B' },
    ]);
    expect(names('vu avec claire dubois, puis CLAIRE DUBOIS et Claire DUBOIS.').text).toBe('vu avec [personne], puis [personne] et [personne].');
    expect(names('Jean-Éric Petit, JEAN-ÉRIC PETIT, Jean-Éric PETIT et jean-éric petit.').text).toBe('Jeune B, Jeune B, Jeune B et Jeune B.');
    expect(names('Merci Claire ; DUBOIS absent ; Petit est venu.').text).toBe('Merci [personne] ; [personne] absent ; Jeune B est venu.');
    // A compound first name alone is one name, masked once: not « [personne]-[personne] », nor « Jeune B-Jeune B ».
    expect(names('Jean-Éric est venu, JEAN-ÉRIC aussi ; Éric seul.').text).toBe('Jeune B est venu, Jeune B aussi ; Jeune B seul.');
    expect(createRedactor([{ name: 'Marie-Claire Dubois', replacement: '[personne]' }])('Marie-Claire a montré l’agenda.').text).toBe('[personne] a montré l’agenda.');
    // Common words that are also names stay when written as words: the text must stay readable.
    expect(names('Une procédure claire, un petit bois.').text).toBe('Une procédure claire, un petit bois.');
    // Declared in lower case: masked as declared, and with capitals in a sentence.
    const lower = createRedactor([{ name: 'kevin durand', replacement: '[personne]' }]);
    expect(lower('Kevin Durand, kevin et Durand.').text).toBe('[personne], [personne] et [personne].');
  });
});

describe('anonymise stage', () => {
  const item = (text: string, line: number): RawItem => ({
    id: `i${line}`, sessionId: 's', text, declaredTag: 'needs', explicitThemes: [], weight: 1, region: null,
    department: null, profile: null, format: 'presentiel', question: null,
    source: { file: 'content/ateliers/x.md', line, column: 3 },
  });

  it('replaces personal data and reports one warning per item at its line', () => {
    const pseudonyms = { file: 'data/pseudonymes.yml', content: 'pseudonymes:\n  Kevin Durand: Jeune A\n' };
    const result = anonymise([item('Kevin Durand au 0612345678', 7), item('Rien à signaler', 8)], ['Claire M.'], pseudonyms);
    expect(result.items.map((i) => i.text)).toEqual(['Jeune A au [téléphone]', 'Rien à signaler']);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'donnee-personnelle', severity: 'warning', line: 7 });
  });

  it('names a birth year and an old plate in the warning, and keeps the ages and other dates', () => {
    const result = anonymise(
      [item('Je suis né en 2004, j’ai 21 ans ; ma voiture immatriculée 1234 AB 56 est en panne depuis le 12/03/2024.', 4)],
      [],
      null,
    );
    expect(result.items[0]?.text).toBe('Je suis né en [année de naissance], j’ai 21 ans ; ma voiture immatriculée [immatriculation] est en panne depuis le 12/03/2024.');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'donnee-personnelle',
      line: 4,
      message:
        'Donnée personnelle masquée avant publication : année de naissance : « suis né en [année de naissance], j’ai 21 ans » ; plaque d’immatriculation : « ma voiture immatriculée [immatriculation] est en panne ».',
    });
  });

  it('shows, for every kind masked, a few words around its placeholder and never the value', () => {
    const pseudonyms = { file: 'data/pseudonymes.yml', content: 'pseudonymes:\n  Kevin Durand: Jeune A\n' };
    const text =
      'Kevin Durand nous a écrit à kevin.durand@free.fr. Rappeler au 06 12 34 56 78 avant lundi. Vu avec Mme Lefort hier, puis avec Karim Benali. IBAN FR76 3000 6000 0112 3456 7890 189 transmis.';
    const result = anonymise([item(text, 9)], [], pseudonyms);
    const message = result.diagnostics[0]?.message ?? '';
    expect(message).toContain('adresse électronique : « a écrit à [courriel] »');
    expect(message).toContain('numéro de téléphone : « Rappeler au [téléphone] avant lundi »');
    expect(message).toContain('IBAN : « IBAN [iban] transmis »');
    // The declared name quotes its pseudonym (a kind is quoted once, where it is first masked).
    expect(message).toMatch(/nom de personne : « Jeune A nous a écrit »/);
    expect(message).not.toMatch(/Kevin|Durand|kevin|06 12|FR76|Lefort|Karim|Benali/);
  });

  it('quotes in each excerpt only the masked text of its own line and sentence', () => {
    const result = anonymise([item('Première phrase sans rien.\nAppelez le 0612345678. Suite sans rien du tout.', 3)], [], null);
    expect(result.diagnostics[0]?.message).toBe('Donnée personnelle masquée avant publication : numéro de téléphone : « Appelez le [téléphone] ».');
  });

  it('keeps an institution’s founding year and date, masks a person’s birth in the same text, and warns only of it', () => {
    const result = anonymise(
      [item('La Mission Locale, née en 1982, et la Sécurité sociale, née le 4 octobre 1945, m’ont aidée ; ma fille, née en 2007, aussi.', 5), item('L’association est née en 1945.', 6)],
      [],
      null,
    );
    expect(result.items.map((i) => i.text)).toEqual([
      'La Mission Locale, née en 1982, et la Sécurité sociale, née le 4 octobre 1945, m’ont aidée ; ma fille, née en [année de naissance], aussi.',
      'L’association est née en 1945.',
    ]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      line: 5,
      message: 'Donnée personnelle masquée avant publication : année de naissance : « fille, née en [année de naissance], aussi ».',
    });
  });

  it('masks participants’ display names read in the data as whole names only', () => {
    // Decidim authors: a real name, display names made of common words, a pseudonym, a lone first name.
    const participants = ['Justin TIME', 'Pour tous', 'Citoyen', 'citoyen59', 'Pierre'];
    const texts = [
      "Tout à fait d'accord avec Justin TIME, et avec JUSTIN TIME.",
      'Pour tous les usagers, un guichet. Un citoyen parmi d’autres.',
      'Comme le dit citoyen59 : le stade Pierre Mauroy est loin, Justin aussi.',
    ];
    const result = anonymise(texts.map((text, i) => item(text, i + 2)), [], null, participants);
    expect(result.items.map((i) => i.text)).toEqual([
      "Tout à fait d'accord avec [personne], et avec [personne].",
      'Pour tous les usagers, un guichet. Un citoyen parmi d’autres.',
      'Comme le dit [personne] : le stade Pierre Mauroy est loin, Justin aussi.',
    ]);
  });

  it('blocks publication when the pseudonym table cannot be read', () => {
    const result = anonymise([], [], { file: 'data/pseudonymes.yml', content: 'noms: [a, b' });
    expect(result.diagnostics[0]).toMatchObject({ code: 'pseudonymes-invalides', severity: 'blocking' });
  });
});

describe('screening before the exact patterns', () => {
  it('never lets through a text that a personal-data pattern or a declared name would change', () => {
    const names = expandNames([{ name: 'Élodie Perrin', replacement: '[personne]' }, { name: 'Jean-Éric Dupont', replacement: 'Jeune A' }]);
    const screen = screening(names);
    const exact = [...PERSONAL_DATA_PATTERNS.map((p) => ({ pattern: p.pattern, screen: screen.data })), { pattern: namesPattern(names) as RegExp, screen: screen.names }];
    const piece = fc.constantFrom('Élodie', 'PERRIN', 'Perrin', 'perrin', 'Jean-Éric', 'Dupont', 'DUPONT', 'élodie', 'a@b.fr', 'x (AT) y.fr', 'x [At] y.org', '06 12 34 56 78', '+33 6 12 34 56 78', 'FR76 3000 6000 0112 3456 7890 189', '1 85 05 78 006 084 36', 'texte', ' ', '\u00a0', '-', '.', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        for (const { pattern, screen: passes } of exact) {
          if (passes(text)) continue;
          pattern.lastIndex = 0;
          expect(pattern.test(text), `${pattern} on ${text}`).toBe(false);
        }
      }),
      { numRuns: 2000, seed: 20261001 },
    );
  });
});
